/**
 * `word.toLowerCase()`, remembered per spelling. The parsers lower-case the same short words again and
 * again (`hoạch`, `quyết`, `số`, `Ban`) to look them up in word lists; on a two-byte string that is a
 * runtime call and a new string each time, a map lookup costs about half. The cache is bounded
 * (cleared when full), so any input keeps it small; the result is always `word.toLowerCase()`.
 */
const SEEN = new Map<string, string>();
const MAX_SEEN = 4096;

export function lowerCased(word: string): string {
  let lower = SEEN.get(word);
  if (lower === undefined) {
    lower = word.toLowerCase();
    if (SEEN.size >= MAX_SEEN) SEEN.clear();
    SEEN.set(word, lower);
  }
  return lower;
}
