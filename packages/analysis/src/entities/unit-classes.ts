/**
 * Unicode property classes of a pattern, tested without a call out of the compiled pattern for the
 * characters up to U+00FF. V8 compiles a class of many ranges (`\p{L}`, `\p{Lu}`, `\p{Ll}` and the
 * bracket classes holding them) into a call to a range-table search, made for every character the
 * class is tested on; a class of a few ranges is compared in place. Each such class of `source` is
 * written as
 *
 *   (?:[its characters up to U+00FF]|(?![\0-\xff])the class)
 *
 * which matches the same one code point (both alternatives test the code point the class would
 * test, the first up to U+00FF, the second above it), whether read forwards or in a lookbehind (there
 * the lookahead is read after the class has gone back over the character, from its start): in
 * Vietnamese text the spaces, digits, ASCII and Latin-1 letters take the first alternative.
 */

const LATIN1_END = 0x100;

// the tokens of a pattern that can hold a property class: a bracket class, an escape (`\\p{…}`
// among them), read from the left so that an escaped backslash or bracket is not taken for one
const TOKEN = /\[(?:\\.|[^\]\\])*\]|\\p\{[^}]*\}|\\./gsu;
// the tokens rewritten: a property escape, and a bracket class (not negated) that holds one
const PROPERTY_CLASS =
  /^(?:\\p\{[^}]*\}|\[(?!\^)(?:\\.|[^\]\\])*\\p\{[^}]*\}(?:\\.|[^\]\\])*\])$/su;

// each class as written, for the patterns built after it
const written = new Map<string, string>();

const hex = (c: number): string => `\\x${c.toString(16).padStart(2, '0')}`;

/** The characters up to U+00FF that `cls` (one class) matches, as a bracket class, or null if none. */
function latin1Part(cls: string): string | null {
  const re = new RegExp(`^${cls}$`, 'u');
  const ranges: string[] = [];
  for (let c = 0; c < LATIN1_END; c++) {
    if (!re.test(String.fromCharCode(c))) continue;
    let end = c;
    while (end + 1 < LATIN1_END && re.test(String.fromCharCode(end + 1))) end++;
    ranges.push(end === c ? hex(c) : `${hex(c)}-${hex(end)}`);
    c = end;
  }
  return ranges.length === 0 ? null : `[${ranges.join('')}]`;
}

/** `source` (a pattern for the `u` flag) with its property classes written as above. */
export function latin1FirstClasses(source: string): string {
  return source.replace(TOKEN, (cls) => {
    if (!PROPERTY_CLASS.test(cls)) return cls;
    let out = written.get(cls);
    if (out === undefined) {
      const latin1 = latin1Part(cls);
      out = latin1 === null ? `(?![\\0-\\xff])${cls}` : `(?:${latin1}|(?![\\0-\\xff])${cls})`;
      written.set(cls, out);
    }
    return out;
  });
}

/**
 * `source` with each non-capturing group that repeats (a quantifier other than `?`: `{2,3}`, `{1,5}`,
 * `+` …) made a capturing group. V8 writes out the first repetitions of a group without captures
 * once each (`(?:[ ]X){0,3}` becomes three copies of X, `(?:X){1,5}` two), so a pattern made of
 * nested repeated names and words compiles to hundreds of kilobytes of machine code; a group with a
 * capture is compiled once, as a loop. A capture changes nothing in what a pattern matches (no
 * pattern here refers back to a group): only `test` and `lastIndex` are read.
 */
export function loopedGroups(source: string): string {
  const out = source.split('');
  const open: number[] = []; // indexes of the `(` of the groups not closed yet
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      // skip the class (its `]` is the first one not escaped)
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '(') open.push(i);
    else if (c === ')') {
      const start = open.pop() ?? -1;
      if (start < 0 || !source.startsWith('(?:', start)) continue;
      const quantifier = /^(?:\{(\d+)(?:,(\d*))?\}|[*+])/.exec(source.slice(i + 1, i + 12));
      if (quantifier === null) continue;
      const [q, min, max] = quantifier;
      const repeats =
        q === '*' || q === '+' || Number(min) >= 1 || max === '' || Number(max ?? min) >= 2;
      if (repeats) {
        out[start + 1] = '';
        out[start + 2] = '';
      }
    }
  }
  return out.join('');
}
