import type { Context } from "./context";
import type { LoaderDefinition } from "./loaders/loader-registry";

/**
 * Which loader fetches each Node type by key, for `node(id)` / `nodes(ids)`. Each resolver module
 * registers its types here, so a new type is addressable by id without touching the node resolver.
 */
const registry = new Map<string, LoaderDefinition<number, object | null>>();

export function registerNodeType(typeName: string, loader: LoaderDefinition<number, object | null>): void {
  registry.set(typeName, loader);
}

export function loadNode(ctx: Context, typeName: string, pk: number): Promise<object | null> {
  const loader = registry.get(typeName);
  return loader ? ctx.loaders.get(loader).load(pk) : Promise.resolve(null);
}
