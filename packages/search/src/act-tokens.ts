/**
 * "Type + number" tokens of an act, so that a query naming an act without its symbol (`NQ 35`,
 * `nghị quyết số 35`) becomes a precise filter: `35-NQ/TW` and `35/NQ-HĐND` both carry `NQ:35`,
 * `35-CT/TW` carries `CT:35`, and a text that only says `Ban Chỉ đạo 35` carries nothing.
 */

/** Document-type names (normal capitalisation, as @vanban/analysis writes them) → symbol code. */
const TYPE_CODES: ReadonlyArray<readonly [string, string]> = [
  ['Nghị quyết', 'NQ'],
  ['Nghị định', 'NĐ'],
  ['Quyết định', 'QĐ'],
  ['Quy định', 'QĐ'],
  ['Chỉ thị', 'CT'],
  ['Kết luận', 'KL'],
  ['Kế hoạch', 'KH'],
  ['Hướng dẫn', 'HD'],
  ['Thông báo', 'TB'],
  ['Thông tư', 'TT'],
  ['Công văn', 'CV'],
  ['Chương trình', 'CTr'],
  ['Quy chế', 'QC'],
  ['Báo cáo', 'BC'],
  ['Tờ trình', 'TTr'],
  ['Đề án', 'ĐA'],
];

export function codeForType(type: string): string | undefined {
  const folded = type.normalize('NFC').toLowerCase();
  return TYPE_CODES.find(([name]) => name.toLowerCase() === folded)?.[1];
}

/** The number padded to at least two digits, as in canonical keys. */
export function pad2(number: string): string {
  const digits = number.replace(/^0+(?=\d)/, '');
  return digits.length < 2 ? digits.padStart(2, '0') : digits;
}

/** `CODE:NN`, upper-cased code. */
export function actToken(code: string, number: string): string {
  return `${code.toUpperCase()}:${pad2(number)}`;
}

/**
 * Tokens of a canonical key: `35-NQ/TW` → `NQ:35`; `3006/KH-UBND` → `KH:3006`;
 * `09/2017/NĐ-CP` → `NĐ:09`. Null when the key has no type code after its number.
 */
export function actTokenOfKey(key: string): string | null {
  const m = /^(\d{1,6})(?:\/(?:19|20)\d\d)?[-/]([\p{L}]+)/u.exec(key);
  if (!m) return null;
  return actToken(m[2] ?? '', m[1] ?? '');
}

/** Tokens for a type name + number typed in a query (`Nghị quyết`, `35`). */
export function actTokensForTypeNumber(type: string, number: string): string[] {
  const code = codeForType(type);
  return code === undefined ? [] : [actToken(code, number)];
}
