import { Registry, collectDefaultMetrics } from "prom-client";

let shared: Registry | undefined;

/**
 * prom-client's default metrics (CPU, memory, heap, GC, handles, event-loop lag) describe the
 * process, and collecting them starts an event-loop monitor and a GC observer that are never
 * stopped. So they are collected once per process, into a registry of our own (never prom-client's
 * global one), and every server's /metrics shows them next to its own.
 */
export function processRegistry(): Registry {
  if (!shared) {
    shared = new Registry();
    collectDefaultMetrics({ register: shared });
  }
  return shared;
}
