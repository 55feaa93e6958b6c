import type { Context } from "../../src/context";
import type { LoaderDefinition } from "../../src/loaders/loader-registry";

/** The rows for `pks`, each once, in first-seen order, through one by-key loader (one batch). */
export async function distinctRows<T>(ctx: Context, loader: LoaderDefinition<number, T | null>, pks: (number | null)[]): Promise<T[]> {
  const unique = [...new Set(pks.filter((pk): pk is number => pk != null))];
  const rows = await ctx.loaders.get(loader).loadMany(unique);
  return rows.filter((row): row is T => row != null && !(row instanceof Error));
}
