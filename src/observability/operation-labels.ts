/**
 * Metric label values for operation names, bounded: every distinct label value is a new time
 * series, and clients choose the names. The first `max` names seen keep their own label; later
 * ones share "other". Unnamed operations are "anonymous".
 */
export function boundedOperationLabels(max = 50): (name: string | undefined) => string {
  const known = new Set<string>();
  return (name) => {
    if (!name) return "anonymous";
    if (known.has(name)) return name;
    if (known.size >= max) return "other";
    known.add(name);
    return name;
  };
}
