import { baseLetters } from './base-letters.ts';
import { entityText, entityTextOf, type TextFacts } from './text-facts.ts';

/**
 * Documents referred to by name without a number (gold README `unnumberedRefs`): `Luật An ninh mạng`,
 * `Điều lệ Đảng`, `Cương lĩnh chính trị`, `Nghị quyết Đại hội XIII của Đảng`, `Chuyên đề … năm 2023 “…”`.
 * One entry per document, first-seen spelling, first letter capitalised, markdown `*` removed.
 */

const END = String.raw`(?![\p{L}\d])`;
const ROMAN = String.raw`[IVXL]{1,6}${END}`;
// the words after `Đại hội`: `XIII của Đảng`, `đại biểu Đảng bộ tỉnh lần thứ XVI`,
// `Đảng bộ các cấp nhiệm kỳ 2020 – 2025`
const CONGRESS_TAIL = String.raw`(?:[ ](?:đại biểu|toàn quốc|Đảng bộ|Đảng|các cấp|lần thứ|của|nhiệm kỳ|tỉnh|huyện|thành phố|xã|${ROMAN}|\d{4}[ ]?[-–][ ]?\d{4}${END})){0,12}`;
const STOP = String.raw`(?:về|của|các|và|theo|để|trong|tại|trên|đã|những|có|là|với|được|cho|đến|từ|khi|này|đó|nhằm|số|năm|ngày|hoặc|hay|thì|mà)${END}`;

// each pattern with the strings every match of it starts with (after the lookbehind): the text is
// scanned once for all of them and a pattern is tried, anchored, only where one of its own starts
// (see `findAll`). No string is the start of another.
export const REF_PATTERNS: ReadonlyArray<{ first: readonly string[]; re: RegExp }> = [
  {
    first: ['Nghị quyết Đại hội', 'Nghị quyết đại hội', 'Văn kiện Đại hội', 'Văn kiện đại hội'],
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:Nghị quyết|Văn kiện)[ ][Đđ]ại hội${CONGRESS_TAIL}`,
      'uy',
    ),
  },
  {
    first: ['Đề cương '],
    re: new RegExp(
      String.raw`(?<![\p{L}])Đề cương(?:[ ]\p{Ll}{1,10}){1,6}[ ]Đại hội${CONGRESS_TAIL}`,
      'uy',
    ),
  },
  {
    first: ['Chương trình hành động của '],
    re: new RegExp(
      String.raw`(?<![\p{L}])Chương trình hành động[ ]của[ ](?:Đảng bộ (?:tỉnh|huyện)(?:,[ ]Đảng bộ (?:tỉnh|huyện))?|Tỉnh ủy|Huyện ủy|Thành ủy|Ban Thường vụ (?:Tỉnh|Huyện|Thành) ủy|Chính phủ)(?:[ ]thực hiện[ ]Nghị quyết[ ]Đại hội${CONGRESS_TAIL})?(?![ ]số)`,
      'uy',
    ),
  },
  // `Chuyên đề … năm 2023`, optionally with its quoted name
  {
    first: ['Chuyên đề '],
    re: new RegExp(
      String.raw`(?<![\p{L}])Chuyên đề[ ][^“”"\n;.]{0,160}?năm[ ]\d{4}(?:[ ]“[^”\n]{1,400}”)?`,
      'uy',
    ),
  },
  {
    first: ['Chiến lược phát triển kinh tế', 'chiến lược phát triển kinh tế'],
    re: new RegExp(
      String.raw`(?<![\p{L}])[Cc]hiến lược phát triển kinh tế[ ]?[-–][ ]?xã hội(?:[ ]của đất nước)?(?:[ ]\d{1,2} năm)?(?:[ ]\d{4}[ ]?[-–][ ]?\d{4})?`,
      'uy',
    ),
  },
  // a law's name: whole words only (a comma only in the names that have one: `Thi đua, khen thưởng`,
  // `Phòng, chống …`, `Khám bệnh, chữa bệnh`, `sửa đổi, bổ sung`), and the words are taken atomically (lookahead + backreference),
  // so that `Luật Giao dịch điện tử số 20/2023/QH15` (numbered: a citation) is not shortened until
  // the `số` check passes (it gave `Luật Giao dịch điện t`)
  {
    first: ['Bộ luật ', 'Luật '],
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:Bộ luật|Luật)[ ]\p{Lu}\p{Ll}{0,10}(?!\p{L})(?=((?:(?:,[ ](?=(?:khen|chống|chữa|bổ)${END})|[ ])(?!${STOP})\p{L}{1,10}(?!\p{L})){0,5}))\1(?:[ ]năm[ ]\d{4})?(?![ ]?(?:số|\d))`,
      'uy',
    ),
  },
  {
    first: ['Điều lệ Đảng', 'điều lệ Đảng'],
    re: new RegExp(String.raw`(?<![\p{L}])[Đđ]iều lệ Đảng(?: Cộng sản Việt Nam)?`, 'uy'),
  },
  {
    first: ['Cương lĩnh chính trị', 'cương lĩnh chính trị'],
    re: new RegExp(String.raw`(?<![\p{L}])[Cc]ương lĩnh chính trị`, 'uy'),
  },
  { first: ['Hiến pháp'], re: new RegExp(String.raw`(?<![\p{L}])Hiến pháp(?: năm \d{4})?`, 'uy') },
];

// a surface ending with one of these words (or with whitespace) loses it in `clean`
const CLEAN_TAIL = /(?:[ ](?:của|lần thứ|nhiệm kỳ|và))+$/u;
const TAIL_WORDS = [' của', ' lần thứ', ' nhiệm kỳ', ' và'];
const SPACED = /\s\s|[^\S ]|^\s|\s$/u;

function clean(s: string): string {
  // (a match on the entity text has one space between words and none at its ends, and then only the
  // trailing words can change)
  const spaced = s.includes('*') || SPACED.test(s);
  if (spaced) return s.replace(/\*+/gu, '').replace(/\s+/gu, ' ').replace(CLEAN_TAIL, '').trim();
  // (CLEAN_TAIL only matches a string that ends with one of its words)
  return TAIL_WORDS.some((w) => s.endsWith(w)) ? s.replace(CLEAN_TAIL, '') : s;
}

// a base-letter string with none of these is its own key
const KEY_WORK = /cua|dai bieu|toan quoc|lan thu|nhiem ky|dang bo|\s\s|[^\S ]|^\s|\s$/;
// (module constants: tsx compiles a `\p{…}` literal into a `new RegExp` evaluated at each call;
// `replace` starts a global pattern from 0 whatever its lastIndex)
const KEY_FILLERS = /(?<![\p{L}])(?:cua|dai bieu|toan quoc|lan thu)(?![\p{L}])/gu;
const KEY_TERM = /(?<![\p{L}])nhiem ky\s+\d{4}\s*\d{4}/gu;
const KEY_DANG_BO = /(?<![\p{L}])dang bo(?![\p{L}])/gu;
const FILLER_WORDS = ['cua', 'dai bieu', 'toan quoc', 'lan thu'];

function identityKey(s: string): string {
  const base = baseLetters(s);
  if (!KEY_WORK.test(base)) return base;
  // (each pattern is run only when its words are there: without them it replaces nothing)
  let key = base;
  if (FILLER_WORDS.some((w) => key.includes(w))) key = key.replace(KEY_FILLERS, ' ');
  if (key.includes('nhiem ky')) key = key.replace(KEY_TERM, ' ');
  if (key.includes('dang bo')) key = key.replace(KEY_DANG_BO, 'dang');
  return key.replace(/\s+/g, ' ').trim();
}

// Short strings (or a long one) that `indexOf` finds far faster than the engine tries an alternation
// of words at every offset (it skips to a rare first letter); each first string contains one, and a
// hit is a first string only where the whole first string is written around it.
export const FIRST_ANCHORS: readonly string[] = [
  'ại hội',
  'Đề c',
  'Chương trình hành động của ',
  'Chuyê',
  'ợc phá',
  'ật ',
  'ều lệ',
  'ĩnh ch',
  'Hiến',
];

interface AnchoredFirst {
  /** a first string */
  word: string;
  /** where the anchor starts in it */
  offset: number;
  /** its pattern in REF_PATTERNS */
  pattern: number;
}

// each anchor with the first strings found by it (a first string without one is its own anchor)
const BY_ANCHOR = new Map<string, AnchoredFirst[]>();
REF_PATTERNS.forEach(({ first }, pattern) => {
  for (const word of first) {
    const anchor = FIRST_ANCHORS.find((a) => word.includes(a)) ?? word;
    const list = BY_ANCHOR.get(anchor) ?? [];
    list.push({ word, offset: word.indexOf(anchor), pattern });
    BY_ANCHOR.set(anchor, list);
  }
});
const ANCHORED = [...BY_ANCHOR];

/**
 * Where a first string of some pattern starts, in text order, with its pattern: every occurrence of
 * every first string (what a scan for their alternation finds trying each offset; no first string
 * starts another, so at most one starts at an offset).
 */
function firstStrings(text: string): Array<{ at: number; pattern: number }> {
  const hits: Array<{ at: number; pattern: number }> = [];
  for (const [anchor, words] of ANCHORED) {
    for (let a = text.indexOf(anchor); a !== -1; a = text.indexOf(anchor, a + 1)) {
      for (const { word, offset, pattern } of words) {
        const at = a - offset;
        if (at >= 0 && text.startsWith(word, at)) hits.push({ at, pattern });
      }
    }
  }
  return hits.length > 1 ? hits.sort((x, y) => x.at - y.at) : hits;
}

/**
 * Every pattern's matches as a global scan of it would find them (leftmost first, each next one from
 * the end of the previous): a pattern only matches where one of its first strings starts, so trying
 * it there, in text order, finds the same matches.
 */
export function findAll(text: string): Array<{ start: number; end: number; surface: string }> {
  const found: Array<{ start: number; end: number; surface: string }> = [];
  const reach = new Array<number>(REF_PATTERNS.length).fill(0);
  for (const { at, pattern: i } of firstStrings(text)) {
    const pattern = REF_PATTERNS[i];
    if (pattern && at >= (reach[i] ?? 0)) {
      pattern.re.lastIndex = at;
      const m = pattern.re.exec(text);
      if (m) {
        reach[i] = at + m[0].length;
        found.push({ start: at, end: at + m[0].length, surface: m[0] });
      }
    }
  }
  return found;
}

/**
 * Whether some line break follows a digit and a dash, with only spaces or tabs between (what the
 * `2021-\n2030` join needs; the line breaks are found by `indexOf`, faster than a regex scan).
 */
function hasBrokenRange(s: string): boolean {
  for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', nl + 1)) {
    let i = nl - 1;
    while (i > 0 && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x09)) i--;
    const dash = s.charCodeAt(i);
    const digit = s.charCodeAt(i - 1);
    if ((dash === 0x2d || dash === 0x2013) && digit >= 0x30 && digit <= 0x39) return true;
  }
  return false;
}

/** `facts`: see `TextFacts`. */
export function findUnnumberedRefs(input: string, facts?: TextFacts): string[] {
  const nfc = facts?.text === input ? input : input.normalize('NFC');
  const joined = hasBrokenRange(nfc) ? nfc.replace(/(\d[-–])[ \t]*\n\s*(?=\d)/gu, '$1') : nfc; // `2021-\n2030`
  const text = joined === nfc ? entityTextOf(nfc, facts) : entityText(joined);
  const found = findAll(text);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  const seen = new Set<string>();
  const seenSurfaces = new Set<string>(); // a spelling already read adds nothing new
  let reach = -1;
  for (const f of found) {
    if (f.start < reach) continue;
    reach = f.end;
    if (seenSurfaces.has(f.surface)) continue;
    seenSurfaces.add(f.surface);
    const read = readSurface(f.surface);
    if (!read || seen.has(read.key)) continue; // (null: one word)
    seen.add(read.key);
    out.push(read.name);
  }
  return out;
}

/** A surface as listed (`clean`, first letter capitalised) with its identity key; null: one word. */
function computeRead(surface: string): { name: string; key: string } | null {
  const cleaned = clean(surface);
  if (!cleaned.includes(' ')) return null;
  const name = cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
  return { name: copyOf(name), key: copyOf(identityKey(cleaned)) };
}

/**
 * A copy of `s` that is not a slice of a longer string (a slice keeps the whole string alive):
 * the concatenation is made flat when it is sliced, and the slice refers to that copy.
 */
function copyOf(s: string): string {
  return `${s}\u0000`.slice(0, -1);
}

/**
 * Surfaces already read, per surface as matched: documents name the same laws and resolutions again
 * and again. Bounded (cleared when full); the value is always {@link computeRead} of the key. Keys
 * and values are copies, not slices of a document's text (which they would keep alive).
 */
const READ_SURFACES = new Map<string, { name: string; key: string } | null>();

function readSurface(surface: string): { name: string; key: string } | null {
  let read = READ_SURFACES.get(surface);
  if (read === undefined) {
    read = computeRead(surface);
    if (READ_SURFACES.size >= 4096) READ_SURFACES.clear();
    READ_SURFACES.set(copyOf(surface), read);
  }
  return read;
}
