/**
 * A value read when it is first asked for, then kept. What the reading needs is let go once it has
 * run: a reading kept unasked in a cache (facts.ts keeps each article's sentences) holds only its
 * inputs, and one asked holds only its answer.
 */
export function once<T>(read: () => T): () => T {
  let work: (() => T) | null = read;
  let value: T | undefined;
  return () => {
    if (work !== null) {
      value = work();
      work = null;
    }
    return value as T;
  };
}
