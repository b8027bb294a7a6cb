/**
 * Vietnamese syllable validity, used to score candidate decodings and text-layer quality.
 * A syllable is onset + vowel nucleus (with glides) + optional final consonant, checked on the
 * tone-less lower-case form (tone marks removed, vowel quality marks kept).
 */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
// Nuclei (with their glides) that end the syllable, and nuclei that may take a final consonant.
// `ia`/`ua`/`ưa` never take one (`iê`/`uô`/`ươ` do), which separates `mưa` from `mương`.
const OPEN_NUCLEUS =
  '(?:uây|uôi|ươi|ươu|iêu|yêu|oai|oay|oao|oeo|uya|uyu|' +
  'ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|' +
  'a|ă|â|e|ê|i|o|ô|ơ|u|ư|y|oa|oe|uê|uy|uơ)';
const CLOSED_NUCLEUS = '(?:uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|oo|ôô|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)';
const CODA = '(?:ch|ng|nh|c|m|n|p|t)';
const SYLLABLE = new RegExp(`^${ONSET}(?:${OPEN_NUCLEUS}|${CLOSED_NUCLEUS}${CODA})$`, 'u');

/** Lower-case, tone-less, NFC form of a token. */
export function toneless(token: string): string {
  return token.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
}

/** A syllable carries at most one tone mark. */
function toneCount(token: string): number {
  return token.normalize('NFD').match(TONE_MARKS)?.length ?? 0;
}

export function isVietnameseSyllable(token: string): boolean {
  if (toneCount(token) > 1) return false;
  const t = toneless(token);
  return t.length > 0 && t.length <= 8 && SYLLABLE.test(t);
}

const WORD = /[\p{L}\p{M}]+/gu;

export interface SyllableScore {
  /** tokens made of letters */
  tokens: number;
  /** tokens that are valid Vietnamese syllables */
  valid: number;
  /** valid / tokens, 0 when there are no tokens */
  share: number;
}

/** Share of letter tokens that are valid Vietnamese syllables. Pure ASCII tokens count too. */
export function scoreSyllables(text: string): SyllableScore {
  let tokens = 0;
  let valid = 0;
  for (const m of text.normalize('NFC').matchAll(WORD)) {
    tokens += 1;
    if (isVietnameseSyllable(m[0])) valid += 1;
  }
  return { tokens, valid, share: tokens === 0 ? 0 : valid / tokens };
}

/** Letters outside ASCII that only Vietnamese uses (evidence that text is genuine Unicode Vietnamese). */
export const VIETNAMESE_ONLY = /[ăĂđĐơƠưƯĩĨũŨ\u1EA0-\u1EF9]/u;
