/**
 * Statistical detection of legacy Vietnamese encodings in one run of text (vn-docs-spec.md §10.5
 * steps B and C). Never decides "legacy" for text that has Unicode-only Vietnamese letters.
 */
import { scoreSyllables, VIETNAMESE_ONLY } from '../text/syllable.ts';
import { decodeTcvn3, decodeViqr, decodeVni } from './decode.ts';
import type { LegacyEncoding } from './font-encoding.ts';

const TCVN3_ONLY =
  /[\u00A1-\u00AE\u00B5-\u00B9\u00BB-\u00BE\u00C7\u00D0\u00D7\u00DE\u00DF\u00E7\u00F7\u00FE]/gu;
const VNI_PAIRS = /[aeouyAEOUYôöÔÖ][ùøûõïåäëüÙØÛÕÏÅÄËÜ]|[aeoAEO][âêÂÊ]/gu;
const TCVN3_SIGNATURES =
  /ngµy|th¸ng|n¨m|ViÖt|§¶ng|nh©n d©n|Uû ban|tØnh|huyÖn|Céng hoµ|§éc lËp|c¸c|cña|vµ|®­îc|thùc hiÖn/u;
const VNI_SIGNATURES =
  /ngaøy|thaùng|naêm|Vieät|Ñaûng|nhaân daân|UÛy ban|Uûy ban|tænh|huyeän|Coäng hoøa|Ñoäc laäp|caùc|cuûa|vaø|ñöôïc/u;
const MOJIBAKE = /Ã[\u0080-\u00BF]|Ä[\u0080-\u00BF]|Æ[°¡]|á[º»]|Ä‘|Æ°/u;

export type Detection = LegacyEncoding | 'unicode' | 'undecided';

export interface EncodingEvidence {
  unicodeOnly: number;
  tcvn3: number;
  vni: number;
}

export function countEvidence(text: string): EncodingEvidence {
  let unicodeOnly = 0;
  for (const ch of text) if (VIETNAMESE_ONLY.test(ch)) unicodeOnly += 1;
  return {
    unicodeOnly,
    tcvn3: text.match(TCVN3_ONLY)?.length ?? 0,
    vni: text.match(VNI_PAIRS)?.length ?? 0,
  };
}

/** Has the text any character a legacy decoder would change? */
export function hasLegacyCandidates(text: string): boolean {
  return /[\u00A1-\u00FE]/u.test(text);
}

const VIQR_MARKS = /[aeiouyAEIOUY](?:[\^(+*]['`?~.]?|['`~?])(?=[a-zA-Z])|\bdd[aeiou]/gu;

/** VIQR is plain ASCII: many in-word tone marks, and decoding must make the words valid. */
function looksLikeViqr(text: string): boolean {
  const hits = text.match(VIQR_MARKS)?.length ?? 0;
  if (hits < 3) return false;
  return scoreSyllables(decodeViqr(text)).share >= scoreSyllables(text).share + 0.2;
}

export function detectLegacyEncoding(text: string): Detection {
  if (!hasLegacyCandidates(text)) return looksLikeViqr(text) ? 'viqr' : 'unicode';
  const e = countEvidence(text);
  if (e.unicodeOnly >= 1) return 'unicode';
  if (MOJIBAKE.test(text)) return 'utf8-mojibake';
  if (TCVN3_SIGNATURES.test(text)) return 'tcvn3';
  if (VNI_SIGNATURES.test(text)) return 'vni';
  if (e.tcvn3 >= 3 && e.tcvn3 > 2 * e.vni) return 'tcvn3';
  if (e.vni >= 3 && e.vni > 2 * e.tcvn3) return 'vni';
  return validateByDecoding(text);
}

/** Step C: decode with each candidate and keep the one whose syllables are clearly more valid. */
function validateByDecoding(text: string): Detection {
  // Only characters glued to letters can be parts of legacy-encoded words (not `©`, `°` alone).
  if (!/[A-Za-z][\u00A1-\u00FE]|[\u00A1-\u00FE][A-Za-z]/u.test(text)) return 'undecided';
  const identity = scoreSyllables(text);
  if (identity.tokens === 0) return 'undecided';
  const candidates: Array<[Detection, number]> = [
    ['tcvn3', scoreSyllables(decodeTcvn3(text)).share],
    ['vni', scoreSyllables(decodeVni(text)).share],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  const [best, share] = candidates[0]!;
  return share >= identity.share + 0.2 ? best : 'undecided';
}
