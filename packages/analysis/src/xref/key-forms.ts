/**
 * Candidate canonical keys for an act key typed by a person (`102-kh/tu`, `Kế hoạch số 102-KH/TU`,
 * `35/NQ-TW`, `5-NQ/TW`, `09/2017/NĐ-CP`): the literal canonical form first, then the form with
 * the other separator style (people swap Party `-`/`/` and State `/`/`-` styles). Empty when the
 * input has no `<number><sep><symbol>` shape.
 */
export function actKeyCandidates(input: string): string[] {
  const s = input
    .normalize('NFC')
    .replace(/Ð/gu, 'Đ')
    .replace(/ð/gu, 'đ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[^\d]*?(?=\d)/u, '');
  const m = /^(\d{1,6}) ?([-/]) ?(?:(\d{4}) ?\/ ?)?([\p{L}\d][\p{L}\d ./&-]*)$/u.exec(s);
  if (!m) return [];
  const [, number = '', sep = '', year, rawSymbol = ''] = m;
  const symbol = rawSymbol
    .replace(/ /gu, '')
    .toUpperCase()
    .replace(/TƯ/gu, 'TW')
    .replace(/[./-]+$/u, '');
  if (!/\p{L}/u.test(symbol)) return [];
  const num = number.length < 2 ? number.padStart(2, '0') : number;
  const key = `${num}${sep}${year ? `${year}/` : ''}${symbol}`;
  const keys = [key];
  if (!year) {
    const other = sep === '-' ? '/' : '-';
    const i = symbol.indexOf(other);
    if (i > 0) keys.push(`${num}${other}${symbol.slice(0, i)}${sep}${symbol.slice(i + 1)}`);
  }
  return keys;
}
