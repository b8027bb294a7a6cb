/**
 * The first steps of the entity match keys (units' `fold`, unnumbered references' `identityKey`),
 * without a full Unicode decomposition per call:
 *
 *   s.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd')
 *    .replace(/[^\p{L}\d ]+/gu, ' ')
 *
 * Each code unit of the Latin, Vietnamese, combining-mark and general-punctuation blocks is mapped by
 * a table built from that very chain, applied to the character alone; a string with any other
 * character (Greek, where lower-casing depends on context, CJK, surrogates …) takes the chain itself.
 * Per character the chain is exact: lower-casing outside Greek does not depend on neighbours, and
 * decomposition only reorders combining marks, which are removed.
 */

const SLOW_CHAIN = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\d ]+/gu, ' ');

// what one code unit becomes
const NOT_COVERED = 0; // take the chain
const DROPPED = 1; // a combining mark: removed before the punctuation step, so it joins two runs
const SPACE = 2; // U+0020, kept as it is
const OTHER = 3; // punctuation, other whitespace, symbols: a run of them becomes one space
const LETTERS = 4; // letters and digits (the base letters, lower case)

const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f], // ASCII, Latin-1, Latin Extended-A and -B
  [0x0300, 0x036f], // combining diacritical marks
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese letters with two marks)
  [0x2000, 0x206f], // general punctuation (dashes, quotes, spaces, separators)
];
const SIZE = 0x2070;
const KIND = new Uint8Array(SIZE);
const MAPPED: string[] = new Array<string>(SIZE).fill('');

for (const [from, to] of RANGES) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    if (ch === ' ') {
      KIND[c] = SPACE;
      continue;
    }
    // the chain on the character between two letters tells a removed mark from punctuation
    const between = SLOW_CHAIN(`a${ch}a`);
    if (between === 'aa') {
      KIND[c] = DROPPED;
      continue;
    }
    if (between === 'a a') {
      KIND[c] = OTHER;
      continue;
    }
    const out = SLOW_CHAIN(ch);
    if (between === `a${out}a` && /^[\p{L}\d]+$/u.test(out)) {
      KIND[c] = LETTERS;
      MAPPED[c] = out;
    }
    // anything else (a mixed result) stays NOT_COVERED
  }
}

/** The chain above, on `s`. */
export function baseLetters(s: string): string {
  let out = '';
  let inRun = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const kind = c < SIZE ? (KIND[c] ?? NOT_COVERED) : NOT_COVERED;
    if (kind === LETTERS) {
      out += MAPPED[c] ?? '';
      inRun = false;
    } else if (kind === SPACE) {
      out += ' ';
      inRun = false;
    } else if (kind === OTHER) {
      if (!inRun) out += ' ';
      inRun = true;
    } else if (kind === NOT_COVERED) {
      return SLOW_CHAIN(s);
    }
    // DROPPED: nothing, and a run of punctuation goes on across it
  }
  return out;
}

// `foldWords` writes its result here (the longest base letters of one code unit, in code units)
const MAX_MAPPED = Math.max(...MAPPED.map((m) => m.length));
// the base letter of a code unit whose base letters are one code unit (0 for the others)
const SINGLE = Uint16Array.from(MAPPED, (m) => (m.length === 1 ? m.charCodeAt(0) : 0));
const BUFFER = new Uint16Array(1024);
const SPACE_CODE = 0x20;

/** In a `baseLetters` result, whose characters are letters, ASCII digits and spaces: a letter. */
function isBaseLetter(c: number): boolean {
  return c !== SPACE_CODE && (c < 0x30 || c > 0x39);
}

/**
 * `baseLetters(s)` without the words `va` (`và`), each space run one space, trimmed:
 *
 *   baseLetters(s).replace(/(?<![\p{L}])va(?![\p{L}])/gu, ' ').replace(/\s+/g, ' ').trim()
 *
 * A `baseLetters` result has only letters, ASCII digits and spaces: a code unit that is neither a
 * space nor a digit is (part of) a letter, the only whitespace is the space, and `va` words cannot
 * overlap. The base letters are written to a buffer with one space for each run of spaces and
 * punctuation between two letters, then the `va` words are dropped from it.
 */
export function foldWords(s: string): string {
  const n = s.length;
  if (n * MAX_MAPPED >= BUFFER.length) return foldWordsPlain(s);
  let j = 0;
  let gap = false; // a space or punctuation since the last letter
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const kind = c < SIZE ? (KIND[c] ?? NOT_COVERED) : NOT_COVERED;
    if (kind === LETTERS) {
      if (gap && j > 0) BUFFER[j++] = SPACE_CODE;
      gap = false;
      const single = SINGLE[c] ?? 0;
      if (single !== 0) BUFFER[j++] = single;
      else {
        const mapped = MAPPED[c] ?? '';
        for (let k = 0; k < mapped.length; k++) BUFFER[j++] = mapped.charCodeAt(k);
      }
    } else if (kind === SPACE || kind === OTHER) gap = true;
    else if (kind === NOT_COVERED) return foldWordsPlain(s);
    // DROPPED: nothing
  }
  // drop the `va` words in place (the write index never passes the read index)
  let w = 0;
  for (let i = 0; i < j; i++) {
    const c = BUFFER[i] ?? 0;
    if (
      c === 0x76 /* v */ &&
      i + 1 < j &&
      BUFFER[i + 1] === 0x61 /* a */ &&
      (i === 0 || !isBaseLetter(BUFFER[i - 1] ?? 0)) &&
      (i + 2 >= j || !isBaseLetter(BUFFER[i + 2] ?? 0))
    ) {
      if (w > 0 && BUFFER[w - 1] !== SPACE_CODE) BUFFER[w++] = SPACE_CODE;
      i++;
    } else if (c !== SPACE_CODE || (w > 0 && BUFFER[w - 1] !== SPACE_CODE)) BUFFER[w++] = c;
  }
  if (w > 0 && BUFFER[w - 1] === SPACE_CODE) w--;
  return String.fromCharCode.apply(null, BUFFER.subarray(0, w) as unknown as number[]);
}

/** `foldWords` as its doc comment writes it. */
export function foldWordsPlain(s: string): string {
  return baseLetters(s)
    .replace(/(?<![\p{L}])va(?![\p{L}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
