import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { SqlStats } from "../db/statement-counter";
import { buildingLoadersFor } from "./request-dataloader";

/**
 * A loader definition: a factory that builds one DataLoader for one request. Definitions are
 * module constants; the registry memoises one instance per definition per request, so loaders are
 * never shared between users (no cross-request cache) and need no central list.
 */
export interface LoaderDefinition<K, V, C = K> {
  readonly name: string;
  /** `loaders` lets a batch function reuse other loaders of the same request (and their caches). */
  create(ds: DataSource, loaders: LoaderRegistry): DataLoader<K, V, C>;
}

export function defineLoader<K, V, C = K>(name: string, create: (ds: DataSource, loaders: LoaderRegistry) => DataLoader<K, V, C>): LoaderDefinition<K, V, C> {
  return { name, create };
}

export class LoaderRegistry {
  private readonly loaders = new Map<LoaderDefinition<unknown, unknown, unknown>, DataLoader<unknown, unknown, unknown>>();
  /** Rows this request already holds, by loader and key: readable without a promise (see `peek`). */
  private readonly known = new Map<LoaderDefinition<unknown, unknown, unknown>, Map<unknown, unknown>>();

  /** `ds` is the request's view of the database; `stats` the request's statement counter. */
  constructor(
    private readonly ds: DataSource,
    private readonly stats?: SqlStats,
  ) {}

  get<K, V, C>(definition: LoaderDefinition<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(definition as LoaderDefinition<unknown, unknown, unknown>);
    if (!loader) {
      loader = buildingLoadersFor(this.stats, () => definition.create(this.ds, this)) as DataLoader<unknown, unknown, unknown>;
      this.loaders.set(definition as LoaderDefinition<unknown, unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V, C>;
  }

  /** Hands a row read with another statement to a by-key loader, so loading it costs nothing. */
  prime<K, V, C>(definition: LoaderDefinition<K, V, C>, key: K, value: V): void {
    this.get(definition).prime(key, value);
    this.remember(definition, key, value);
  }

  /** Records a row a batch returned, for `peek`. */
  remember<K, V, C>(definition: LoaderDefinition<K, V, C>, key: K, value: V): void {
    let rows = this.known.get(definition as LoaderDefinition<unknown, unknown, unknown>);
    if (!rows) this.known.set(definition as LoaderDefinition<unknown, unknown, unknown>, (rows = new Map()));
    rows.set(key, value);
  }

  /**
   * The row for `key` if this request already holds it. A DataLoader answers even a cached key with
   * a promise; a page of a thousand participants whose actors are all in hand would otherwise make
   * a thousand promises, each resolved a microtask later and awaited by graphql-js.
   */
  peek<K, V, C>(definition: LoaderDefinition<K, V, C>, key: K): V | undefined {
    return this.known.get(definition as LoaderDefinition<unknown, unknown, unknown>)?.get(key) as V | undefined;
  }
}
