import { Column, Index, JoinColumn, ManyToOne } from "typeorm";

export interface ReferencesOptions {
  /** Whether the reference may be empty (default false). */
  nullable?: boolean;
  /** What happens to this row when the referenced row goes (default CASCADE, or SET NULL when nullable). */
  onDelete?: "CASCADE" | "SET NULL";
}

/**
 * Declares a foreign-key column, e.g. `@References(() => Meeting) meetingId: number`: the integer
 * column, its index, and a many-to-one relation named without the `Id` (`meeting`) that exists only
 * so the database enforces the key. Reads never go through the relation; they use DataLoaders.
 */
export function References(target: () => Function, options: ReferencesOptions = {}): PropertyDecorator {
  return (prototype, property) => {
    const column = String(property);
    const relation = column.replace(/Id$/, "");
    const nullable = options.nullable ?? false;
    Column({ type: "integer", nullable })(prototype, column);
    Index()(prototype, column);
    ManyToOne(target, { nullable, onDelete: options.onDelete ?? (nullable ? "SET NULL" : "CASCADE") })(prototype, relation);
    JoinColumn({ name: column.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase() })(prototype, relation);
  };
}
