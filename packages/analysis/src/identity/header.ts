import { findOwnNumber, hasBlankNumber, hasSo, type OwnNumber } from './own-number.ts';
import { findPlaceDates, type PlaceDate } from './place-date.ts';
import { collapseWs, isUpperLine, stripMarkdown } from './text-utils.ts';

/**
 * The header block above the type heading (vn-docs-spec §7.1, §7.2, §7.5): issuer stack, `Số`,
 * place-and-date line and, for công văn, the `V/v` summary. Two-column layouts interleaved by PDF
 * extraction are handled by removing the right-column strings from each line first.
 */

export interface HeaderInfo {
  /** upper-case issuer lines, top to bottom (`ỦY BAN NHÂN DÂN`, `HUYỆN NGỌC HỒI`) */
  issuerLines: string[];
  ownNumber: OwnNumber | null;
  blankNumber: boolean;
  placeDates: PlaceDate[];
  /** `V/v …` summary of a công văn, whitespace-collapsed, without `V/v` */
  vv: string | null;
  /** whether the Party layout markers were seen (`ĐẢNG CỘNG SẢN VIỆT NAM`, `*`) */
  party: boolean;
}

const RIGHT_COLUMN: readonly RegExp[] = [
  // the Quốc hiệu, also when a narrow column wraps it (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT` / `NAM`)
  /CỘNG\s{1,3}H(?:OÀ|ÒA)(?:\s{1,3}XÃ(?:\s{1,3}HỘI(?:\s{1,3}CHỦ(?:\s{1,3}NGHĨA(?:\s{1,3}VIỆT(?:\s{1,3}NAM)?)?)?)?)?)?/gu,
  /ĐẢNG\s{1,3}CỘNG\s{1,3}SẢN(?:\s{1,3}VIỆT(?:\s{1,3}NAM)?)?/gu,
  /Độc\s{1,3}lập\s{0,3}[-–—]\s{0,3}Tự\s{1,3}do\s{0,3}[-–—]\s{0,3}Hạnh\s{1,3}phúc/giu,
];
// (a rule is also a lone `*`, the Party layout's star; `segments` strips every `*` first, so only the
// runs remain to find)
const COLUMN_GAP = /\s{2,}/;
const RULES = /[-_=─━—–.]{3,}/gu;
const STAMPS =
  /^(?:MẬT|TỐI MẬT|TUYỆT MẬT|KHẨN|THƯỢNG KHẨN|HỎA TỐC|HOẢ TỐC|DỰ THẢO|BẢN SAO|SAO Y|SAO Y BẢN CHÍNH|SAO LỤC|TRÍCH SAO|LƯU HÀNH NỘI BỘ|XEM XONG TRẢ LẠI)$/u;

/** A wrapped Quốc hiệu or Party name leaves `VIỆT` at a line end and `NAM` on the next line. */
const ENDS_WITH_VIET = /(?:NGHĨA|SẢN)\s{1,3}VIỆT$/u; // tested on the trimmed end of a line

const LONE_NAM = /(?<![\p{L}])NAM(?![\p{L}])/u;

/** `/(?:NGHĨA|SẢN)\s{1,3}VIỆT\s*$/u.test(s)`, reading only the last 12 non-blank-trailing code units. */
function endsWithViet(s: string): boolean {
  return ENDS_WITH_VIET.test(s.trimEnd().slice(-12));
}

/**
 * Split a line at column gaps (≥ 2 spaces) after removing right-column strings. `carryNam` says the
 * previous line ended in a wrapped `… VIỆT`, so a lone `NAM` here belongs to it.
 */
function segments(line: string, carryNam: boolean): { parts: string[]; endsWithViet: boolean } {
  let s = stripMarkdown(line);
  const viet = endsWithViet(s);
  if (carryNam) s = s.replace(LONE_NAM, '   ');
  for (const re of RIGHT_COLUMN) s = s.replace(re, '   ');
  s = s.replace(RULES, '   ');
  // (a regex split: faster here than a string split at '  ', measured)
  const parts = s
    .split(COLUMN_GAP)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
  return { parts, endsWithViet: viet };
}

function isPartyMarker(line: string): boolean {
  return /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u.test(line) || /^\s*\*\s*$/u.test(line);
}

/**
 * The upper-case words at the start of a segment (`HUYỆN NGỌC HỒI Ngọc Hồi, ngày …` → `HUYỆN NGỌC
 * HỒI`): the whole segment when it is upper case, else a run of at least two words.
 */
function leadingUpperRun(seg: string): string | null {
  if (seg.length === 0) return null;
  const lower = seg.search(LOWER_LETTER);
  if (lower < 0) return isUpperLine(seg) ? seg : null;
  // the words (split at single spaces) before the one holding the first lower-case letter
  const wordStart = seg.lastIndexOf(' ', lower - 1) + 1;
  const space = seg.indexOf(' ');
  if (space < 0 || seg.indexOf(' ', space + 1) < 0 || seg.indexOf(' ', space + 1) >= wordStart) {
    return null; // fewer than two words
  }
  const joined = seg.slice(0, wordStart - 1);
  return isUpperLine(joined) ? joined : null;
}
const LOWER_LETTER = /\p{Ll}/u;

// an issuer line typed in lower or title case and shown in capitals by Word's "all caps" style
const ORG_LINE =
  /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Huyện ủy|Tỉnh ủy|Thành ủy|Đảng ủy|Huyện uỷ|Tỉnh uỷ|Đảng bộ|Ban|Sở|Phòng|Văn phòng|Huyện|Tỉnh|Xã|Thành phố|Thị xã|Thị trấn|Phường|Quận|Trung tâm|Chi bộ|Công an|Ủy ban|Uỷ ban)(?:\s|$)/iu;

function capsStyledBody(seg: string): string | null {
  if (seg.length > 60 || /[,;:.!?“”"()]/u.test(seg) || !ORG_LINE.test(seg)) return null;
  if (/\d/u.test(seg)) return null;
  return seg.toUpperCase();
}

const PLACE_NAME_END = /(?:\s\p{Lu}[\p{L}'’-]*){1,4}$/u;

/** A `V/v` line interleaved with the date column: keep the text before `<place>, ngày …`. */
function withoutPlaceDate(s: string): string {
  const pd = findPlaceDates(s)[0];
  const cut = pd ? pd.index : s.search(/,\s*ngày\s/u);
  if (cut < 0) return s;
  // the place name sits just before `, ngày`: drop it with the date
  const head = pd ? s.slice(0, cut) : s.slice(0, cut).replace(PLACE_NAME_END, '');
  return collapseWs(head);
}

// `V/v` and `Số` not preceded by a letter: the test on the preceding letter is a lookbehind written
// after the word (the same test; the engine then looks for the word first instead of testing the
// lookbehind at every offset)
const VV = /V\/v(?<![\p{L}]V\/v)[\s.:]/u;
// a công văn's summary written out (`Về việc …` for `V/v …`), at a line start under the `Số` line
const VE_VIEC = /^\s*\**\s*Về\s+việc[\s.:]/u;
const LETTER_FIRST = /^\p{L}/u;
const SO_LABEL = /S[ốỐ](?<![\p{L}]S[ốỐ])(?:\s{0,3}[:.]?\s{0,5}\d|\s{0,3}:)/u;

/** Parse the header zone (the lines above the type heading). */
export function parseHeader(zoneLines: readonly string[], zone = zoneLines.join('\n')): HeaderInfo {
  const ownNumber = findOwnNumber(zone);
  const blankNumber = ownNumber === null && hasBlankNumber(zone);
  const placeDates = findPlaceDates(zone);
  const issuerLines: string[] = [];
  let party = false;
  let vv: string | null = null;
  let vvOpen = false;
  let stop = false;
  let carryNam = false;
  let soSeen = false;
  for (const line of zoneLines) {
    if (isPartyMarker(line)) party = true;
    if (stop) continue;
    if (/^\s*(?:Kính\s+gửi|Kính\s+trình)\b/u.test(line)) {
      stop = true;
      continue;
    }
    // `V/v …` may wrap over several lines, interleaved with the date line
    const vvAt = line.search(VV);
    const veViec = vvAt < 0 && soSeen && vv === null ? VE_VIEC.exec(line) : null;
    if (vvAt >= 0 || veViec !== null) {
      const rest = veViec !== null ? line.slice(veViec[0].length - 1) : line.slice(vvAt + 3);
      vv = withoutPlaceDate(collapseWs(stripMarkdown(rest).replace(/^[\s.:]+/u, '')));
      vvOpen = true;
      continue;
    }
    if (!soSeen && hasSo(line)) soSeen = true;
    const split = segments(line, carryNam);
    carryNam = split.endsWithViet;
    for (const seg of split.parts) {
      // stop each segment at `Số`, the place-and-date expression and lower-case text
      const cut = hasSo(seg) ? seg.search(SO_LABEL) : -1;
      const head = (cut >= 0 ? seg.slice(0, cut) : seg).trim();
      if (vvOpen && cut < 0 && !isUpperLine(head)) {
        const piece = withoutPlaceDate(head);
        if (piece.length > 0 && vv !== null && !/^\d/u.test(piece))
          vv = collapseWs(`${vv} ${piece}`);
        continue;
      }
      const upperRun = leadingUpperRun(head) ?? capsStyledBody(head);
      if (upperRun === null || !LETTER_FIRST.test(upperRun)) continue;
      const upper = collapseWs(upperRun.replace(/[*]/g, ''));
      if (upper.length < 2 || STAMPS.test(upper) || /^V\/V\b/u.test(upper)) continue;
      if (/^\d/.test(upper)) continue;
      issuerLines.push(upper);
    }
  }
  return { issuerLines, ownNumber, blankNumber, placeDates, vv, party };
}
