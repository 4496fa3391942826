/**
 * A function of a text remembered for the texts it was last given: the importer asks for the dates and times of
 * the same lines from many places, and each search runs a dozen large patterns. Bounded, so a long-running process
 * that imports many letters keeps only the most recent texts; the oldest is dropped first.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 4000): (text: string) => T {
  const values = new Map<string, T>();
  return (text) => {
    const known = values.get(text);
    if (known !== undefined) {
      // Most recently used last, so the oldest is the one dropped.
      values.delete(text);
      values.set(text, known);
      return known;
    }
    const value = compute(text);
    values.set(text, value);
    if (values.size > limit) values.delete(values.keys().next().value!);
    return value;
  };
}
