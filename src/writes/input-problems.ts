import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors/error-codes";

/** One thing wrong with a write's input: where (`input.participants[2].role`) and what. */
export interface InputProblem {
  path: string;
  message: string;
}

/**
 * Collects every problem of an input before anything is written, so a client (and an import's
 * dry run) learns all of them at once. `throwIfAny` turns them into one BAD_USER_INPUT error
 * naming the first path in `argumentName`, with all of them in `extensions.problems`.
 */
export class InputProblems {
  readonly list: InputProblem[] = [];

  constructor(private readonly prefix = "") {}

  add(path: string, message: string): void {
    this.list.push({ path: `${this.prefix}${path}`, message });
  }

  /** Problems of a nested part (`participants[2].`) recorded into this collector. */
  at(prefix: string): InputProblems {
    const child = new InputProblems(`${this.prefix}${prefix}`);
    (child as { list: InputProblem[] }).list = this.list;
    return child;
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(): void {
    if (this.empty) return;
    throw inputError(this.list);
  }
}

export function inputError(problems: InputProblem[]): GraphQLError {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""} in extensions.problems)` : "";
  return new GraphQLError(`Invalid argument "${first.path}": ${first.message}${more}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: first.path, problems },
  });
}

/** Throws a single problem at once (a reference that names nothing, a rule the row breaks). */
export function badInput(path: string, message: string): never {
  throw inputError([{ path, message }]);
}
