import { canonicalKey as citationKey } from '../citations/key.ts';
import { repairDigitsAt } from '../citations/ocr-digits.ts';
import { isDigitCode } from '../text/chars.ts';

/**
 * The document's own số/ký hiệu from its header (`Số: 434/KH-UBND`, `Số 131-KH/HU`, `Số:\n434/KH-UBND`),
 * as a canonical key (gold README "Key canonicalisation rule").
 */

export interface OwnNumber {
  /** canonical key: `131-KH/HU`, `3006/KH-UBND`, `12/2019/QĐ-UBND` */
  key: string;
  /** the matched text as written */
  raw: string;
  /** OCR look-alike letters read as digits in the number slot (`2O → 20`), spec §9.3; else null */
  ocrRepair: string | null;
}

/**
 * pad2(number) + separator as written + symbol without spaces, through the citation key rule
 * (`../citations/key.ts`: Ð→Đ, mixed-case codes, `/TƯ`→`/TW`); a `TƯ` glued to the end of a code
 * (`BTGTƯ`) is folded too.
 */
export function ownNumberKey(number: string, sep: string, symbol: string): string {
  const sym = symbol.replace(/\s+/g, '').replace(/TƯ(?=$|[/-])/gu, 'TW');
  const withYear = /^((?:19|20)\d\d)\/(.+)$/u.exec(sym);
  if (sep === '/' && withYear) {
    return citationKey({
      number,
      symbol: withYear[2] ?? '',
      form: 'qppl',
      yearInNumber: withYear[1] ?? null,
    });
  }
  return citationKey({ number, symbol: sym, form: sep === '/' ? 'state' : 'party' });
}

// `Số` (any case of the first letter, optional colon or dot), then the number, the separator and the
// symbol (the lookbehinds on what precedes `Số` are written after it, so the engine looks for the word
// first). The symbol is letters/digits/&/. joined by - or / with optional spaces around them; it ends
// at a space that is not followed by a separator. Everything is bounded, so no backtracking blow-up.
const OWN_NUMBER =
  /S[ốỐ](?<![\p{L}\d]S[ốỐ])(?<!\p{Ll}[ ]{0,3}S[ốỐ])\s{0,3}[:.]?\s{0,20}(\d{1,6})\s{0,3}([-/])\s{0,3}((?:(?:19|20)\d\d\s{0,2}\/\s{0,2})?\p{L}[\p{L}\d&.]{0,20}(?:\s{0,2}[-/]\s{0,2}[\p{L}\d][\p{L}\d&.]{0,20}){0,5})/u;

// (module constants: under tsx, a regex literal with `\p{…}` in a function is compiled at each call)
const GLUED_WORD = /(\p{Lu})\p{Lu}\p{Ll}{2,}$/u;
const BLANK_NUMBER =
  /S[ốỐ](?<![\p{L}\d]S[ốỐ])(?<!\p{Ll}[ ]{0,3}S[ốỐ])\s{0,3}:?[ \t]{0,40}(?:\.{2,}|…+)?[ \t]{0,20}[-/]\s{0,3}\p{Lu}/u;

// `Số:` then a number slot holding an OCR look-alike letter (O, l, I, S, B), or a number then a year
// slot holding one (`09/2O21/…`), and a separator: tried only
// on the text before the first well-formed `Số` header (or the whole zone when there is none)
const OCR_NUMBER =
  /S[ốỐ](?<![\p{L}\d]S[ốỐ])(?<!\p{Ll}[ ]{0,3}S[ốỐ])\s{0,3}[:.]?\s{0,20}(?=[\dOlISB]{0,5}[OlISB]|\d{1,6}\s{0,3}\/\s{0,3}[\dOlISB]{0,3}[OlISB])([\dOlISB]{1,6})\s{0,3}[-/]/du;

const YEAR_SLOT = /^\s?\/\s?[\dOlISB]{4}/u;

/** First `Số …` header in `zone` (the header part of the document), or null. */
export function findOwnNumber(zone: string): OwnNumber | null {
  if (!hasSo(zone)) return null;
  const m = OWN_NUMBER.exec(zone);
  const before = m ? zone.slice(0, m.index) : zone;
  const repaired = hasSo(before) ? ocrOwnNumber(before) : null;
  if (repaired) return repaired;
  return m ? fromMatch(m, m[0], null) : null;
}

function fromMatch(m: RegExpExecArray, raw: string, ocrRepair: string | null): OwnNumber | null {
  const number = m[1] ?? '';
  const sep = m[2] ?? '/';
  let symbol = (m[3] ?? '').replace(/\.+$/u, '');
  // a symbol never ends with a lower-case word glued from the next column (`KH-UBNDNgọc`)
  symbol = symbol.replace(GLUED_WORD, '$1');
  if (symbol.length === 0) return null;
  return { key: ownNumberKey(number, sep, symbol), raw, ocrRepair };
}

/**
 * `Số: 2O/KH-UBND`, `Số: l5-NQ/HU`, `Số: O9/2O21/QĐ-UBND`: the number slot repaired by the citation
 * rules (`../citations/ocr-digits.ts`: a real digit, not `SO15`, not a closing `12B`, digits ≥ letters,
 * a 19xx/20xx year) and read on a same-length repaired copy; `raw` stays as written.
 */
function ocrOwnNumber(zone: string): OwnNumber | null {
  const o = OCR_NUMBER.exec(zone);
  const slot = o?.indices?.[1];
  if (!o || !slot) return null;
  let i = slot[0];
  while (i < slot[1] && !isDigitCode(zone.charCodeAt(i))) i++;
  if (i === slot[1]) return null;
  let numEnd = i;
  while (numEnd < slot[1] && isDigitCode(zone.charCodeAt(numEnd))) numEnd++;
  const r = repairDigitsAt(zone, i, numEnd, () => true);
  if (r === null || r.start !== slot[0] || r.start + r.number.length !== slot[1]) return null;
  let copy = zone.slice(o.index, r.start) + r.number + zone.slice(slot[1], slot[1] + 160);
  const year = r.sym.yearInNumber;
  const y = year === null ? null : YEAR_SLOT.exec(copy.slice(slot[1] - o.index));
  if (year !== null && y) {
    const at = slot[1] - o.index + y[0].length - 4;
    copy = copy.slice(0, at) + year + copy.slice(at + 4);
  }
  const m = OWN_NUMBER.exec(copy);
  if (!m || m.index !== 0) return null;
  const raw = zone.slice(o.index, o.index + m[0].length);
  return fromMatch(m, raw, r.repairs);
}

/** Whether `s` holds `Số` or `SỐ`, which every pattern here starts with (indexOf is a faster scan). */
export function hasSo(s: string): boolean {
  return s.includes('Số') || s.includes('SỐ');
}

/** A `Số:` label with no number (unsigned drafts and templates: `Số:      /KH-UBND`). */
export function hasBlankNumber(zone: string): boolean {
  if (!hasSo(zone)) return false;
  return BLANK_NUMBER.test(zone);
}
