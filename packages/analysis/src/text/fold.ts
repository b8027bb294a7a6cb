import {
  isDash,
  isInvisible,
  isLetterCode,
  isLineBreak,
  isSlash,
  isSpace,
  toSuperscriptDigit,
} from './chars.ts';

/**
 * The analysis copy of a stored text and its offset map back to the original
 * (vn-docs-spec §1 steps 4–6). Parsers run on `text`; every span they report is mapped back with
 * {@link toOriginalSpan}, so offsets and surfaces always refer to the ORIGINAL (stored) text.
 *
 * What the copy changes:
 * - NFC (only when the input is not NFC already);
 * - every whitespace run becomes one character: `\n` if the run holds a line break, else a space
 *   (so `Số:\n434/KH-UBND` and `Nghị\nquyết` parse like one line, and paragraph ends stay visible);
 * - zero-width characters and soft hyphens are removed;
 * - `Ð`→`Đ`, `ð`→`đ`, dashes (en/em/minus …) → `-`, slash look-alikes → `/`, fullwidth digits → ASCII;
 * - `TƯ` / `T.Ư` right after `/` or `-` (a symbol's issuer part) → `TW`;
 * - footnote-marker digits that pdf-parse glues to a word (`Tỉnh ủy1,`) become superscript digits
 *   (`Tỉnh ủy¹,`), the same form as real superscript markers, so they are never read as numbers.
 */
export interface FoldedText {
  readonly original: string;
  readonly text: string;
  /** `starts[i]`: offset in `original` of the first code unit behind `text[i]` */
  readonly starts: Int32Array;
  /** `ends[i]`: offset in `original` just after the last code unit behind `text[i]` */
  readonly ends: Int32Array;
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

function identitySource(original: string): Source {
  return { s: original, start: (k) => k, end: (k) => k + 1 };
}

const FOOTNOTE_GLUE = /(?<=[\p{Ll}”])\d{1,2}(?=[\s,.;:)”"]|$)/gu;
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

export function foldText(original: string): FoldedText {
  const src =
    original.normalize('NFC') === original ? identitySource(original) : nfcSource(original);
  const s = src.s;
  const n = s.length;
  const out = new Uint16Array(n + 1);
  const starts = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  let len = 0;
  let wsStart = -1;
  let wsEnd = -1;
  let wsNl = false;

  const emit = (code: number, a: number, b: number): void => {
    out[len] = code;
    starts[len] = a;
    ends[len] = b;
    len++;
  };
  const flush = (): void => {
    if (wsStart >= 0) {
      emit(wsNl ? 0x0a : 0x20, wsStart, wsEnd);
      wsStart = -1;
      wsNl = false;
    }
  };

  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (isInvisible(c)) continue;
    if (isSpace(c)) {
      if (wsStart < 0) wsStart = src.start(k);
      wsEnd = src.end(k);
      if (isLineBreak(c)) wsNl = true;
      continue;
    }
    flush();
    const a = src.start(k);
    const b = src.end(k);
    if (c === 0xd0) emit(0x110, a, b);
    else if (c === 0xf0) emit(0x111, a, b);
    else if (isDash(c)) emit(0x2d, a, b);
    else if (isSlash(c)) emit(0x2f, a, b);
    else if (c >= 0xff10 && c <= 0xff19) emit(c - 0xff10 + 0x30, a, b);
    else if (c === 0x54 /* T */ && afterSymbolSeparator(out, len)) {
      // TƯ / T.Ư as the issuer code of a Party symbol → TW (spec §3.3, before any Ư→U folding)
      const c1 = s.charCodeAt(k + 1);
      if (c1 === 0x1af && !isLetterCode(s.charCodeAt(k + 2))) {
        emit(0x54, a, b);
        emit(0x57, src.start(k + 1), src.end(k + 1));
        k += 1;
      } else if (
        c1 === 0x2e &&
        s.charCodeAt(k + 2) === 0x1af &&
        !isLetterCode(s.charCodeAt(k + 3))
      ) {
        emit(0x54, a, b);
        emit(0x57, src.start(k + 1), src.end(k + 2));
        k += 2;
      } else emit(c, a, b);
    } else emit(c, a, b);
  }
  flush();
  starts[len] = original.length;
  ends[len] = original.length;

  let text = decode(out, len);
  const folded = text;
  text = text.replace(FOOTNOTE_GLUE, (digits: string, at: number) =>
    GLUE_EXCEPTIONS.has(wordBefore(folded, at))
      ? digits
      : [...digits].map(toSuperscriptDigit).join(''),
  );
  return { original, text, starts: starts.subarray(0, len + 1), ends: ends.subarray(0, len + 1) };
}

/** The lower-cased word (at most 8 letters) ending at `at`. */
function wordBefore(s: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 8 && isLetterCode(s.charCodeAt(i - 1))) i--;
  return s.slice(i, at).toLowerCase();
}

function afterSymbolSeparator(out: Uint16Array, len: number): boolean {
  const p = out[len - 1];
  if (p === 0x2f) return true;
  return p === 0x20 && out[len - 2] === 0x2f;
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
  const os = f.starts[a] ?? f.original.length;
  const oe = b > a ? (f.ends[b - 1] ?? f.original.length) : os;
  return { start: os, end: oe };
}

/** The original text behind a span of the analysis copy. */
export function originalSlice(f: FoldedText, start: number, end: number): string {
  const sp = toOriginalSpan(f, start, end);
  return f.original.slice(sp.start, sp.end);
}
