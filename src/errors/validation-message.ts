import type { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";

/** Turns class-validator's nested errors into the dotted name of the first bad argument. */
export function describeValidationErrors(error: ArgumentValidationError): { argumentName: string; message: string } {
  const errors = (error.extensions.validationErrors ?? []) as ValidationError[];
  let current = errors[0];
  const path: string[] = [];
  while (current) {
    path.push(current.property);
    if (current.constraints && Object.keys(current.constraints).length > 0) {
      return { argumentName: path.join("."), message: Object.values(current.constraints).join("; ") };
    }
    current = current.children?.[0] as ValidationError;
  }
  return { argumentName: path.join(".") || "input", message: "is not valid" };
}
