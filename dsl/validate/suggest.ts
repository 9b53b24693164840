/**
 * Edit distance where swapping two neighbouring letters counts as one edit ("bey" → "bye"),
 * with a cap, so comparing against long or many strings stays cheap.
 */
export function distance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length] as number, cap + 1);
}

/** The closest candidate, if it is close enough to be a likely typo (case differences count as close). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > 100) return undefined;
  const cap = word.length <= 3 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = cap + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = candidate.toLowerCase() === word.toLowerCase() ? 0 : distance(word, candidate, cap);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** " (did you mean 'x'?)" or "". */
export function didYouMean(word: string, candidates: Iterable<string>, format = (s: string) => `'${s}'`): string {
  const match = closest(word, candidates);
  return match === undefined ? '' : ` (did you mean ${format(match)}?)`;
}
