import type { Logger } from "../observability/logger";
import type { ExecutionPlan } from "./execution-plan";

/**
 * One debug line per operation planned, so an operator can see which operations run compiled and
 * why others stay on graphql-js (a compiler refusal shows up here, never to the client).
 */
export function jitPlanLogger(logger: Logger) {
  return (operationName: string | undefined, plan: ExecutionPlan): void => {
    if (plan.kind === "jit") logger.debug({ operation: operationName ?? null, executor: "jit", codeBytes: plan.codeBytes }, "operation compiled");
    else logger.debug({ operation: operationName ?? null, executor: "graphql-js", reason: plan.reason }, "operation left to graphql-js");
  };
}
