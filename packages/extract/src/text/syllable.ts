/**
 * Vietnamese syllable validity, used to score candidate decodings and text-layer quality.
 * A syllable is onset + vowel nucleus (with glides) + optional final consonant, checked on the
 * tone-less lower-case form (tone marks removed, vowel quality marks kept).
 */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
const NUCLEUS =
  '(?:uyê|uya|uyu|uây|uôi|ươi|ươu|iêu|yêu|oai|oay|oao|oeo|' +
  'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ôô|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|' +
  'a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)';
const CODA = '(?:ch|ng|nh|c|m|n|p|t)?';
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`, 'u');

/** Lower-case, tone-less, NFC form of a token. */
export function toneless(token: string): string {
  return token.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
}

export function isVietnameseSyllable(token: string): boolean {
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
