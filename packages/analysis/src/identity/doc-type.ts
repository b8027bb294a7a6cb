import { isSpace } from '../text/chars.ts';
import type { Lines } from './lines.ts';
import { collapseWs, stripMarkdown } from './text-utils.ts';

/**
 * Document type names (vn-docs-spec §2.5, in normal capitalisation), longest first so that
 * `CHƯƠNG TRÌNH HÀNH ĐỘNG` wins over `CHƯƠNG TRÌNH`.
 */
export const DOC_TYPES: readonly string[] = [
  'Nghị quyết liên tịch',
  'Thông tư liên tịch',
  'Chương trình hành động',
  'Thông báo kết luận',
  'Văn bản hợp nhất',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Chỉ thị',
  'Kết luận',
  'Quy chế',
  'Quy định',
  'Thông tri',
  'Thông tư',
  'Thông cáo',
  'Thông báo',
  'Hướng dẫn',
  'Chương trình',
  'Kế hoạch',
  'Phương án',
  'Đề án',
  'Dự án',
  'Báo cáo',
  'Biên bản',
  'Tờ trình',
  'Hợp đồng',
  'Công điện',
  'Công văn',
  'Giấy mời',
  'Giấy giới thiệu',
  'Giấy ủy quyền',
  'Bản ghi nhớ',
  'Bản thỏa thuận',
  'Luật',
  'Pháp lệnh',
  'Lệnh',
  'Đề cương',
  'Diễn văn',
  'Tham luận',
  'Lời kêu gọi',
  'Điều lệ',
  'Thư',
].sort((a, b) => b.length - a.length);

const BY_UPPER = new Map<string, string>(DOC_TYPES.map((t) => [t.toUpperCase(), t]));
// old tone placement and a few spellings seen in headings
BY_UPPER.set('BẢN THOẢ THUẬN', 'Bản thỏa thuận');
BY_UPPER.set('GIẤY UỶ QUYỀN', 'Giấy ủy quyền');

const QUALIFIED = new RegExp(
  `^(${[...BY_UPPER.keys()].join('|')}) (?:TỔNG KẾT|SƠ KẾT|TÓM TẮT|LIÊN TỊCH|LIÊN NGÀNH|CHÍNH TRỊ|GIẢI TRÌNH|THẨM TRA|THẨM ĐỊNH|PHỐI HỢP|KIỂM ĐIỂM|CÔNG TÁC|NHANH|ĐỊNH KỲ|CHUYÊN ĐỀ|LÀM VIỆC|KIỂM TRA|GIÁM SÁT|KIỂM TRA, GIÁM SÁT|TỔNG HỢP|ĐÁNH GIÁ|KHAI MẠC|BẾ MẠC|CHÚC MỪNG|KÊU GỌI|THĂM HỎI|CẢM ƠN|THAM LUẬN|NGHIỆP VỤ)$`,
  'u',
);

/** A `\s` character (the set `collapseWs` collapses): whitespace or a BOM. */
function isBlank(c: number): boolean {
  return isSpace(c) || c === 0xfeff;
}

/**
 * Whether `line` has more than `limit` characters that are neither whitespace nor `*` before its
 * first `(` (or in all of it).
 */
function keepsMoreThan(line: string, limit: number): boolean {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x28) return false;
    if (c !== 0x2a && !isBlank(c) && ++n > limit) return true;
  }
  return false;
}

/**
 * The normal-capitalisation type when `line` is a type heading: an upper-case line equal to a type
 * name, optionally wrapped in markdown emphasis, letter-spaced (`K Ế H O Ạ C H`) or followed by a
 * short qualifier in brackets (`BÁO CÁO (Dự thảo)`).
 */
export function docTypeOfHeading(line: string): string | null {
  // a paragraph is no heading: over 40 characters that collapsing and markdown stripping keep, before
  // any `(…)` the next step may drop, settle it without building the collapsed copy
  if (keepsMoreThan(line, 40)) return null;
  let s = collapseWs(stripMarkdown(line));
  s = s.replace(/\s*\((?:dự thảo|DỰ THẢO|Dự thảo)[^)]*\)\s*$/u, '');
  if (s.length === 0 || s.length > 40) return null;
  const direct = BY_UPPER.get(s);
  if (direct) return direct;
  // a type with a qualifier: `BÁO CÁO TỔNG KẾT`, `KẾ HOẠCH LIÊN TỊCH`
  const q = QUALIFIED.exec(s);
  if (q) return BY_UPPER.get(q[1] ?? '') ?? null;
  // letter-spaced heading: every token one letter
  if (/^(?:\p{Lu}\s)+\p{Lu}$/u.test(s)) {
    const squeezed = s.replace(/\s+/g, '');
    for (const [upper, type] of BY_UPPER) {
      if (upper.replace(/\s+/g, '') === squeezed) return type;
    }
  }
  return null;
}

export interface TypeHeading {
  /** index in the line array */
  index: number;
  docType: string;
}

/**
 * The first type heading within the first `maxLines` lines. Body section headings such as
 * `I. KẾT QUẢ THỰC HIỆN` never equal a bare type name, so they do not match.
 */
export function findTypeHeading(lines: Lines, maxLines = 80): TypeHeading | null {
  const end = Math.min(lines.length, maxLines);
  for (let i = 0; i < end; i++) {
    const docType = docTypeOfHeading(lines.at(i) ?? '');
    if (docType) return { index: i, docType };
  }
  // Word's "all caps" formatting and legacy upper-case fonts (TCVN3 `.VnTimeH`) leave the heading in
  // lower or title case in the extracted text: a line that is exactly a type name near the top
  const top = Math.min(lines.length, 40);
  for (let i = 0; i < top; i++) {
    const line = lines.at(i) ?? '';
    if (line.length > 40) continue;
    const docType = docTypeOfHeading(line.toUpperCase());
    if (docType && !/[.,;:]/u.test(line)) return { index: i, docType };
  }
  return null;
}
