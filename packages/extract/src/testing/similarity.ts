/** Character similarity after whitespace normalisation: 1 - Levenshtein / max length. */
import { distance } from 'fastest-levenshtein';

export function normalizeWhitespace(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function similarity(a: string, b: string): number {
  const x = normalizeWhitespace(a);
  const y = normalizeWhitespace(b);
  const max = Math.max(x.length, y.length);
  return max === 0 ? 1 : 1 - distance(x, y) / max;
}
