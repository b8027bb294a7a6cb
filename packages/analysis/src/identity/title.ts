import type { Lines } from './lines.ts';
import { collapseWs, isUpperLine, stripFootnoteMarks, stripMarkdown } from './text-utils.ts';

/**
 * The trích yếu: the line(s) after the type heading (gold README "title"), whitespace collapsed,
 * markdown emphasis and footnote markers removed.
 */

const BODY_START =
  /^(?:Căn\s+cứ|Kính\s+gửi|Kính\s+trình|Thực\s+hiện|Triển\s+khai|Để|Nhằm|Qua|Trong|Sau\s+khi|Ngày|Hôm\s+nay|Điều\s+\d|[IVX]{1,4}\.\s|\d{1,2}\.\s|[a-zđ]\)\s|-\s)/u;
const ISSUING_AUTHORITY =
  /^(?:CHỦ TỊCH|GIÁM ĐỐC|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|THƯỜNG TRỰC|HỘI ĐỒNG|ỦY BAN|UỶ BAN|BỘ TRƯỞNG|QUYẾT ĐỊNH|TRƯỞNG BAN)/u;
const RULE = /^[\s\-_=*─━—–.~]{2,}$|^\s*\*\s*$/u;

export function cleanTitle(s: string): string {
  return collapseWs(stripFootnoteMarks(stripMarkdown(s)));
}

/**
 * Title lines from `start` (the line after the heading): skips blank lines, then takes lines until a
 * blank line, a rule, an upper-case line (e.g. `QUYẾT ĐỊNH:`, an authority line) or the start of the
 * body (`Căn cứ`, `Kính gửi`, `I.`). At most `maxLines` lines.
 */
export function titleAfterHeading(
  lines: Lines,
  start: number,
  maxLines = 10,
  maxChars = 700,
): string | null {
  let i = start;
  while (i < lines.length && collapseWs(stripMarkdown(lines.at(i) ?? '')).length === 0) i++;
  const taken: string[] = [];
  for (; i < lines.length && taken.length < maxLines; i++) {
    const raw = (lines.at(i) ?? '').slice(0, 2_000);
    const line = collapseWs(stripMarkdown(raw));
    if (line.length === 0 && taken.length > 0) {
      // OCR and PDF paragraph spacing can split a title: a next line in lower case continues it
      let k = i + 1;
      while (k < lines.length && k < i + 3 && collapseWs(lines.at(k) ?? '').length === 0) k++;
      const next = collapseWs(stripMarkdown((lines.at(k) ?? '').slice(0, 2_000)));
      const last = collapseWs(taken[taken.length - 1] ?? '');
      if (/^[“"(]?\p{Ll}/u.test(next) && !/[.:;!?”"]$/u.test(last)) {
        i = k - 1;
        continue;
      }
      break;
    }
    if (line.length === 0 || RULE.test(raw)) break;
    if (taken.length > 0 && BODY_START.test(line)) break;
    if (taken.length > 0) {
      // an upper-case trích yếu continues in upper case; after a mixed-case one, an upper-case line
      // (`QUYẾT ĐỊNH:`, `CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN`) starts the body
      const upperTitle = isUpperLine(collapseWs(stripMarkdown(taken[0] ?? '')));
      if (isUpperLine(line) !== upperTitle) break;
      if (upperTitle && ISSUING_AUTHORITY.test(line)) break;
    }
    // `… ban hành Kế hoạch như sau:` opens the body
    if (taken.length > 0 && /:$/u.test(line)) break;
    if (taken.length === 0 && /^(?:Căn\s+cứ|Kính\s+gửi|I\.\s)/u.test(line)) break;
    if (taken.reduce((n, t) => n + t.length, 0) + line.length > maxChars) break;
    taken.push(raw);
  }
  if (taken.length === 0) return null;
  // a number split at a line end stays whole (`23-` / `KL/TW`)
  let joined = '';
  for (const t of taken) {
    const piece = t.trim();
    if (joined.length === 0) joined = piece;
    else joined = /\d[-/]$/u.test(joined) ? joined + piece : `${joined} ${piece}`;
  }
  const title = cleanTitle(joined);
  return title.length > 0 ? title : null;
}

/**
 * A news article's headline: the first substantial line that is not the publisher, a URL, a date or
 * a byline.
 */
export function headline(lines: Lines, skip: ReadonlySet<number>): string | null {
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    if (skip.has(i)) continue;
    const rawLine = lines.at(i) ?? '';
    if (rawLine.length > 1_000) continue;
    const line = collapseWs(stripMarkdown(rawLine));
    if (line.length < 15 || line.length > 300) continue;
    if (/^(?:https?:\/\/|www\.)/iu.test(line)) continue;
    if (/^(?:TM\.|T\/M|KT\.|K\/T|TL\.|T\/L|TUQ\.|Q\.)\s/u.test(line)) continue; // a signature line
    if (/^(?:Thứ\s|Ngày\s|\d{1,2}[/-]\d{1,2}[/-]\d{2,4})/u.test(line)) continue;
    if (/^(?:Bài|Ảnh|Tin|Nguồn)\s*(?:,\s*ảnh)?\s*:/u.test(line)) continue;
    // a headline wrapped by PDF extraction continues on a short next line (`… của Ban` / `Bí thư`)
    let full = line;
    for (let k = i + 1; k < Math.min(lines.length, i + 3); k++) {
      const next = collapseWs(stripMarkdown(lines.at(k) ?? ''));
      if (next.length === 0 || next.length >= 60 || /[.:!?]$/u.test(full)) break;
      if (full.length + next.length > 300) break;
      full = `${full} ${next}`;
    }
    return cleanTitle(full);
  }
  return null;
}
