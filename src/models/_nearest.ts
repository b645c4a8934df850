/** The nearest known id to an unknown one, for "did you mean …?" in a message. */

/** The largest edit distance a suggestion may be from what was written. */
const MAX_DISTANCE = 3;

/** Ids longer than this are not compared (the distance is quadratic in the length). */
const MAX_LENGTH = 120;

/**
 * The known id closest to `wanted` by edit distance (insertions, deletions, substitutions), if
 * one is within 3 edits or a third of its length; ties go to the first known.
 *
 * @param wanted - The unknown id as written.
 * @param known - The ids that exist.
 * @returns The suggestion, or `undefined` when none is close.
 */
export function nearest(wanted: string, known: Iterable<string>): string | undefined {
  if (wanted.length > MAX_LENGTH) return undefined;
  const limit = Math.min(MAX_DISTANCE, Math.max(1, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (candidate.length > MAX_LENGTH || Math.abs(candidate.length - wanted.length) >= bestDistance)
      continue;
    const distance = editDistance(wanted, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The Levenshtein distance of two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** ` (did you mean "x"?)` when a known id is near, else nothing. */
export function suggestion(wanted: string, known: Iterable<string>): string {
  const near = nearest(wanted, known);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}
