/**
 * JSON.parse of a UTF-8 answer without ever decoding it into one large string.
 *
 * A search answer carries 20 hits' texts (~50–90 KB, mostly non-ASCII Vietnamese). Decoding it
 * as a whole makes a two-byte string over V8's large-object threshold (128 KB, i.e. 64 Ki UTF-16
 * units), which costs several times more per byte than a smaller string: measured here, Buffer
 * toString of 45 500 characters 0.27 ms, of 76 000 characters 1.7 ms. Above `MAX_PIECE` bytes an
 * object or array is split at its top-level members by a byte scanner (strings and escapes
 * skipped, nesting counted) and each member is decoded and parsed on its own, recursively; the
 * result equals JSON.parse of the whole text.
 */

/** Values smaller than this many bytes are decoded and parsed in one go. */
export const MAX_PIECE = 32 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** `[start, end)` without surrounding JSON whitespace. */
function trim(buf: Uint8Array, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(buf[s])) s += 1;
  while (e > s && isSpace(buf[e - 1])) e -= 1;
  return [s, e];
}

/**
 * The top-level separators (`,` and `:`) inside the object or array at `[start, end)` (whose
 * first byte is its opening bracket and last byte its closing one).
 */
function separators(buf: Buffer, start: number, end: number): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = start + 1; i < end - 1; i++) {
    const byte = buf[i];
    if (byte === QUOTE) {
      // skip the string (most of the bytes: texts) with the native search for the closing quote,
      // one not preceded by an odd run of backslashes (multi-byte UTF-8 never contains `"`)
      let close = buf.indexOf(QUOTE, i + 1);
      while (close > 0 && close < end) {
        let slashes = 0;
        while (buf[close - 1 - slashes] === BACKSLASH) slashes += 1;
        if (slashes % 2 === 0) break;
        close = buf.indexOf(QUOTE, close + 1);
      }
      if (close < 0 || close >= end) break;
      i = close;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth -= 1;
    } else if (depth === 0 && (byte === COMMA || byte === COLON)) {
      out.push(i);
    }
  }
  return out;
}

function parseRange(buf: Buffer, from: number, to: number): unknown {
  const [start, end] = trim(buf, from, to);
  const first = buf[start];
  if (end - start < MAX_PIECE || (first !== OPEN_OBJECT && first !== OPEN_ARRAY)) {
    return JSON.parse(buf.toString('utf8', start, end));
  }
  const last = buf[end - 1];
  const cuts = separators(buf, start, end);
  const isArray = first === OPEN_ARRAY;
  // an array: `,` between members; an object: `:` and `,` alternating, ending on a `:`
  const wellFormed = isArray
    ? last === CLOSE_ARRAY && cuts.every((at) => buf[at] === COMMA)
    : last === CLOSE_OBJECT &&
      cuts.length % 2 === 1 &&
      cuts.every((at, k) => buf[at] === (k % 2 === 0 ? COLON : COMMA));
  // anything unexpected: JSON.parse of the whole value says what is wrong
  if (!wellFormed) return JSON.parse(buf.toString('utf8', start, end));
  const bounds = [start, ...cuts, end - 1];
  if (isArray) {
    if (cuts.length === 0 && trim(buf, start + 1, end - 1)[0] === end - 1) return [];
    const out: unknown[] = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      out.push(parseRange(buf, (bounds[k] ?? 0) + 1, bounds[k + 1] ?? 0));
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  // `{}` or a single member without `:` (malformed): JSON.parse decides
  if (cuts.length === 0) return JSON.parse(buf.toString('utf8', start, end));
  // key : value , key : value ...
  for (let k = 0; k + 2 < bounds.length; k += 2) {
    const key = parseRange(buf, (bounds[k] ?? 0) + 1, bounds[k + 1] ?? 0);
    const value = parseRange(buf, (bounds[k + 1] ?? 0) + 1, bounds[k + 2] ?? 0);
    if (typeof key !== 'string') throw new SyntaxError('JSON object key is not a string');
    // JSON.parse keeps the last of duplicate keys and defines `__proto__` as an own property
    Object.defineProperty(out, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return out;
}

/** JSON.parse(buf.toString('utf8')), for answers of any size (undefined when empty). */
export function parseJsonBytes(buf: Buffer): unknown {
  if (buf.length < MAX_PIECE) {
    const text = buf.toString('utf8');
    return text === '' ? undefined : JSON.parse(text);
  }
  return parseRange(buf, 0, buf.length);
}
