import {
  isDigitCode,
  isLetterCode,
  isLowerCode,
  isSpace,
  isUpperCode,
  toSuperscriptDigit,
} from './chars.ts';
import { digitRunEnd, rewriteAt } from './rewrite-scan.ts';
import { lastAtOrBefore } from './sorted.ts';

/**
 * The analysis copy of a stored text and its offset map back to the original
 * (vn-docs-spec §1 steps 4–6). Parsers run on `text`; every span they report is mapped back with
 * {@link toOriginalSpan}, so offsets and surfaces always refer to the ORIGINAL (stored) text.
 *
 * What the copy changes:
 * - NFC (only when the input is not NFC already);
 * - every whitespace run becomes one character: a space; `\n` for a single line break (a soft wrap, as
 *   PDF text has inside paragraphs); U+2029 PARAGRAPH SEPARATOR for a paragraph break (a blank line,
 *   or a line break followed by an indent of two or more spaces). So `Số:\n434/KH-UBND` and
 *   `Nghị\nquyết` parse like one line, and paragraph ends stay visible;
 * - zero-width characters and soft hyphens are removed;
 * - `Ð`→`Đ`, `ð`→`đ`, dashes (en/em/minus …) → `-`, slash look-alikes → `/`, fullwidth digits → ASCII;
 * - `TƯ` / `T.Ư` / OCR `TU'` right after `/` (a symbol's issuer part) → `TW`, also with a space or a
 *   single line break between (`05-CT/\nTƯ` is one symbol wrapped across lines, spec §1 step 6: parse on
 *   collapsed whitespace), but not across a paragraph break;
 * - footnote-marker digits that pdf-parse glues to a word (`Tỉnh ủy1,`) become superscript digits
 *   (`Tỉnh ủy¹,`), the same form as real superscript markers, so they are never read as numbers.
 */
export interface FoldedText {
  readonly original: string;
  readonly text: string;
  /** offset in `original` of the first code unit behind `text[i]` (`i` may be `text.length`) */
  readonly startOf: (i: number) => number;
  /** offset in `original` just after the last code unit behind `text[i]` */
  readonly endOf: (i: number) => number;
  /**
   * Every maximal run of ASCII digits in `text`, as `[start0, end0, start1, end1, …]` in text order
   * (found while folding; the citation scan walks it instead of scanning the text again).
   */
  readonly digitRuns?: ArrayLike<number>;
}

interface Source {
  readonly s: string;
  readonly start: (k: number) => number;
  readonly end: (k: number) => number;
}

const COMBINING = /\p{M}/u;

/** NFC with a per-code-unit map (only used when the input is not NFC). */
function nfcSource(original: string): Source {
  const parts: string[] = [];
  const st: number[] = [];
  const en: number[] = [];
  let i = 0;
  const n = original.length;
  while (i < n) {
    let j = i + 1;
    const c = original.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
    while (j < n && COMBINING.test(original.charAt(j))) j++;
    const piece = original.slice(i, j).normalize('NFC');
    parts.push(piece);
    for (let k = 0; k < piece.length; k++) {
      st.push(i);
      en.push(j);
    }
    i = j;
  }
  return { s: parts.join(''), start: (k) => st[k] ?? n, end: (k) => en[k] ?? n };
}

/** words that legitimately take a glued number (`số31-QĐ/TW`, `năm2023`) */
const GLUE_EXCEPTIONS = new Set([
  'số',
  'năm',
  'ngày',
  'tháng',
  'quý',
  'khóa',
  'khoá',
  'lần',
  'thứ',
  'điều',
  'khoản',
]);

/**
 * Characters the fast path rewrites: whitespace runs that are not a single space or line feed,
 * invisibles, homoglyphs. Everything else is copied as is (`TƯ`/`T.Ư` after a symbol's slash:
 * {@link slashTw}). Sticky: it is applied at the positions {@link rewriteAt} finds.
 */
const REWRITE =
  /[\s\u00AD\u200B-\u200D\u2060\uFEFF]{2,}|[^\S \n]|[\u00AD\u200B-\u200D\u2060\uFEFF]|[\u00D0\u00F0\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u2044\u2215\uFF0F\uFF10-\uFF19]/y;
/**
 * The length of `TƯ`, `T.Ư` or the OCR reading `TU'` / `TU’` at `k` when no letter follows it, else 0:
 * the issuer part that becomes `TW` after a symbol's slash (spec §3.3, before any Ư→U folding).
 * Both paths use it, so they agree on what follows the slash.
 */
function twPartLength(s: string, k: number): number {
  if (s.charCodeAt(k) !== 0x54 /* T */) return 0;
  const c1 = s.charCodeAt(k + 1);
  const c2 = s.charCodeAt(k + 2);
  if (c1 === 0x1af) return isLetterCode(c2) ? 0 : 2;
  const dotted = (c1 === 0x2e && c2 === 0x1af) || (c1 === 0x55 && (c2 === 0x27 || c2 === 0x2019));
  return dotted && !isLetterCode(s.charCodeAt(k + 3)) ? 3 : 0;
}

function isSlashCode(c: number): boolean {
  return c === 0x2f || c === 0x2044 || c === 0x2215 || c === 0xff0f;
}

function isRunCode(c: number): boolean {
  return isSpace(c) || isInvisibleCode(c);
}

/** A slash (or look-alike) at `slash`, then `TƯ`/`T.Ư`/`TU'`, in the fast path's terms. */
interface SlashTw {
  /** what the whitespace/invisible run between becomes: '', ' ' or '\n' */
  readonly ws: string;
  /** where `T` is in the original, and where the issuer part ends */
  readonly t: number;
  readonly end: number;
}

/**
 * `/TƯ`, `/ TƯ`, `/\nT.Ư`, `⁄  TƯ` …: the slash, then a run of whitespace and invisibles that folds to
 * nothing, a space or one line break (not a paragraph break), then {@link twPartLength}; else null.
 * What the per-unit path decides on the folded copy (a `T` after `/` or `/` + space/line feed).
 */
function slashTw(s: string, slash: number): SlashTw | null {
  let t = slash + 1;
  while (t < s.length && isRunCode(s.charCodeAt(t))) t++;
  const len = twPartLength(s, t);
  if (len === 0) return null;
  const ws = t === slash + 1 ? '' : runReplacement(s.slice(slash + 1, t));
  return ws === PARAGRAPH ? null : { ws, t, end: t + len };
}

/** a character a REWRITE match can start with (whitespace, invisible, homoglyph, `/`) */
function mayRewrite(c: number): boolean {
  return isSpace(c) || c === 0xfeff || isInvisibleCode(c) || homoglyphCode(c) || c === 0x2f;
}
const PARAGRAPH = '\u2029';

function isLineBreakCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c;
}

/**
 * The replacement of a whitespace/invisible run: U+2029 for a paragraph break (two line breaks, `\r\n`
 * counting as one, or a line break then an indent of ≥ 2 visible characters), `\n` for one line break,
 * a space, or nothing for invisibles only.
 */
function runReplacement(run: string): string {
  let breaks = 0;
  let indent = 0;
  let visible = false;
  /** the last character that is not invisible: `\r` + U+200B + `\n` is one `\r\n` (as per unit) */
  let prev = 0;
  for (let k = 0; k < run.length; k++) {
    const c = run.charCodeAt(k);
    if (isLineBreakCode(c)) {
      if (!(c === 0x0a && prev === 0x0d)) breaks++;
      indent = 0;
      visible = true;
      prev = c;
    } else if (!isInvisibleCode(c)) {
      indent++;
      visible = true;
      prev = c;
    }
  }
  if (breaks === 0) return visible ? ' ' : '';
  return breaks >= 2 || indent >= 2 ? PARAGRAPH : '\n';
}

function homoglyphCode(c: number): boolean {
  return (
    c === 0xd0 ||
    c === 0xf0 ||
    isDashCode(c) ||
    c === 0x2044 ||
    c === 0x2215 ||
    c === 0xff0f ||
    (c >= 0xff10 && c <= 0xff19)
  );
}

function homoglyph(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0xd0) return 'Đ';
  if (c === 0xf0) return 'đ';
  if (c === 0x2044 || c === 0x2215 || c === 0xff0f) return '/';
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 0x30);
  return '-';
}

export interface FoldOptions {
  /**
   * The caller already knows whether `original` is NFC (`analyze()` normalises the text anyway):
   * skips the whole-text NFC check. Must be exactly `original.normalize('NFC') === original`.
   */
  readonly nfc?: boolean;
}

export function foldText(original: string, options: FoldOptions = {}): FoldedText {
  const nfc = options.nfc ?? original.normalize('NFC') === original;
  return nfc ? foldFast(original) : foldTextSlow(original);
}

/**
 * NFC input (the stored text normally is): one scan ({@link rewriteAt}) plus a sparse map of the points where the
 * offset difference between the copy and the original changes.
 */
function foldFast(original: string): FoldedText {
  const at: number[] = [];
  const delta: number[] = [];
  let d = 0;
  const parts: string[] = [];
  let last = 0;
  /** digit runs of the copy, found in the original (a run's copy offset: its offset minus `d`) */
  const digitRuns = new RunList();
  const n = original.length;
  /** where the scan goes on ({@link rewriteAt}: a loop over a lookup table, not a regex scan) */
  let next = 0;
  for (let offset = rewriteAt(original, next); offset < n; offset = rewriteAt(original, next)) {
    const c = original.charCodeAt(offset);
    if (c <= 0x39 && c >= 0x30) {
      // no rewrite inside a run: it sits at `offset - d` in the copy; a run the copy joins to the
      // previous one (only invisibles between, removed) extends it
      next = digitRunEnd(original, offset + 1);
      digitRuns.add(offset - d, next - d);
      continue;
    }
    if (!mayRewrite(c)) {
      next = offset + 1;
      continue;
    }
    const tw = isSlashCode(c) ? slashTw(original, offset) : null;
    if (tw !== null) {
      // `/TƯ`, `/ T.Ư`, `/\nTƯ` → `/TW`, `/ TW`, `/\nTW`: T maps to T, W to the part's last unit
      parts.push(original.slice(last, offset), `/${tw.ws}TW`);
      last = tw.end;
      next = tw.end;
      const tAt = offset - d + 1 + tw.ws.length;
      const run = tw.t - offset - 1;
      if (run !== tw.ws.length) {
        d += run - tw.ws.length;
        at.push(tAt);
        delta.push(d);
      }
      if (tw.end - tw.t !== 2) {
        d += tw.end - tw.t - 2;
        at.push(tAt + 1);
        delta.push(d);
      }
      continue;
    }
    if (c === 0x2f) {
      // a `/` not before TƯ: the scan goes on one unit further
      next = offset + 1;
      continue;
    }
    REWRITE.lastIndex = offset;
    const r = REWRITE.exec(original);
    const m = r === null ? '' : r[0];
    if (m === '') {
      next = offset + 1;
      continue;
    }
    next = offset + m.length;
    parts.push(original.slice(last, offset));
    last = offset + m.length;
    const c0 = m.charCodeAt(0);
    if (m.length === 1 && homoglyphCode(c0)) {
      const h = homoglyph(m);
      parts.push(h);
      // a fullwidth digit becomes an ASCII one: a digit run of the copy
      if (isDigitCode(h.charCodeAt(0))) digitRuns.add(offset - d, offset - d + 1);
      continue;
    }
    const rep = m === '\n\n' ? PARAGRAPH : runReplacement(m);
    parts.push(rep);
    const pos = offset - d;
    const nd = d + m.length - rep.length;
    if (nd !== d) {
      at.push(pos + rep.length);
      delta.push(nd);
      d = nd;
    }
  }
  let collapsed: string;
  if (last === 0) collapsed = original;
  else {
    parts.push(original.slice(last));
    collapsed = parts.join('');
  }
  const text = markGluedFootnotes(collapsed, digitRuns);
  return new SparseFold(original, text, at, delta, digitRuns.view());
}

/**
 * The fast path's copy: its offset map is the sparse list of points where the offset difference
 * changes. A class, not closures made per text: tsx (esbuild `keepNames`) wraps every named closure
 * in a `__name` call (`Object.defineProperty`, about 1 µs each); methods are named once.
 */
class SparseFold implements FoldedText {
  constructor(
    readonly original: string,
    readonly text: string,
    /** copy offsets where the difference changes, ascending, and the difference from there on */
    private readonly at: readonly number[],
    private readonly delta: readonly number[],
    readonly digitRuns: Int32Array,
  ) {}

  startOf(i: number): number {
    const k = lastAtOrBefore(this.at, i);
    return i + (k >= 0 ? (this.delta[k] ?? 0) : 0);
  }

  endOf(i: number): number {
    const c = this.text.charCodeAt(i);
    return c === 0x20 || c === 0x0a || c === 0x2029 ? this.startOf(i + 1) : this.startOf(i) + 1;
  }
}

/** Any input (used when it is not NFC; exported for equivalence tests): a per-code-unit loop with full offset arrays. */
export function foldTextSlow(original: string): FoldedText {
  const nfc = nfcSource(original);
  const s = nfc.s;
  const n = s.length;
  const out = new Uint16Array(n + 1);
  const starts = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  let len = 0;
  let wsStart = -1;
  let wsEnd = -1;
  let wsNl = false;
  let wsBreaks = 0;
  let wsIndent = 0;
  let wsPrev = 0;
  const wsCode = (): number => (!wsNl ? 0x20 : wsBreaks >= 2 || wsIndent >= 2 ? 0x2029 : 0x0a);

  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    const a = nfc.start(k);
    const b = nfc.end(k);
    let code = c;
    if (c <= 0x20 || (c >= 0x7f && c <= 0xad) || (c >= 0x1680 && c <= 0x3000) || c >= 0xfe00) {
      // the rare characters: whitespace, invisibles, dashes, slashes, fullwidth digits
      if (isInvisibleCode(c)) continue;
      if (isSpace(c)) {
        if (wsStart < 0) wsStart = a;
        wsEnd = b;
        if (c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x2028 || c === 0x2029) {
          wsNl = true;
          if (!(c === 0x0a && wsPrev === 0x0d)) wsBreaks++;
          wsIndent = 0;
        } else wsIndent++;
        wsPrev = c;
        continue;
      }
      if (isDashCode(c)) code = 0x2d;
      else if (c === 0x2044 || c === 0x2215 || c === 0xff0f) code = 0x2f;
      else if (c >= 0xff10 && c <= 0xff19) code = c - 0xff10 + 0x30;
    } else if (c === 0xd0) code = 0x110;
    else if (c === 0xf0) code = 0x111;
    if (wsStart >= 0) {
      out[len] = wsCode();
      starts[len] = wsStart;
      ends[len] = wsEnd;
      len++;
      wsStart = -1;
      wsNl = false;
      wsBreaks = 0;
      wsIndent = 0;
      wsPrev = 0;
    }
    const prev = out[len - 1];
    if (
      c === 0x54 /* T */ &&
      (prev === 0x2f || ((prev === 0x20 || prev === 0x0a) && out[len - 2] === 0x2f))
    ) {
      // TƯ / T.Ư (or the OCR reading `TU'`) as the issuer code of a Party symbol → TW, also wrapped
      // onto the next line (spec §3.3, before any Ư→U folding; §1 step 6)
      const tw = twPartLength(s, k);
      if (tw !== 0) {
        const w = k + tw - 1;
        out[len] = 0x54;
        starts[len] = a;
        ends[len] = b;
        len++;
        out[len] = 0x57;
        starts[len] = nfc.start(w);
        ends[len] = nfc.end(w);
        len++;
        k = w;
        continue;
      }
    }
    out[len] = code;
    starts[len] = a;
    ends[len] = b;
    len++;
  }
  if (wsStart >= 0) {
    out[len] = wsCode();
    starts[len] = wsStart;
    ends[len] = wsEnd;
    len++;
  }
  starts[len] = original.length;
  ends[len] = original.length;

  const decoded = decode(out, len);
  const digitRuns = digitRunsOf(decoded);
  const text = markGluedFootnotes(decoded, digitRuns);
  return {
    original,
    text,
    digitRuns: digitRuns.view(),
    startOf: (i) => starts[i] ?? original.length,
    endOf: (i) => ends[i] ?? original.length,
  };
}

function isInvisibleCode(c: number): boolean {
  return (
    c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad
  );
}

function isDashCode(c: number): boolean {
  return (
    (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d || c === 0xfe58
  );
}

/**
 * pdf-parse glues footnote markers to words (`Tỉnh ủy1,`): 1–2 digits right after a lower-case letter
 * or a closing quote, followed by a space, punctuation or the end, become superscript digits.
 * Same length, so the offset map is unchanged.
 */
const DIGITS = /\d+/g;

/**
 * The buffer every {@link RunList} is built in (one text at a time: folding is synchronous); it grows,
 * and a finished list is copied out at its exact size. A new small buffer per text, doubled as it
 * filled, cost three typed-array allocations per document (2 % of the citation and date half).
 */
let runScratch = new Int32Array(4096);

/**
 * `[start, end]` pairs in an Int32Array that doubles when full: its buffer is not copied by
 * young-generation GCs (a 400 KB text of digit runs made a plain array cost 30 ms, this ≈ 1 ms).
 */
class RunList {
  private a = runScratch;
  private n = 0;
  push(start: number, end: number): void {
    if (this.n + 2 > this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
      runScratch = b;
    }
    this.a[this.n++] = start;
    this.a[this.n++] = end;
  }
  /** a run that starts where the last one ends extends it (the copy joined them), else push */
  add(start: number, end: number): void {
    if (this.n > 0 && this.a[this.n - 1] === start) this.a[this.n - 1] = end;
    else this.push(start, end);
  }
  get length(): number {
    return this.n;
  }
  at(k: number): number {
    return this.a[k] ?? 0;
  }
  /** keep only the first `n` values (after compacting them in place with {@link set}) */
  truncate(n: number): void {
    this.n = n;
  }
  set(k: number, v: number): void {
    this.a[k] = v;
  }
  /** the pairs, copied out of the shared buffer */
  view(): Int32Array {
    return this.a.slice(0, this.n);
  }
}

/** Every maximal run of ASCII digits of `text` (the per-unit path's copy). */
function digitRunsOf(text: string): RunList {
  const runs = new RunList();
  const re = DIGITS;
  re.lastIndex = 0;
  // `test` builds no match object: the run's start is found back over its digits
  while (re.test(text)) {
    const e = re.lastIndex;
    let b = e - 1;
    while (b > 0 && isDigitCode(text.charCodeAt(b - 1))) b--;
    runs.push(b, e);
  }
  return runs;
}

/**
 * Marks the glued footnote markers of `text`, given its digit runs in text order; the runs that
 * become superscript markers are removed from `runs`.
 */
function markGluedFootnotes(text: string, runs: RunList): string {
  let out: string[] | null = null;
  let last = 0;
  /** marker numbers already seen glued to a word: a line opening with one of them is its footnote body */
  let markers: Set<string> | null = null;
  /** runs kept so far (compacted in place) */
  let kept = 0;
  const total = runs.length;
  for (let r = 0; r < total; r += 2) {
    const i = runs.at(r);
    const e = runs.at(r + 1);
    if (e - i > 2 || !isGluedMarker(text, i, e)) {
      runs.set(kept++, i);
      runs.set(kept++, e);
      continue;
    }
    const d = text.slice(i, e);
    const p = i === 0 ? 0x0a : text.charCodeAt(i - 1);
    if (p === 0x0a || p === 0x2029) {
      // `1 về “…”` opening a line after `Tỉnh ủy1,`: pdf-parse's footnote body
      if (markers === null || !markers.has(d) || !bodyFollows(text, e)) {
        runs.set(kept++, i);
        runs.set(kept++, e);
        continue;
      }
    } else (markers ??= new Set<string>()).add(d);
    out ??= [];
    out.push(text.slice(last, i), [...d].map(toSuperscriptDigit).join(''));
    last = e;
  }
  runs.truncate(kept);
  if (out === null) return text;
  out.push(text.slice(last));
  return out.join('');
}

/**
 * The run `[i, e)` of 1–2 digits may be a glued footnote marker: it opens a line (a footnote body
 * then, if its number was seen as a marker), or it is glued to a lower-case word, a closing quote, a
 * `)` after a letter or a document symbol and followed by a space, punctuation or the end, and the word is not one that takes
 * a number (`số31`, `năm2023`).
 */
function isGluedMarker(text: string, i: number, e: number): boolean {
  const p = i === 0 ? 0x0a : text.charCodeAt(i - 1);
  if (p === 0x0a || p === 0x2029) return true;
  if (i === 0) return false;
  const nx = text.charCodeAt(e);
  const afterSymbol = isUpperCode(p) && SYMBOL_BEFORE.test(text.slice(Math.max(0, i - 40), i));
  // `(khóa XV)1,`: a `)` closing words (not `(024)38`, a telephone code)
  const afterParen = p === 0x29 && i >= 2 && isLetterCode(text.charCodeAt(i - 2));
  if (
    !afterSymbol &&
    !afterParen &&
    !(p === 0x201d || (p >= 0x61 && p <= 0x7a) || (p >= 0xc0 && isLowerCode(p)))
  )
    return false;
  if (!(
    e >= text.length ||
    nx === 0x20 ||
    nx === 0x0a ||
    nx === 0x2029 ||
    nx === 0x2c ||
    nx === 0x2e ||
    nx === 0x3b ||
    nx === 0x3a ||
    nx === 0x29 ||
    nx === 0x201d ||
    nx === 0x22
  ))
    return false;
  return p === 0x201d || afterSymbol || afterParen || !GLUE_EXCEPTIONS.has(wordBefore(text, i));
}

/** A footnote body's text starts at `e`: one space, then a letter or an opening quote. */
function bodyFollows(text: string, e: number): boolean {
  if (text.charCodeAt(e) !== 0x20) return false;
  const c = text.charCodeAt(e + 1);
  return c === 0x201c || c === 0x22 || isLetterCode(c);
}

/**
 * A document symbol of two or more groups ending right here (`88-KH/HU`, `3006/KH-UBND`,
 * `09/2017/NĐ-CP`): digits glued to it are a footnote marker (`88-KH/HU2,`), except a legislature
 * number (`QH13`, `UBTVQH15`) or a steering committee's (`QĐ-BCĐ38`, spec §4 `BCĐ 35`).
 */
const SYMBOL_BEFORE =
  /\d\s?[-/]\s?[A-Za-zĐđƯư]{1,12}(?:\s?[-/]\s?[A-ZĐƯ&]{1,12})*\s?[-/]\s?(?!(?:UBTV)?QH$|BCĐ$)[A-ZĐƯ][A-ZĐƯ&]{1,11}$/u;
/** The lower-cased word (at most 8 letters) ending at `at`. */
function wordBefore(s: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 8 && isLetterCode(s.charCodeAt(i - 1))) i--;
  return s.slice(i, at).toLowerCase();
}

function decode(codes: Uint16Array, len: number): string {
  const chunks: string[] = [];
  for (let i = 0; i < len; i += 8192) {
    chunks.push(
      String.fromCharCode.apply(
        null,
        codes.subarray(i, Math.min(len, i + 8192)) as unknown as number[],
      ),
    );
  }
  return chunks.join('');
}

/** Map a span of the analysis copy `[start, end)` to the original text. */
export function toOriginalSpan(
  f: FoldedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const n = f.text.length;
  const a = Math.max(0, Math.min(start, n));
  const b = Math.max(a, Math.min(end, n));
  const os = f.startOf(a);
  const oe = b > a ? f.endOf(b - 1) : os;
  return { start: os, end: oe };
}

/** The original text behind a span of the analysis copy. */
export function originalSlice(f: FoldedText, start: number, end: number): string {
  const sp = toOriginalSpan(f, start, end);
  return f.original.slice(sp.start, sp.end);
}
