/**
 * Per-page decision for a PDF text layer: keep it (after NFD and legacy-encoding repair), or OCR
 * the page because the layer is empty/near-empty or is not readable Vietnamese.
 */
import type { LegacyEncoding } from '../legacy/font-encoding.ts';
import { repairLegacyText } from '../legacy/repair.ts';
import { hasCombiningMarks, repairNfdText } from '../text/nfd-repair.ts';
import { scoreSyllables } from '../text/syllable.ts';

/** Fewer letters than this on a page: treat it as having no text layer. */
export const MIN_PAGE_LETTERS = 30;
/** Share of valid syllables below which a text layer is garbage (broken ToUnicode map). */
export const MIN_SYLLABLE_SHARE = 0.5;

export interface PageAssessment {
  text: string;
  letters: number;
  syllableShare: number;
  decoded: Map<LegacyEncoding, number>;
  restoredU: number;
  nfdJoins: number;
  needsOcr: 'no_text' | 'low_quality' | null;
}

export function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

export function assessPageText(raw: string): PageAssessment {
  const nfd = hasCombiningMarks(raw)
    ? repairNfdText(raw)
    : { text: raw.normalize('NFC'), joins: 0 };
  const legacy = repairLegacyText(nfd.text);
  const text = legacy.text.normalize('NFC');
  const letters = countLetters(text);
  const score = scoreSyllables(text);
  let needsOcr: PageAssessment['needsOcr'] = null;
  if (letters < MIN_PAGE_LETTERS) needsOcr = 'no_text';
  else if (score.tokens >= 10 && score.share < MIN_SYLLABLE_SHARE) needsOcr = 'low_quality';
  return {
    text,
    letters,
    syllableShare: score.share,
    decoded: legacy.decoded,
    restoredU: legacy.restoredU,
    nfdJoins: nfd.joins,
    needsOcr,
  };
}
