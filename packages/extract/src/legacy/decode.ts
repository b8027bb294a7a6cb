/**
 * Pure decoders for legacy Vietnamese 8-bit encodings, applied to text whose legacy bytes show up
 * as Windows-1252/Latin-1 characters (what Word, pdf.js and cp1252 decoding produce). Output is NFC.
 */
import { TCVN3_TO_UNICODE } from './tcvn3-table.ts';
import { VNI_PAIR_TO_UNICODE, VNI_SINGLE_TO_UNICODE } from './vni-table.ts';

/**
 * TCVN3 (ABC). `caps` = the run is in a capitals font (`.VnTimeH`): the same codes are capitals.
 * U+00AD (soft hyphen) is the letter `ư` here, so it must not have been dropped before.
 */
export function decodeTcvn3(text: string, options: { caps?: boolean } = {}): string {
  let out = '';
  for (const ch of text) out += TCVN3_TO_UNICODE[ch] ?? ch;
  return (options.caps === true ? out.toUpperCase() : out).normalize('NFC');
}

const VNI_MARKS_LOWER = 'ùøûõïâáàåãäêéèúüë';
const VNI_MARKS_UPPER = 'ÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË';

function swapMarkCase(mark: string): string | undefined {
  const i = VNI_MARKS_LOWER.indexOf(mark);
  if (i >= 0) return VNI_MARKS_UPPER[i];
  const j = VNI_MARKS_UPPER.indexOf(mark);
  return j >= 0 ? VNI_MARKS_LOWER[j] : undefined;
}

function vniPair(base: string, mark: string): string | undefined {
  const direct = VNI_PAIR_TO_UNICODE[base + mark];
  if (direct !== undefined) return direct;
  // A lower-case mark after an upper-case base (or the reverse): the case comes from the base.
  const swapped = swapMarkCase(mark);
  return swapped === undefined ? undefined : VNI_PAIR_TO_UNICODE[base + swapped];
}

/** VNI-Windows: greedy left to right, two-character keys first. */
export function decodeVni(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    if (next !== undefined) {
      const pair = vniPair(ch, next);
      if (pair !== undefined) {
        out += pair;
        i += 1;
        continue;
      }
    }
    out += VNI_SINGLE_TO_UNICODE[ch] ?? ch;
  }
  return out.normalize('NFC');
}

const VIQR_DIACRITIC: Record<string, string> = {
  '^': '\u0302',
  '(': '\u0306',
  '+': '\u031B',
  '*': '\u031B',
};
const VIQR_TONE: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '?': '\u0309',
  '~': '\u0303',
  '.': '\u0323',
};
const VIQR_LETTER = /([aeiouyAEIOUY])([\^(+*]?)(['`?~.]?)(?=[\p{L}\s,;:!)"]|$)/gu;

function viqrLetter(base: string, diacritic: string, tone: string): string | undefined {
  const lower = base.toLowerCase();
  if (diacritic === '^' && !'aeo'.includes(lower)) return undefined;
  if (diacritic === '(' && lower !== 'a') return undefined;
  if ((diacritic === '+' || diacritic === '*') && !'ou'.includes(lower)) return undefined;
  return base + (VIQR_DIACRITIC[diacritic] ?? '') + (VIQR_TONE[tone] ?? '');
}

/** VIQR (RFC 1456): `Vie^.t Nam` → `Việt Nam`, `dd` → `đ`. A tone `.` or `?` at a word end counts as tone. */
export function decodeViqr(text: string): string {
  const letters = text.replace(VIQR_LETTER, (whole, base: string, d: string, t: string) => {
    if (d === '' && t === '') return whole;
    return viqrLetter(base, d, t) ?? whole;
  });
  return letters
    .replace(/\bdd/g, 'đ')
    .replace(/\bD[Dd]/g, 'Đ')
    .normalize('NFC');
}
