import {
  isDigitCode,
  isLetterCode,
  isLowerCode,
  isSuperscriptDigit,
  isUpperCode,
} from '../text/chars.ts';
import { typeOfPhrase } from './lexicon.ts';
import { lowerCased } from '../text/lower-case.ts';

/**
 * The issuing body named after `của` / `do` in a citation (`của Ban Thường vụ Tỉnh ủy`), read word by
 * word on the analysis copy. It stops at punctuation, quotes, footnote markers, a Party-term qualifier
 * (`khóa XII`), a clause word (`về`, `năm`, `trên`, `thực hiện` …) and a coordinated next object
 * (`và Kế hoạch …`). A paragraph break is crossed only to finish a place name (`Huyện ủy\n\nNgọc Hồi`).
 */

const STOP_WORDS = new Set([
  'căn',
  'việc',
  'về',
  'v/v',
  'năm',
  'trên',
  'đến',
  'để',
  'nhằm',
  'đã',
  'sẽ',
  'đang',
  'theo',
  'tại',
  'trong',
  'với',
  'cho',
  'khi',
  'thì',
  'là',
  'được',
  'bị',
  'ngày',
  'số',
  'hoặc',
  'cùng',
  'như',
  'sau',
  'gồm',
  'lần',
  'kèm',
  'qua',
  'tháng',
  'triển',
  'thực',
  'tổ',
  'kịp',
  'đối',
  'nay',
  'này',
  'đó',
  'phải',
  'cần',
  'có',
  'không',
  'những',
  'từ',
  'vào',
  'bằng',
  'trước',
  'chỉ',
  'hướng',
  'giao',
  'yêu',
  'đề',
  'tiếp',
  'quy',
  'báo',
  'quán',
  'nghiên',
  'đánh',
  'xây',
  'tăng',
  'đẩy',
  'nâng',
  'gửi',
  'khóa',
  'khoá',
  'nhiệm',
  'ký',
  'ban',
  'và',
  'mà',
  'vì',
  'nên',
  'rằng',
  'tham',
  'lãnh',
  'chủ',
  'phối',
  'hiệu',
  'nhưng',
]);

/** lower-case words that may follow a capitalised word inside a body's name */
const NAME_LOWER = new Set([
  'ủy',
  'uỷ',
  'ban',
  'nhân',
  'dân',
  'tỉnh',
  'huyện',
  'xã',
  'thị',
  'trấn',
  'thành',
  'phố',
  'quận',
  'phường',
  'vụ',
  'thư',
  'trị',
  'hành',
  'đạo',
  'giáo',
  'bộ',
  'ương',
  'đảng',
  'hội',
  'đồng',
  'tướng',
  'phủ',
  'trực',
  'cấp',
  'tin',
  'thông',
  'tạo',
  'sự',
  'nghiệp',
  'tra',
  'sát',
  'nước',
  'ninh',
  'an',
  'hóa',
  'hoá',
  'thao',
  'lịch',
  'tế',
  'động',
  'tư',
  'pháp',
  'vận',
  'tải',
  'chức',
  'thương',
  'binh',
  'xã',
  'hội',
  'nghiệp',
  'môi',
  'trường',
  'tài',
  'nguyên',
  'chính',
  'các',
  'cán',
  'sự',
  'khối',
  'lực',
  'lượng',
  'vũ',
  'trang',
  'biên',
  'phòng',
  'quân',
  'sự',
  'đoàn',
  'niên',
  'nữ',
  'tịch',
  'nông',
  'thôn',
  'viện',
  'án',
  'kiểm',
  'đào',
  'dục',
  'tổng',
  'tuyên',
  'truyền',
  'đầu',
  'kế',
  'hoạch',
  'mặt',
  'trận',
  'quốc',
  'việt',
  'nam',
  'điện',
  'tử',
  'thanh',
  'truyền',
  'hình',
  'báo',
  'chí',
  'xuất',
  'bản',
  'văn',
  'phòng',
  'chấp',
  'thường',
  'đảng',
]);

/** Bodies whose names may contain `và` (`Sở Thông tin và Truyền thông`, `Bộ Nội vụ và Văn phòng …`). */
const AND_HEADS = /^(?:Sở|Bộ|Phòng|Trung tâm|Cục|Tổng cục|Viện|Học viện|Trường|Vụ|Đài)\s/u;
const COMPLETE_BODIES = /^(?:Bộ Chính trị|Ban Bí thư|Chính phủ|Quốc hội)$/u;
/** Names that a paragraph break may split before the place name (`Huyện ủy\n\nNgọc Hồi`). */
const PLACE_EXPECTING =
  /(?:Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy|Đảng ủy|huyện|tỉnh|thành phố|thị xã|xã|quận|UBND|HĐND)$/u;

export interface IssuerSpan {
  readonly start: number;
  readonly end: number;
}

/** `, ; : . ) ” " ! ?` */
function isTrailingCloser(c: number): boolean {
  return (
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x2e ||
    c === 0x29 ||
    c === 0x201d ||
    c === 0x22 ||
    c === 0x21 ||
    c === 0x3f
  );
}

/**
 * The end of the token starting at `pos` (`pos` itself when none starts there): it runs to a space,
 * a line break, a footnote marker, punctuation that closes the issuer, `(`, `“` or `*` (at most 40
 * code units). The token closes the issuer when it ends on anything but a space or a line break.
 */
function tokenEnd(s: string, pos: number): number {
  let e = pos;
  const n = s.length;
  while (e < n && e - pos < 40) {
    const c = s.charCodeAt(e);
    if (c === 0x20 || c === 0x0a || c === 0x2029) break;
    if (isSuperscriptDigit(c)) break;
    if (isTrailingCloser(c) || c === 0x28 || c === 0x201c || c === 0x2a) break;
    e++;
  }
  return e;
}

/** `s[a, b)` is `đạo` or `Đạo` */
function isDaoAt(s: string, a: number, b: number): boolean {
  const c = s.charCodeAt(a);
  return (
    b - a === 3 &&
    (c === 0x111 || c === 0x110) &&
    s.charCodeAt(a + 1) === 0x1ea1 &&
    s.charCodeAt(a + 2) === 0x6f
  );
}

/** `s[a, b)` is `Bộ` */
function isBoAt(s: string, a: number, b: number): boolean {
  return b - a === 2 && s.charCodeAt(a) === 0x42 && s.charCodeAt(a + 1) === 0x1ed9;
}

/** `s[a, b)` is 1–3 ASCII digits */
function isShortNumberAt(s: string, a: number, b: number): boolean {
  if (b - a < 1 || b - a > 3) return false;
  for (let k = a; k < b; k++) if (!isDigitCode(s.charCodeAt(k))) return false;
  return true;
}

/** first words of the type phrases (lower case): a cheap filter before the lexicon lookup */
const TYPE_FIRST_WORDS = new Set([
  'nghị',
  'quyết',
  'chỉ',
  'kết',
  'quy',
  'thông',
  'hướng',
  'chương',
  'kế',
  'phương',
  'đề',
  'dự',
  'báo',
  'biên',
  'tờ',
  'hợp',
  'công',
  'điện',
  'văn',
  'giấy',
  'luật',
  'pháp',
  'lệnh',
  'hiến',
  'bản',
  'phiếu',
]);

function isTypeWordAt(s: string, pos: number): boolean {
  let e = pos;
  while (
    e < s.length &&
    e - pos < 8 &&
    s.charCodeAt(e) !== 0x20 &&
    s.charCodeAt(e) !== 0x0a &&
    s.charCodeAt(e) !== 0x2029
  )
    e++;
  // (lower-cased through a cache: the same capitalised words come back in every issuer)
  if (!TYPE_FIRST_WORDS.has(lowerCased(s.slice(pos, e)))) return false;
  const two = s.slice(pos, pos + 30).split(/[\s,;.]/u, 4);
  for (let k = Math.min(4, two.length); k >= 1; k--) {
    if (typeOfPhrase(two.slice(0, k).join(' ').toLowerCase()) !== undefined) return true;
  }
  return false;
}

/** `v/v` in any case (`V/v`, `V/V`): what `toLowerCase() === 'v/v'` accepts */
function isVv(word: string): boolean {
  return (
    word.length === 3 &&
    (word.charCodeAt(0) | 0x20) === 0x76 &&
    word.charCodeAt(1) === 0x2f &&
    (word.charCodeAt(2) | 0x20) === 0x76
  );
}

/** The issuer starting at `pos` (right after `của `), or null when no body name starts there. */
export function readIssuer(s: string, pos: number): IssuerSpan | null {
  const first = s.charCodeAt(pos);
  if (!isUpperCode(first)) return null;
  const n = s.length;
  let end = pos;
  let p = pos;
  let count = 0;
  /** the previous token `[prevStart, prevEnd)` (compared with `đạo` and `Bộ` only) */
  let prevStart = pos;
  let prevEnd = pos;
  while (p < n && count < 14) {
    // the token `[p, e)`, read without making an object or a string unless a test needs one
    const e = tokenEnd(s, p);
    if (e === p) break;
    const ce = s.charCodeAt(e);
    const closes = e < n && ce !== 0x20 && ce !== 0x0a && ce !== 0x2029;
    const c0 = s.charCodeAt(p);
    if (count > 0) {
      if (e - p === 3 && isVv(s.slice(p, e))) break;
      if (isDigitCode(c0)) {
        if (!isDaoAt(s, prevStart, prevEnd) || !isShortNumberAt(s, p, e)) break;
      } else if (isLowerCode(c0)) {
        // (lower-cased only here: the words tested against the lower-case lists)
        const lower = lowerCased(s.slice(p, e));
        if (lower === 'và') {
          if (!andContinues(s, pos, end, e)) break;
        } else if (
          STOP_WORDS.has(lower) &&
          !(lower === 'ban' && !/^\s?hành/u.test(s.slice(e, e + 6)))
        ) {
          break;
        } else if (
          !NAME_LOWER.has(lower) &&
          !(lower === 'trưởng' && isBoAt(s, prevStart, prevEnd))
        ) {
          // (`Bộ trưởng Bộ Nội vụ`: a Minister issues circulars; `Hội đồng Bộ trưởng`)
          break;
        }
      } else if (!isLetterCode(c0) && c0 !== 0x27 && c0 !== 0x2019) break;
      else if (isUpperCode(c0) && isTypeWordAt(s, p) && /\d/.test(s.slice(e, e + 30))) break;
    }
    end = e;
    prevStart = p;
    prevEnd = e;
    count++;
    if (closes) break;
    if (ce === 0x0a) {
      // a soft line wrap: read on unless the next line starts a clause or a list item
      const next = s.slice(e + 1, e + 12);
      const word = (/^[\p{L}]+/u.exec(next)?.[0] ?? '').toLowerCase();
      if (STOP_WORDS.has(word) || /^(?:[-+•*]|\d{1,2}[.)]|[IVX]{1,4}\.)/u.test(next)) break;
      // a line in capitals after a name that is not (`… của Bộ Chính trị⏎CỘNG HÒA XÃ HỘI …`: the
      // header's next cell, beside a wrapped `V/v` title)
      if (capsWordsAt(s, e + 1) && !capsWordsAt(s, p, 1)) break;
    } else if (ce === 0x2029) {
      // a paragraph break: only a place name may finish the body's name (`Huyện ủy\n\nNgọc Hồi`)
      const lowerNext = isLowerCode(s.charCodeAt(e + 1));
      if (!lowerNext && (!PLACE_EXPECTING.test(s.slice(pos, end)) || !placeNameFollows(s, e + 1)))
        break;
    }
    p = e + 1;
  }
  return end > pos ? { start: pos, end } : null;
}

/**
 * `words` (1 or 2) words in capitals start at `pos` — each of at least two letters, none of them
 * lower case (`CỘNG HÒA`, `UBND TỈNH`) — the second after one space; the last one ends the text or
 * is followed by a space or a line break.
 */
function capsWordsAt(s: string, pos: number, words = 2): boolean {
  let p = pos;
  for (let w = 0; w < words; w++) {
    if (w > 0) {
      if (s.charCodeAt(p) !== 0x20) return false;
      p++;
    }
    const start = p;
    while (p < s.length && p - start < 16 && isUpperCode(s.charCodeAt(p))) p++;
    if (p - start < 2) return false;
  }
  const c = s.charCodeAt(p);
  return p >= s.length || c === 0x20 || c === 0x0a || c === 0x2029;
}

function andContinues(s: string, issuerStart: number, issuerEnd: number, andEnd: number): boolean {
  const sofar = s.slice(issuerStart, issuerEnd);
  if (!AND_HEADS.test(sofar) || COMPLETE_BODIES.test(sofar)) return false;
  const next = andEnd + 1;
  if (!isUpperCode(s.charCodeAt(next))) return false;
  return !isTypeWordAt(s, next) && !/^Chuyên\s/u.test(s.slice(next, next + 8));
}

/** One to three capitalised words, then punctuation or the end of the line. */
function placeNameFollows(s: string, pos: number): boolean {
  const m = /^(?:\p{Lu}[\p{L}'’]*)(?: \p{Lu}[\p{L}'’]*){0,2}(?=[.,;:\n\u2029]|$)/u.exec(
    s.slice(pos, pos + 60),
  );
  return m !== null && !isTypeWordAt(s, pos);
}
