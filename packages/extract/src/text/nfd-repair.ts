/**
 * Decomposed (NFD) PDF text layers: pdf.js may put a space after a combining tone mark, splitting
 * one syllable in two (`ủ y` for `ủy`). Join such a pair only when the joined form is one valid
 * Vietnamese syllable; the result is NFC.
 */
import { isVietnameseSyllable } from './syllable.ts';

// The right part is a lookahead, so after a refused join it can still be the left part of the next.
const SPLIT_AFTER_MARK = /([\p{L}\p{M}]*\p{M}) (?=([\p{L}\p{M}]+))/gu;

export function hasCombiningMarks(text: string): boolean {
  return /\p{M}/u.test(text);
}

export function repairNfdText(raw: string): { text: string; joins: number } {
  let joins = 0;
  const repaired = raw.replace(SPLIT_AFTER_MARK, (whole, left: string, right: string) => {
    const joined = (left + right).normalize('NFC');
    if (!isVietnameseSyllable(joined)) return whole;
    joins += 1;
    return left;
  });
  return { text: repaired.normalize('NFC'), joins };
}
