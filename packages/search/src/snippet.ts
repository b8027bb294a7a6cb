/**
 * Highlighted snippets computed here rather than by Meilisearch: its crop/highlight tokenizes the
 * whole stored text of every hit and was ~90 % of its time per search (BENCHMARKS.md "Search").
 * Matching follows the index for what users see: case-, diacritic- and `đ`-insensitive, prefix on
 * the last query word (not on numbers). One precompiled regular expression scans the (NFC) text,
 * so the cost is a single pass per hit. The output is HTML: escaped text with only `<mark>` tags.
 */
import { escapeHtml } from './escape.ts';

/** `Đảng` → `dang`: NFD, marks removed, đ → d, lower case (charabia's folding, vn-docs-spec §11.2). */
export function foldToken(token: string): string {
  return token
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase();
}

/** Every NFC spelling of a folded letter (the `i` flag adds the capitals). */
const VARIANTS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function letterPattern(ch: string): string {
  const variants = VARIANTS[ch];
  return variants === undefined ? escapeRegExp(ch) : `[${variants}]`;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * A regular expression matching the query words in NFC text, or null for no words. It has no
 * word-boundary lookarounds (a lookbehind tried at every position of the text doubled the time
 * of a snippet): callers check the boundaries with `atWordBoundaries`.
 */
export function queryPattern(q: string): RegExp | null {
  const words = [...new Set([...q.matchAll(WORD)].map((m) => foldToken(m[0])))].filter(
    (w) => w.length > 0,
  );
  if (words.length === 0) return null;
  const last = words.at(-1) ?? '';
  const prefixLast = /\p{L}/u.test(last) && !/\s$/.test(q);
  const alternatives = words
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const body = [...w].map(letterPattern).join('');
      return w === last && prefixLast ? `${body}[\\p{L}\\p{M}\\p{N}]*` : body;
    });
  return new RegExp(alternatives.join('|'), 'giu');
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True when text[start, end) is not preceded nor followed by a letter, mark or digit. */
export function atWordBoundaries(text: string, start: number, end: number): boolean {
  if (start > 0) {
    // the whole code point before `start` (a low surrogate ends a pair)
    const low = text.charCodeAt(start - 1);
    const from = low >= 0xdc00 && low <= 0xdfff && start > 1 ? start - 2 : start - 1;
    if (WORD_CHAR.test(text.slice(from, start))) return false;
  }
  if (end < text.length) {
    const cp = text.codePointAt(end) ?? 0;
    if (WORD_CHAR.test(String.fromCodePoint(cp))) return false;
  }
  return true;
}

/** A span of the text to mark whatever the query words are (a cited act's surface). */
export interface MarkedRange {
  start: number;
  end: number;
  /** what the span stands for (an act key): distinct keys count as distinct matched words */
  key: string;
}

export interface SnippetOptions {
  /** approximate snippet length in characters */
  chars?: number;
  /** spans to mark besides the query words (citation surfaces); invalid spans are ignored */
  ranges?: readonly MarkedRange[];
}

/** A stored citation, as far as snippets read it. */
export interface CitationSpan {
  key: string;
  start: number;
  end: number;
}

/**
 * Where the text names one of `keys`: the stored offsets of its citations of those acts; for
 * the act's own document (its own number is one of `keys`), the places its number is written.
 * At most `max` spans.
 */
export function citationRanges(
  text: string,
  citations: readonly CitationSpan[],
  keys: readonly string[],
  ownNumber: string | null,
  max = 50,
): MarkedRange[] {
  if (keys.length === 0) return [];
  const wanted = new Set(keys);
  const out: MarkedRange[] = [];
  for (const c of citations) {
    if (out.length >= max) break;
    if (!wanted.has(c.key)) continue;
    if (!Number.isInteger(c.start) || !Number.isInteger(c.end)) continue;
    if (c.start < 0 || c.end > text.length || c.start >= c.end) continue;
    out.push({ start: c.start, end: c.end, key: c.key });
  }
  if (out.length === 0 && ownNumber !== null && wanted.has(ownNumber)) {
    const literal = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(ownNumber)}(?![\\p{L}\\p{N}])`,
      'giu',
    );
    for (const m of text.matchAll(literal)) {
      out.push({ start: m.index, end: m.index + m[0].length, key: ownNumber });
      if (out.length >= max) break;
    }
  }
  return out;
}

function cutAtSpace(text: string, from: number, forward: boolean): number {
  if (from <= 0) return 0;
  if (from >= text.length) return text.length;
  if (forward) {
    const i = text.indexOf(' ', from);
    return i < 0 ? text.length : i;
  }
  const i = text.lastIndexOf(' ', from);
  return i < 0 ? 0 : i + 1;
}

/** Bounded memo (cleared when full): the same query is snippeted for every hit of a page. */
function memo<V>(max: number, compute: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= max) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** queryPattern per query (a RegExp with `g` is stateful only through lastIndex, which matchAll copies). */
const patternOf = memo(256, queryPattern);
/** the folded key of a matched spelling (`Tuyên` → `tuyen`) */
const foldedOf = memo(4096, foldToken);

/**
 * The window of about `chars` characters with the most distinct matched words (then the most
 * matches, then the earliest), as HTML with matches wrapped in `<mark>`.
 */
export function makeSnippet(text: string, q: string, options: SnippetOptions = {}): string {
  const size = options.chars ?? 220;
  const pattern = patternOf(q);
  let matches: MarkedRange[] = [];
  if (pattern !== null) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (!atWordBoundaries(text, m.index, end)) continue;
      matches.push({ start: m.index, end, key: foldedOf(m[0]) });
    }
  }
  const ranges = (options.ranges ?? []).filter(
    (r) =>
      Number.isInteger(r.start) &&
      Number.isInteger(r.end) &&
      r.start >= 0 &&
      r.end <= text.length &&
      r.start < r.end,
  );
  if (ranges.length > 0) {
    // ranges first at equal starts; a match overlapping an earlier kept one is dropped
    const all = [...ranges.map((r) => ({ ...r, key: `\u0000${r.key}` })), ...matches].sort(
      (a, b) => a.start - b.start || b.end - a.end,
    );
    matches = [];
    let end = 0;
    for (const m of all) {
      if (m.start < end) continue;
      matches.push(m);
      end = m.end;
    }
  }
  let from = 0;
  if (matches.length > 0) {
    const counts = new Map<string, number>();
    let distinct = 0;
    let bestScore = -1;
    let left = 0;
    for (let right = 0; right < matches.length; right++) {
      const add = matches[right];
      if (add === undefined) continue;
      const n = (counts.get(add.key) ?? 0) + 1;
      counts.set(add.key, n);
      if (n === 1) distinct += 1;
      while ((matches[left]?.start ?? 0) < add.end - size) {
        const drop = matches[left];
        left += 1;
        if (drop === undefined) break;
        const k = (counts.get(drop.key) ?? 0) - 1;
        counts.set(drop.key, k);
        if (k === 0) distinct -= 1;
      }
      const score = distinct * 100_000 + (right - left + 1);
      if (score > bestScore) {
        bestScore = score;
        from = matches[left]?.start ?? 0;
      }
    }
    // a little context before the first match
    // a little context before the first match; no shorter than `size` near the end of the text
    from = cutAtSpace(text, Math.min(from - Math.floor(size / 5), text.length - size), false);
  }
  const to = cutAtSpace(text, from + size, true);
  let html = from > 0 ? '…' : '';
  let pos = from;
  for (const m of matches) {
    if (m.start < from || m.end > to) continue;
    html += `${escapeHtml(text.slice(pos, m.start))}<mark>${escapeHtml(text.slice(m.start, m.end))}</mark>`;
    pos = m.end;
  }
  html += escapeHtml(text.slice(pos, to));
  if (to < text.length) html += '…';
  return html.replace(/\s+/g, ' ').trim();
}
