import { RemoteGraphQLDataSource } from "@apollo/gateway";
import type { Context } from "../context";
import { isIncomingOperation, type ProcessOptions as Options } from "./incoming-operation";
import type { SubgraphConfig } from "./federation.config";
import type { SubgraphStatuses } from "./subgraph-status";
import { failureReason, subgraphUnavailable } from "./subgraph-unavailable.error";

type Response = Awaited<ReturnType<RemoteGraphQLDataSource<Context>["process"]>>;

/**
 * A partner subgraph over HTTP. It sends only what its configuration names: its own headers, the
 * client headers listed in `forwardHeaders`, and `x-request-id` (so the partner's logs and ours
 * share an id); the client's `Authorization` and everything else stay with the hub. Each request is
 * bounded by the subgraph's timeout. A fault (down, too slow, an HTTP error, errors in the answer)
 * becomes SUBGRAPH_UNAVAILABLE errors in place of its data, so the gateway answers the rest.
 */
export class PartnerDataSource extends RemoteGraphQLDataSource<Context> {
  constructor(
    private readonly subgraph: SubgraphConfig,
    private readonly statuses: SubgraphStatuses,
  ) {
    super({ url: subgraph.url });
    // Node's own fetch, which takes an AbortSignal: the timeout covers connecting, waiting and reading the body.
    this.fetcher = ((url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(subgraph.timeoutMs) })) as never;
    statuses.known(subgraph.name);
  }

  override willSendRequest(options: Options): void {
    const headers = options.request.http!.headers;
    for (const [name, value] of Object.entries(this.subgraph.headers)) headers.set(name, value);
    if (!isIncomingOperation(options)) return;
    const incoming = options.incomingRequestContext.request.http?.headers;
    for (const name of this.subgraph.forwardHeaders) {
      const value = incoming?.get(name);
      if (value != null) headers.set(name, value);
    }
    if (options.context.request?.id) headers.set("x-request-id", options.context.request.id);
  }

  override async process(options: Options): Promise<Response> {
    const { name, timeoutMs } = this.subgraph;
    let response: Response;
    try {
      response = await super.process(options);
    } catch (error) {
      const reason = failureReason(error, timeoutMs);
      this.statuses.down(name, reason);
      // Loading its SDL: composition reports the failure (at start it stops the hub, later it keeps
      // the last good supergraph); the reason replaces fetch's bare "fetch failed".
      if (!isIncomingOperation(options)) throw new Error(reason, { cause: error });
      return { errors: [subgraphUnavailable(name, reason, wholeFetchPath(options))] };
    }
    this.statuses.up(name);
    if (!response.errors?.length || !isIncomingOperation(options)) return response;
    return { ...response, errors: response.errors.map((e) => subgraphUnavailable(name, "it answered with errors", e.path ?? wholeFetchPath(options))) };
  }
}

/**
 * The path of an error about a whole fetch. An entity fetch's points at the objects that lack this
 * subgraph's fields: the gateway prefixes the fetch's place in the answer to this empty path (`@`
 * standing for every item of a list). A root fetch's has none.
 */
function wholeFetchPath(options: Options): [] | undefined {
  return "representations" in (options.request.variables ?? {}) ? [] : undefined;
}
