import { canonicalKey as citationKey } from '../citations/key.ts';

/**
 * The document's own số/ký hiệu from its header (`Số: 434/KH-UBND`, `Số 131-KH/HU`, `Số:\n434/KH-UBND`),
 * as a canonical key (gold README "Key canonicalisation rule").
 */

export interface OwnNumber {
  /** canonical key: `131-KH/HU`, `3006/KH-UBND`, `12/2019/QĐ-UBND` */
  key: string;
  /** the matched text as written */
  raw: string;
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

/** First `Số …` header in `zone` (the header part of the document), or null. */
export function findOwnNumber(zone: string): OwnNumber | null {
  const m = hasSo(zone) ? OWN_NUMBER.exec(zone) : null;
  if (!m) return null;
  const number = m[1] ?? '';
  const sep = m[2] ?? '/';
  let symbol = (m[3] ?? '').replace(/\.+$/u, '');
  // a symbol never ends with a lower-case word glued from the next column (`KH-UBNDNgọc`)
  symbol = symbol.replace(GLUED_WORD, '$1');
  if (symbol.length === 0) return null;
  return { key: ownNumberKey(number, sep, symbol), raw: m[0] };
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
