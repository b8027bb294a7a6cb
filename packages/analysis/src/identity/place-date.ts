import { anchoredMatches, stickyOf, type AnchorBounds } from './anchored-scan.ts';

/**
 * The place-and-date line of a document (`Kon Tum, ngày 13 tháng 11 năm 2019`), vn-docs-spec §5.1.
 */

export interface PlaceDate {
  place: string;
  /** ISO `YYYY-MM-DD`, or null for a blank template date (`ngày   tháng   năm 2026`) */
  iso: string | null;
  year: number;
  /** offset of the match in the searched string */
  index: number;
  raw: string;
}

// A place is 1-5 capitalised words (apostrophes and hyphens allowed: `Ia H'Drai`, `Buôn Ma Thuột`),
// optionally preceded by a lower-case level noun (`thành phố Hồ Chí Minh`). Bounded quantifiers only.
const PLACE = String.raw`(?:(?:[Tt]hành phố|TP\.|[Tt]hị xã|[Hh]uyện|[Tt]ỉnh)\s{1,3})?\p{Lu}[\p{L}'’\-]{0,15}(?:[ ]{1,2}\p{Lu}[\p{L}'’\-]{0,15}){0,4}`;
const NUM = String.raw`(\d{1,2}|[ .…_]{0,20})`;
const PLACE_DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(${PLACE})\s{0,3},\s{0,5}ngày\s{0,5}${NUM}\s{0,5}tháng\s{0,5}${NUM}\s{0,5}năm\s{0,5}(\d{4})`,
  'gu',
);

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function validIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const dim = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  if (day > (dim[month - 1] ?? 31)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

// the same line with a numeric date (`Kon Tum, ngày 26/11/2019`)
const PLACE_DATE_NUMERIC = new RegExp(
  String.raw`(?<![\p{L}\d])(${PLACE})\s{0,3},\s{0,5}ngày\s{0,5}(\d{1,2})\s{0,2}([/.-])\s{0,2}(\d{1,2})\s{0,2}\3\s{0,2}(\d{4})(?!\d)`,
  'gu',
);

// Both patterns hold `,\s{0,5}ngày`, its comma at most 183 code units after the match start (level
// noun 12, five words of ≤ 32 + 2, gap 3). Before the comma there are only letters, apostrophes,
// hyphens, `.` (`TP.`) and whitespace: a match starts after the last other character (checked for
// ASCII; a non-ASCII character is passed over, which only widens the range tried).
// the matches of `/,\s{0,5}ngày/g`, found from the word (`ngày` is rarer than a comma), by its
// `ày` (indexOf stops at every `n`, one of the commonest letters)
const BLANK = /\s/;
function commaNgay(text: string, from: number): { start: number; end: number } | null {
  for (let a = text.indexOf('ày', from + 2); a >= 0; a = text.indexOf('ày', a + 1)) {
    const q = a - 2;
    if (!text.startsWith('ng', q)) continue;
    let c = q - 1;
    while (c >= from && q - 1 - c < 6 && BLANK.test(text.charAt(c))) c--;
    if (c >= from && q - 1 - c <= 5 && text.charCodeAt(c) === 0x2c) return { start: c, end: q + 4 };
  }
  return null;
}
function placeFloor(text: string, at: number, lowest: number): number {
  let i = at;
  for (; i > lowest; i--) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0x80) continue;
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    const blank = c === 0x20 || (c >= 0x09 && c <= 0x0d);
    if (!letter && !blank && c !== 0x27 && c !== 0x2d && c !== 0x2e) break;
  }
  return i;
}
const BOUNDS: AnchorBounds = { before: 200, floor: placeFloor };
const PLACE_DATE_AT = stickyOf(PLACE_DATE);
const PLACE_DATE_NUMERIC_AT = stickyOf(PLACE_DATE_NUMERIC);

/**
 * The line without its comma (`Đăk Hà ngày 15 tháng 3 năm 2023`, a scan or OCR losing it): only when
 * no line has the comma, only a line that ends with the year, and not after a word of time (`Sáng
 * ngày …`, `Từ ngày …`), which opens a sentence instead.
 */
const PLACE_DATE_NO_COMMA = new RegExp(
  String.raw`(?<![\p{L}\d])(?!(?:Sáng|Chiều|Tối|Trưa|Đêm|Hôm|Từ|Đến|Vào|Trước|Sau|Thứ|Trong|Ngày|Năm|Cùng)\s)(${PLACE})\s{1,3}ngày\s{0,5}${NUM}\s{0,5}tháng\s{0,5}${NUM}\s{0,5}năm\s{0,5}(\d{4})(?=[ \t.]*(?:\n|$))`,
  'gu',
);

const PLACE_DATE_NO_COMMA_AT = stickyOf(PLACE_DATE_NO_COMMA);
/** the matches of `/\s{1,3}ngày/g` after a letter: the anchor of {@link PLACE_DATE_NO_COMMA} */
function blankNgay(text: string, from: number): { start: number; end: number } | null {
  for (let a = text.indexOf('ày', from + 2); a >= 0; a = text.indexOf('ày', a + 1)) {
    const q = a - 2;
    if (!text.startsWith('ng', q) || !BLANK.test(text.charAt(q - 1))) continue;
    let c = q - 1;
    while (c > from && q - c < 3 && BLANK.test(text.charAt(c - 1))) c--;
    if (c >= from) return { start: c, end: q + 4 };
  }
  return null;
}

const DIGITS = /^\d+$/;

/** A `<place>, ngày <d> tháng <m> năm <y>` match (groups: place, day, month, year) as a PlaceDate. */
function wordedDate(m: RegExpExecArray): PlaceDate {
  const dayS = (m[2] ?? '').trim();
  const monthS = (m[3] ?? '').trim();
  const year = Number(m[4]);
  const iso =
    DIGITS.test(dayS) && DIGITS.test(monthS) ? validIso(year, Number(monthS), Number(dayS)) : null;
  return { place: (m[1] ?? '').trim(), iso, year, index: m.index, raw: m[0] };
}

/** Every place-and-date expression in `zone`, in order. */
export function findPlaceDates(zone: string): PlaceDate[] {
  const out: PlaceDate[] = [];
  for (const m of anchoredMatches(PLACE_DATE_AT, zone, commaNgay, BOUNDS)) out.push(wordedDate(m));
  for (const m of anchoredMatches(PLACE_DATE_NUMERIC_AT, zone, commaNgay, BOUNDS)) {
    const year = Number(m[5]);
    const iso = validIso(year, Number(m[4]), Number(m[2]));
    out.push({ place: (m[1] ?? '').trim(), iso, year, index: m.index, raw: m[0] });
  }
  if (out.length === 0) {
    for (const m of anchoredMatches(PLACE_DATE_NO_COMMA_AT, zone, blankNgay, BOUNDS))
      out.push(wordedDate(m));
  }
  return out.sort((a, b) => a.index - b.index);
}
