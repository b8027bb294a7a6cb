import type { TextFacts } from './text-facts.ts';

/**
 * Administrative places named in a text (vn-docs-spec §8.1, §8.2): tỉnh, thành phố, huyện, quận, thị
 * xã, xã, phường, thị trấn, each once in its fullest written form.
 */

export type LocalityLevel =
  'tỉnh' | 'thành phố' | 'huyện' | 'quận' | 'thị xã' | 'xã' | 'phường' | 'thị trấn';

export interface LocalityMention {
  /** null when only the name is written (`Huyện ủy Ngọc Hồi` → `Ngọc Hồi`) */
  level: LocalityLevel | null;
  /** the level a bare name implies (`Huyện ủy X` → huyện) */
  impliedLevel: LocalityLevel | null;
  name: string;
  /** as written: `huyện Ia H'Drai`, or the bare name */
  surface: string;
  index: number;
  /** the name is followed by a line break (it may continue on the next line) */
  atLineEnd: boolean;
}

// One name part: a capitalised syllable (apostrophes/hyphens inside: `H'Drai`), a bounded length, and
// not followed by another letter (so `HỘI` is not read as `H`), or a number up to three digits.
export const NP = String.raw`(?:\p{Lu}(?:\p{Ll}|['’]\p{Lu}|-\p{L}){0,14}(?![\p{L}'’])|\d{1,3}(?![\d/]))`;
export const NAME = String.raw`${NP}(?:[ ]${NP}){0,3}`;
// A level word (either case of its first letter). That it is not preceded by a letter or digit is
// tested on each match (`execAtWordStart`), not by a lookbehind in the pattern: a `[\p{L}\d]`
// lookbehind per word made the compiled patterns of this file several times larger (≈ 50,000
// machine instructions each), and code that large slows the other scans of `analyze()` as well.
function levelWord(word: string): string {
  const first = word.charAt(0);
  return `[${first}${first.toUpperCase()}]${word.slice(1)}`;
}
const LEVEL = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường']
  .map(levelWord)
  .join('|');
// Between two parts of a levelled name in the text: a space, or a soft line wrap as `foldText` reads
// one (a line break with at most one space or tab of indent after it; a blank line or a deeper indent
// starts a paragraph) after a full line (see WRAPPED_LINE_MIN). PDF text wraps lines inside names:
// `Ủy ban nhân dân tỉnh Lai\nChâu` is `Lai Châu`.
const GAP = String.raw`(?:[ ]|[ \t]{0,10}\r?\n[ \t]?)`;
const SOFT_WRAP = /[ \t]*\r?\n[ \t]?/g;
const NAME_IN_TEXT = String.raw`${NP}(?:${GAP}${NP}){0,3}`;
// Party committees carry the place name: `Huyện ủy Tam Đường`, `Tỉnh ủy Kon Tum`.
// Across a line break only a name of two or more words counts (`Huyện ủy\n\nNgọc Hồi`), so that a
// paragraph starting with one capitalised word (`Huyện ủy\nTăng cường …`) is not read as a place.
export const NAME2 = String.raw`${NP}(?:[ ]${NP}){1,3}`;
/** The Party committees of a place, both tone spellings (`Huyện ủy`, `Huyện uỷ`). */
export const PLACE_COMMITTEES: readonly string[] = [
  'Tỉnh ủy',
  'Tỉnh uỷ',
  'Huyện ủy',
  'Huyện uỷ',
  'Thành ủy',
  'Thành uỷ',
  'Thị ủy',
  'Thị uỷ',
  'Quận ủy',
  'Quận uỷ',
];
// (the committee word not preceded by a letter or digit: tested on each match, as for LEVEL)
const RE_COMMITTEE = new RegExp(
  String.raw`(${PLACE_COMMITTEES.join('|')})(?:[ ]{1,2}(${NAME})|\s{1,6}(${NAME2}))`,
  'gu',
);

const COMMITTEE_LEVEL: Record<string, LocalityLevel> = {
  tỉnh: 'tỉnh',
  huyện: 'huyện',
  thành: 'thành phố',
  thị: 'thị xã',
  quận: 'quận',
};

// Words that start with a capital but do not name a place when they follow a level noun.
const NOT_NAMES = new Set([
  'Ủy',
  'Uỷ',
  'Đảng',
  'Ban',
  'Về',
  'Và',
  'Trong',
  'Tại',
  'Theo',
  'Năm',
  'Lần',
  'Khóa',
  'Nhân',
  'Thực',
  'Trên',
]);

function cleanName(raw: string): string | null {
  // (usually neither end word is one of NOT_NAMES and the name is `raw`)
  const firstEnd = raw.indexOf(' ');
  const first = firstEnd === -1 ? raw : raw.slice(0, firstEnd);
  if (!NOT_NAMES.has(first) && !NOT_NAMES.has(raw.slice(raw.lastIndexOf(' ') + 1))) {
    return isDigit(raw.charCodeAt(0)) ? null : raw;
  }
  const words = raw.split(' ');
  // drop trailing words that are sentence starts rather than names
  while (words.length > 0 && NOT_NAMES.has(words[words.length - 1] ?? '')) words.pop();
  if (words.length === 0 || NOT_NAMES.has(words[0] ?? '')) return null;
  const name = words.join(' ');
  if (isDigit(name.charCodeAt(0))) return null; // numbered sub-units belong to thôn/tổ, not to these levels
  return name;
}

/** An ASCII digit (what `\d` matches without the `u` flag). */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Whether a line break follows `at` after spaces or tabs, within 8 code units: what
 * `/^[ \t]*\r?\n/u.test(text.slice(at, at + 8))` tells, without the copy.
 */
export function lineEndsAt(text: string, at: number): boolean {
  const end = Math.min(text.length, at + 8);
  let i = at;
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (i < end && text.charCodeAt(i) === 0x0d) i++;
  return i < end && text.charCodeAt(i) === 0x0a;
}

// A line broken inside a name is a full line (a soft wrap at the right margin); a short line ends a
// paragraph, in text where paragraphs are not indented: `của UBND tỉnh Kon Tum\nCăn cứ …`.
const WRAPPED_LINE_MIN = 60;

/** How much of a name matched at `at` to keep: up to the first line break that ends a short line. */
function wrappedLength(text: string, at: number, raw: string): number {
  for (let nl = raw.indexOf('\n'); nl !== -1; nl = raw.indexOf('\n', nl + 1)) {
    const lineStart = text.lastIndexOf('\n', at + nl - 1) + 1;
    if (at + nl - lineStart < WRAPPED_LINE_MIN) return raw.slice(0, nl).trimEnd().length;
  }
  return raw.length;
}

/** A name as matched, its parts maybe across a soft wrap, with one space between parts. */
function joinWrapped(raw: string): string {
  return raw.includes('\n') ? raw.replace(SOFT_WRAP, ' ') : raw;
}

/** The length in `raw` (as matched) of its first parts that make `name`. */
function lengthIn(raw: string, name: string): number {
  if (!raw.includes('\n')) return name.length;
  const parts = name.split(' ').length;
  let end = 0;
  let k = 0;
  for (const part of raw.matchAll(/\S+/g)) {
    end = part.index + part[0].length;
    if (++k === parts) break;
  }
  return end;
}

// Upper-case header lines (`HUYỆN IA H'DRAI`, `ỦY BAN NHÂN DÂN TỈNH KON TUM`): a level word in capitals
// and a name in capitals that ends its line or column (a line break or a gap of two spaces:
// `HUYỆN IA H'DRAI     Độc lập`), read title-cased (vn-docs-spec §8.2). A capitals sentence
// (`… CỦA HUYỆN ĐÃ TRIỂN KHAI …`) is not read; `XÃ HỘI` is not a commune; a word that is not a name
// (`ỦY`, `NĂM`, `VỀ` …) ends the name.
const UPPER_LEVEL = [
  'TỈNH',
  'THÀNH PHỐ',
  'HUYỆN',
  'QUẬN',
  'THỊ XÃ',
  'THỊ TRẤN',
  'XÃ',
  'PHƯỜNG',
].join('|');
const UPPER_WORD = String.raw`\p{Lu}(?:\p{Lu}|['’]\p{Lu}|-\p{Lu}){0,14}(?![\p{L}\d'’])`;
// One scan for both forms (a mixed-case and a capitals match never overlap, nor start at one place:
// the scan finds what two separate scans would): groups 1–2 level and name, 3–4 in capitals.
const RE_PLACE = new RegExp(
  String.raw`(${LEVEL})\s(${NAME_IN_TEXT})|(${UPPER_LEVEL})[ ](?!HỘI(?![\p{L}\d]))(${UPPER_WORD}(?:[ ]${UPPER_WORD}){0,3})(?=[ \t]{2}|[ \t]*(?:\r?\n|$))`,
  'gu',
);

// words of a capitals sentence that end a name read from capitals (besides NOT_NAMES)
const UPPER_STOP = new Set([
  'Đã',
  'Đang',
  'Sẽ',
  'Có',
  'Là',
  'Được',
  'Đến',
  'Cho',
  'Của',
  'Các',
  'Những',
  'Với',
  'Để',
  'Khi',
  'Này',
  'Đó',
  'Nhằm',
  'Thực',
  'Triển',
  'Tổ',
  'Báo',
  'Giải',
  'Tăng',
  'Phối',
  'Đảm',
  'Lãnh',
  'Chỉ',
  'Qua',
  'Vào',
  'Sau',
  'Trước',
  'Đối',
  'Gồm',
  'Hoặc',
  'Đoàn', // `HUYỆN ĐOÀN CHƯ SÊ` is the Youth Union of the district
]);

// (the patterns with `\p{…}` used per match are module constants: tsx compiles such a literal into a
// `new RegExp` evaluated at each call)
const WORD_PART_START = /(^|[ '’-])(\p{Ll})/gu;
const CAC_BEFORE = /(?:^|[^\p{L}])[Cc](?:ÁC|ác) $/u;
const LOWER_AFTER_SPACE = /^ \p{Ll}/u;

/** `IA H'DRAI` → `Ia H'Drai`: each word and each part after an apostrophe or hyphen capitalised. */
function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .replace(
      WORD_PART_START,
      (_m, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

const LEVELS: readonly LocalityLevel[] = [
  'tỉnh',
  'thành phố',
  'huyện',
  'quận',
  'thị xã',
  'xã',
  'phường',
  'thị trấn',
];
// the level of each spelling of a level word that RE_PLACE matches (`huyện`, `Huyện`, `HUYỆN`)
const LEVEL_OF = new Map<string, LocalityLevel>(
  LEVELS.flatMap((level): Array<[string, LocalityLevel]> => [
    [level, level],
    [level.charAt(0).toUpperCase() + level.slice(1), level],
    [level.toUpperCase(), level],
  ]),
);

function normLevel(s: string): LocalityLevel {
  return LEVEL_OF.get(s) ?? (s.toLowerCase() as LocalityLevel);
}

/** The mention of a capitals match of RE_PLACE (groups 3–4), or null. */
function upperMention(text: string, m: RegExpExecArray): LocalityMention | null {
  // `CÁC XÃ` is every commune, not one
  if (CAC_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) return null;
  const words = titleCase(m[4] ?? '').split(' ');
  const stop = words.findIndex((w) => NOT_NAMES.has(w) || UPPER_STOP.has(w));
  const name = (stop === -1 ? words : words.slice(0, stop)).join(' ');
  if (!name) return null;
  const level = normLevel(m[3] ?? '');
  const after = m.index + (m[3] ?? '').length + 1 + name.length;
  return {
    level,
    impliedLevel: level,
    name,
    surface: `${level} ${name}`,
    index: m.index,
    atLineEnd: lineEndsAt(text, after),
  };
}

// a letter or digit (a whole code point) that ends a string
const LETTER_OR_DIGIT_END = /[\p{L}\d]$/u;

/** Whether a letter or digit ends right before `at` (what `(?<![\p{L}\d])` at `at` rejects). */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT_END.test(text.slice(Math.max(0, at - 2), at));
}

/**
 * The next match of a global pattern whose every alternative starts with a word that must not follow
 * a letter or digit: a match after one is skipped and the scan goes on from the next position, which
 * is what a lookbehind at the start of each alternative would do (all of them test the same place).
 */
function execAtWordStart(re: RegExp, text: string): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!letterOrDigitBefore(text, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

// the committee words by their last syllable's first letter: `ủ` of `ủy`, `ỷ` of `uỷ`
const COMMITTEE_HEADS = ['Tỉnh', 'Huyện', 'Thành', 'Thị', 'Quận'];
const RE_COMMITTEE_AT = new RegExp(RE_COMMITTEE.source, 'uy');

/** Where a committee word (`PLACE_COMMITTEES`) whose `ủy`/`uỷ` starts at `at` starts, or -1. */
function committeeStart(text: string, at: number): number {
  if (text.charCodeAt(at - 1) !== 0x20) return -1;
  for (const head of COMMITTEE_HEADS) {
    const start = at - 1 - head.length;
    if (start >= 0 && text.startsWith(head, start)) return start;
  }
  return -1;
}

/**
 * Whether a name of RE_COMMITTEE may follow a committee word that ends at `at`: whitespace (at most
 * six), then a capital or digit. False only when that cannot be (a code unit outside ASCII is left
 * to the pattern): most committee words are followed by lower-case text (`Huyện ủy về …`).
 */
export function nameMayFollow(text: string, at: number): boolean {
  let i = at;
  for (; i < at + 6 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return true;
    if (c !== 0x20 && (c < 0x09 || c > 0x0d)) break;
  }
  if (i === at || i >= text.length) return false; // no whitespace, or the text ends
  const c = text.charCodeAt(i);
  return c >= 0x80 || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * The matches of RE_COMMITTEE that `execAtWordStart` finds one after the other from the start (a
 * global scan's, without those after a letter or digit). Every match starts with a committee word,
 * which contains `ủy` or `uỷ`: those are found with `indexOf` (rare letters, a fast search instead of
 * the pattern tried at every offset), and the pattern is tried, anchored, where their words start, in
 * text order, each from the end of the last match taken, as the global scan would.
 */
function committeeMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let reach = 0;
  let a = text.indexOf('ủy');
  let b = text.indexOf('ỷ'); // `uỷ`: the `u` before it is checked below
  while (a !== -1 || b !== -1) {
    let at: number;
    if (b === -1 || (a !== -1 && a < b - 1)) {
      at = a;
      a = text.indexOf('ủy', a + 1);
    } else {
      at = b - 1;
      b = text.indexOf('ỷ', b + 1);
      if (text.charCodeAt(at) !== 0x75) continue; // not `uỷ`
    }
    const start = committeeStart(text, at);
    if (start < reach || start === -1 || !nameMayFollow(text, at + 2)) continue;
    RE_COMMITTEE_AT.lastIndex = start;
    const m = RE_COMMITTEE_AT.exec(text);
    if (!m || letterOrDigitBefore(text, start)) continue;
    out.push(m);
    reach = start + m[0].length;
  }
  return out;
}

/** Every place mention in text order (levelled forms and place names inside committee names). */
export function findLocalityMentions(text: string): LocalityMention[] {
  const out: LocalityMention[] = [];
  RE_PLACE.lastIndex = 0;
  for (let m = execAtWordStart(RE_PLACE, text); m; m = execAtWordStart(RE_PLACE, text)) {
    if (m[1] === undefined) {
      const upper = upperMention(text, m);
      if (upper) out.push(upper);
      continue;
    }
    let raw = m[2] ?? '';
    const nameAt = m.index + m[1].length + 1;
    if (raw.includes('\n')) {
      const kept = wrappedLength(text, nameAt, raw);
      if (kept < raw.length) {
        raw = raw.slice(0, kept);
        RE_PLACE.lastIndex = nameAt + kept; // where the scan goes on without the wrap
      }
    }
    const name = cleanName(joinWrapped(raw));
    if (!name) continue;
    const level = normLevel(m[1]);
    const after = nameAt + lengthIn(raw, name);
    out.push({
      level,
      impliedLevel: level,
      name,
      surface: `${m[1]} ${name}`,
      index: m.index,
      atLineEnd: lineEndsAt(text, after),
    });
  }
  for (const m of committeeMatches(text)) {
    const name = cleanName(m[2] ?? m[3] ?? '');
    if (!name) continue;
    // one capitalised word followed by lower-case text starts a sentence (`Huyện ủy Tăng cường …`)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (!name.includes(' ') && LOWER_AFTER_SPACE.test(after)) continue;
    const head = (m[1] ?? '').split(' ')[0]?.toLowerCase() ?? '';
    const impliedLevel = COMMITTEE_LEVEL[head] ?? null;
    const nameAt = m.index + (m[0] ?? '').indexOf(name);
    const afterName = nameAt + name.length;
    out.push({
      level: null,
      impliedLevel,
      name,
      surface: name,
      index: nameAt,
      atLineEnd: lineEndsAt(text, afterName),
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** `findLocalityMentions(text)`, from `facts` when they describe this very text. */
export function localityMentionsOf(text: string, facts?: TextFacts): readonly LocalityMention[] {
  return facts?.localityMentions !== undefined && facts.text === text
    ? facts.localityMentions
    : findLocalityMentions(text);
}

/** Name identity: diacritics kept, apostrophe style and case ignored. */
export function placeKey(name: string): string {
  if (!name.includes('’') && !name.includes('‘')) return name.toLowerCase();
  return name.replace(/[’‘]/g, "'").toLowerCase();
}

/**
 * Distinct places in order of first appearance, each in its fullest written form: `huyện Ia H'Drai`
 * when some occurrence writes the level, the bare name (`Ngọc Hồi`) when none does. `facts`: see
 * `TextFacts`.
 */
export function findLocalities(text: string, facts?: TextFacts): string[] {
  const mentions = localityMentionsOf(text, facts);
  const order: string[] = [];
  const best = new Map<string, LocalityMention>();
  const keys = mentions.map((mention) => placeKey(mention.name));
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k]!;
    const key = keys[k]!;
    const prev = best.get(key);
    if (!prev) {
      order.push(key);
      best.set(key, mention);
    } else if (prev.level === null && mention.level !== null) {
      best.set(key, mention);
    }
  }
  // one entry per name; a second levelled form of the same name with another level
  // (`thành phố Kon Tum` beside `tỉnh Kon Tum`) is a different place
  const out: string[] = [];
  const seen = new Set<string>();
  for (const key of order) {
    const m = best.get(key);
    if (!m) continue;
    // a bare name cut short by a line or page break (`Huyện ủy Tam` … `Đường`) is dropped when it is
    // the start of a longer known name; so is a levelled name cut at a line end (`tỉnh Kon` / `Tum`)
    if (!m.level || m.atLineEnd) {
      const longer = `${key} `;
      if (order.some((other) => other.startsWith(longer))) continue;
    }
    out.push(m.level ? m.surface : m.name);
    seen.add(`${m.level ?? ''}|${key}`);
  }
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k]!;
    if (!mention.level) continue;
    const key = keys[k]!;
    const chosen = best.get(key);
    if (
      chosen &&
      chosen.level &&
      chosen.level !== mention.level &&
      !seen.has(`${mention.level}|${key}`)
    ) {
      seen.add(`${mention.level}|${key}`);
      out.push(mention.surface);
    }
  }
  return out;
}
