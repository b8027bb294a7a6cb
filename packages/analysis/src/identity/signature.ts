import type { Signer } from '../types.ts';
import { TextLines, type Lines } from './lines.ts';
import { collapseWs, isUpperLine, stripMarkdown, titleCaseName } from './text-utils.ts';

/**
 * Signature block (vn-docs-spec §7.3): authority line(s) (`TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`),
 * position (`PHÓ CHỦ TỊCH`), optional placeholder (`(Đã ký)`), name. In two-column layouts the
 * recipient list sits beside it, so lines are split at column gaps and a trailing upper-case run is
 * peeled off recipient lines.
 */

export interface SignatureBlock {
  signer: Signer;
  /** every authority line of the block, top to bottom (`TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`) */
  authorities: string[];
  /** line index where the block starts */
  startLine: number;
}

export const MAX_BLOCK_LINE = 400;

const AUTHORITY = /^(?:TM\.|T\.M\.|T\/M|KT\.|K\.T\.|K\/T|Q\.|TL\.|T\/L|TUQ\.|TUQ|Q\/)\s{0,3}\S/u;

const LOWER_AUTHORITY = /^(?:tm\.|t\/m|kt\.|k\/t|q\.|tl\.|t\/l|tuq\.)\s{0,3}\p{Ll}/u;

const POSITION_WORDS =
  /^(?:PHÓ\s)?(?:CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|CHỦ NHIỆM|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|TỔNG BÍ THƯ|HIỆU TRƯỞNG|CHỈ HUY TRƯỞNG|TRƯỞNG CÔNG AN|CHÁNH THANH TRA|VIỆN TRƯỞNG|CHÁNH ÁN|THỦ TRƯỞNG|TRƯỞNG|CHI CỤC TRƯỞNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|GIÁM ĐỐC SỞ)/u;

const PLACEHOLDER = /^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký|chữ ký|Chữ ký)[^)]{0,40}\)?$|^\[.{0,40}\]$/u;

const SPLIT_PUNCT = ';:,.)';
// (regex literals with `\p{…}` are module constants: under tsx, one in a function is compiled to
// `new RegExp(…)` evaluated at each call)
const LOWER_CHAR = /\p{Ll}/u;
const UPPER_CHAR = /\p{Lu}/u;
const UPPER_FIRST = /^\p{Lu}/u;

/** Offset of the last lower-case letter in `s` (its first code unit), or -1. */
function lastLowerCase(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return i;
    if (c < 0x80) continue;
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      // a low surrogate: test the whole code point
      if (LOWER_CHAR.test(s.slice(i - 1, i + 1))) return i - 1;
      continue;
    }
    if (LOWER_CHAR.test(s.charAt(i))) return i;
  }
  return -1;
}

const COLUMN_GAP = /\s{3}|\t/;

const COLUMN_SPLIT = /\s{3,}|\t/u;

/** A line's column segments; a recipient line's trailing upper-case run is a separate segment. */
export function columnSegments(line: string): string[] {
  // a signature or recipient line is short; a long line is body text
  if (line.length > MAX_BLOCK_LINE) return [];
  const s = stripMarkdown(line).trim();
  if (s.length === 0) return [];
  // (a trimmed line without a column gap is its one part)
  const parts = COLUMN_GAP.test(s)
    ? s
        .split(COLUMN_SPLIT)
        .map((x) => x.trim())
        .filter((x) => x.length > 0)
    : [s];
  const out: string[] = [];
  for (const part of parts) {
    // `- Như trên; KT. CHỦ TỊCH` / `Nơi nhận: TM. ỦY BAN NHÂN DÂN` / `- Lưu: VT. PHÓ CHỦ TỊCH`:
    // the leftmost split after punctuation whose remainder is an upper-case signature run
    // the run has no lower-case letter, the left part has one: only offsets past the last lower-case
    // letter can split (most lines end in lower-case text and are skipped at once)
    let split = -1;
    const lastLower = lastLowerCase(part);
    for (let k = lastLower + 1; lastLower >= 0 && k < part.length - 1; k++) {
      if (!SPLIT_PUNCT.includes(part[k] ?? '') || part[k + 1] !== ' ') continue;
      const left = part.slice(0, k + 1);
      if (LOWER_CHAR.test(left) && isSignatureRun(part.slice(k + 2))) {
        split = k + 1;
        break;
      }
    }
    if (split > 0) out.push(part.slice(0, split).trim(), part.slice(split).trim());
    else out.push(part);
  }
  return out;
}

/**
 * `columnSegments(lines.at(i))`, computed once per line of a `TextLines` (the signature and recipient
 * scans read the same tail lines).
 */
export function lineSegments(lines: Lines, i: number): readonly string[] {
  if (!(lines instanceof TextLines)) return columnSegments(lines.at(i) ?? '');
  let segs = lines.segments[i];
  if (!segs) {
    segs = columnSegments(lines.at(i) ?? '');
    lines.segments[i] = segs;
  }
  return segs;
}

/** An upper-case run that belongs to the signature column, not to a recipient (`VT, TH.`). */
function isSignatureRun(run: string): boolean {
  const s = collapseWs(run);
  if (!isUpperLine(s)) return false;
  if (AUTHORITY.test(s) || POSITION_WORDS.test(s)) return true;
  return !/[,.;]/u.test(s) && s.split(' ').length >= 3;
}

const OFFICE =
  /(?<=^| )(?:PHÓ )?(?:CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CHỦ NHIỆM|VIỆN TRƯỞNG|CHÁNH ÁN|CHÁNH THANH TRA|HIỆU TRƯỞNG)(?= |$)/gu;

/** An office that ends the string (`… CHỦ TỊCH`). */
const OFFICE_AT_END = new RegExp(`${OFFICE.source}$`, 'u');

/**
 * An authority line broken by the PDF (`KT. CHỦ` / `TỊCH` / `PHÓ CHỦ TỊCH`): the authority joined with
 * `next` when an office runs over the break, `next` is no position and a position follows it; else
 * null.
 */
function wrappedAuthority(
  authority: string,
  next: string | undefined,
  after: string | undefined,
): string | null {
  if (next === undefined || after === undefined || next.length > 20) return null;
  const n = collapseWs(next);
  const p = collapseWs(after);
  if (!isUpperLine(n) || POSITION_WORDS.test(n) || isAuthority(n)) return null;
  if (!isUpperLine(p) || !POSITION_WORDS.test(p)) return null;
  const joined = `${authority} ${n}`;
  const office = OFFICE_AT_END.exec(joined);
  return office !== null && office.index < authority.length ? joined : null;
}

/** `[...body.matchAll(OFFICE)].map((m) => m.index)`, without matchAll's copy of the regex. */
function officeStarts(body: string): number[] {
  const out: number[] = [];
  OFFICE.lastIndex = 0;
  for (let m = OFFICE.exec(body); m; m = OFFICE.exec(body)) out.push(m.index);
  // (a failed exec leaves lastIndex at 0; no OFFICE match is empty)
  return out;
}

/**
 * Authority lines and the position run together on one extracted line
 * (`TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH`) → one segment each.
 */
function splitAuthorityLine(seg: string): string[] {
  if (!isAuthority(seg) || seg.length > 120) return [seg];
  const parts = seg.split(/ (?=(?:TM\.|T\/M|KT\.|K\/T|TL\.|T\/L|TUQ\.|Q\.) )/u);
  const out: string[] = [];
  for (const part of parts) {
    const prefix = /^(?:TM\.|T\.M\.|T\/M|KT\.|K\.T\.|K\/T|Q\.|TL\.|T\/L|TUQ\.|TUQ|Q\/)\s*/u.exec(
      part,
    );
    if (!prefix) {
      out.push(part);
      continue;
    }
    const body = part.slice(prefix[0].length);
    const offices = officeStarts(body);
    // `TM.`: the collective is no office, so the first office starts the position;
    // `KT.`/`TL.`/`TUQ.`: the first office is the authority's own, the second starts the position
    const collective = /^(?:TM\.|T\.M\.|T\/M)/u.test(prefix[0]);
    // (`BAN BÍ THƯ`, `BAN CHỦ NHIỆM` are the collective's own name: an office after `BAN` is no position)
    const at = collective
      ? offices.find((x) => x > 0 && !body.startsWith('BAN ', x - 4))
      : offices.find((x) => x > 0 && x !== offices[0]);
    if (at === undefined) out.push(part);
    else out.push(part.slice(0, prefix[0].length + at).trim(), body.slice(at).trim());
  }
  return out;
}

function isAuthority(seg: string): boolean {
  return AUTHORITY.test(seg) && isUpperLine(seg);
}

function looksLikeName(seg: string): boolean {
  const s = seg.trim();
  if (s.length < 4 || s.length > 45 || /[\d;:,()/]/u.test(s)) return false;
  const words = s.split(/\s+/u);
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => UPPER_FIRST.test(w));
}

function normaliseName(seg: string): string {
  const s = collapseWs(seg);
  return isUpperLine(s) ? titleCaseName(s) : s;
}

interface Segment {
  text: string;
  line: number;
}

/** A line's column segments, and whether each is all lower case (legacy upper-case fonts). */
interface RawSegment {
  text: string;
  allLower: boolean;
}

function rawSegments(segments: readonly string[]): RawSegment[] {
  return segments.map((text) => ({
    text,
    allLower: text.length <= 60 && !UPPER_CHAR.test(text) && LOWER_CHAR.test(text),
  }));
}

/**
 * The segments of lines `begin`… in reading order, authority lines split, where the legacy
 * lower-case state is off before `begin`.
 */
function flatten(
  raw: ReadonlyArray<RawSegment[] | undefined>,
  from: number,
  begin: number,
): Segment[] {
  const segs: Segment[] = [];
  let lowerBlock = false;
  for (let i = begin; i < from + raw.length; i++) {
    for (const { text, allLower } of raw[i - from] ?? []) {
      // legacy upper-case fonts (TCVN3 `.VnTimeH`) decode to lower case: `tm. ủy ban nhân dân`
      if (allLower && LOWER_AUTHORITY.test(text)) lowerBlock = true;
      else if (!allLower) lowerBlock = false;
      const upperText = lowerBlock && allLower ? text.toUpperCase() : text;
      for (const part of splitAuthorityLine(upperText)) segs.push({ text: part, line: i });
    }
  }
  return segs;
}

/** Index of the first segment of the last authority group, or -1. */
function lastAuthorityGroup(segs: readonly Segment[]): number {
  for (let k = segs.length - 1; k >= 0; k--) {
    const seg = segs[k];
    if (seg && isAuthority(seg.text)) {
      let start = k;
      while (start > 0 && isAuthority(segs[start - 1]?.text ?? '')) start--;
      return start;
    }
  }
  return -1;
}

/** The raw segments of line `i`, kept in `raw` (indexed from line `from`). */
function rawAt(
  raw: Array<RawSegment[] | undefined>,
  from: number,
  lines: Lines,
  i: number,
): RawSegment[] {
  return (raw[i - from] ??= rawSegments(lineSegments(lines, i)));
}

/**
 * The signature block near the end of the document, or null. `lines` is the whole document; the
 * search covers the last `window` lines, read from the end `chunk` lines first (the result does not
 * depend on `chunk`).
 */
export function findSignature(lines: Lines, window = 200, chunk = 8): SignatureBlock | null {
  const from = Math.max(0, lines.length - window);
  // The block starts at the last authority group of the window's segments. The lines are read from
  // the end in growing chunks: once a chunk holds an authority group with another segment before
  // it, earlier lines cannot change the result. A chunk starts where the legacy lower-case state
  // is off: at `from`, or after a segment that is not all lower case.
  const raw: Array<RawSegment[] | undefined> = new Array<RawSegment[] | undefined>(
    lines.length - from,
  );
  let segs: Segment[] = [];
  let start = -1;
  let begin = lines.length;
  for (let size = Math.max(1, chunk); begin > from; size *= 2) {
    begin = Math.max(from, Math.min(begin - 1, lines.length - size));
    for (let j = begin - 1; j >= from; j--) {
      const before = rawAt(raw, from, lines, j);
      if (before.length === 0) continue;
      if (!(before[before.length - 1]?.allLower ?? false)) break;
      begin = j; // the state after an all-lower-case segment depends on the lines above it
    }
    for (let i = begin; i < lines.length; i++) rawAt(raw, from, lines, i);
    segs = flatten(raw, from, begin);
    start = lastAuthorityGroup(segs);
    if (start > 0) break;
  }
  // no authority group (`segs` holds the whole window): a bare position line followed by a name,
  // the next segment that is not a placeholder or a list item
  if (start < 0) {
    let next: Segment | undefined;
    for (let k = segs.length - 1; k >= 0; k--) {
      const seg = segs[k];
      if (!seg) continue;
      if (
        isUpperLine(seg.text) &&
        POSITION_WORDS.test(collapseWs(seg.text)) &&
        next &&
        looksLikeName(next.text)
      ) {
        start = k;
        break;
      }
      if (!PLACEHOLDER.test(seg.text) && !/^[-–•+]/u.test(seg.text)) next = seg;
    }
    if (start < 0) return null;
  }
  const authorities: string[] = [];
  let k = start;
  while (k < segs.length && isAuthority(segs[k]?.text ?? '')) {
    authorities.push(collapseWs(segs[k]?.text ?? ''));
    k++;
  }
  const lastAuthority = authorities[authorities.length - 1];
  if (lastAuthority !== undefined) {
    const joined = wrappedAuthority(lastAuthority, segs[k]?.text, segs[k + 1]?.text);
    if (joined !== null) {
      authorities[authorities.length - 1] = joined;
      k++;
    }
  }
  let position: string | null = null;
  let name: string | null = null;
  for (; k < segs.length; k++) {
    // a placeholder may follow the name on its line: `Nguyễn Văn An (đã ký)`
    const collapsed = collapseWs(segs[k]?.text ?? '');
    const text =
      collapsed.includes('(') || collapsed.includes('[')
        ? collapsed.replace(/(\S)\s*[([]\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)[^)\]]{0,40}[)\]]$/u, '$1')
        : collapsed;
    if (PLACEHOLDER.test(text) || /^[-–•+]/u.test(text) || /^Nơi nhận/iu.test(text)) continue;
    if (position === null && isUpperLine(text)) {
      position = text;
      continue;
    }
    if (looksLikeName(text)) {
      name = normaliseName(text);
      break;
    }
    if (position !== null && isUpperLine(text) && UPPER_CHAR.test(text)) {
      // a name printed in capitals
      if (
        text.split(' ').length >= 2 &&
        text.split(' ').length <= 6 &&
        !POSITION_WORDS.test(text)
      ) {
        name = normaliseName(text);
        break;
      }
    }
  }
  const authority = authorities.length > 0 ? (authorities[authorities.length - 1] ?? null) : null;
  // an acting head signs with one line (`Q. GIÁM ĐỐC`): the position is the office itself
  if (position === null && authority !== null && /^Q[./]\s*/u.test(authority)) {
    position = authority.replace(/^Q[./]\s*/u, '');
  }
  return {
    signer: { name, position, authority },
    authorities,
    startLine: segs[start]?.line ?? from,
  };
}
