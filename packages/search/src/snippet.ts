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

/** A regular expression matching the query words in NFC text, or null for no words. */
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
  return new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
    'giu',
  );
}

export interface SnippetOptions {
  /** approximate snippet length in characters */
  chars?: number;
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

/**
 * The window of about `chars` characters with the most distinct matched words (then the most
 * matches, then the earliest), as HTML with matches wrapped in `<mark>`.
 */
export function makeSnippet(text: string, q: string, options: SnippetOptions = {}): string {
  const size = options.chars ?? 220;
  const pattern = queryPattern(q);
  const matches: Array<{ start: number; end: number; key: string }> = [];
  if (pattern !== null) {
    for (const m of text.matchAll(pattern)) {
      matches.push({ start: m.index, end: m.index + m[0].length, key: foldToken(m[0]) });
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
