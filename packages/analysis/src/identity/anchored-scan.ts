/**
 * Run a regex only near the places where it can match. A pattern that starts with a capitalised word
 * or a lookbehind (`<Place>, ngày …`) is tried by the regex engine at every offset of the text, at a
 * cost of tens of nanoseconds each with `\p{…}` classes; when every match must contain a short literal
 * anchor (`, ngày`), only the offsets just before each anchor need trying.
 */

export interface AnchorBounds {
  /** the anchor starts at most this many code units after the match start */
  before: number;
  /**
   * optional: the lowest offset at which a match holding the anchor that starts at `at` can begin
   * (≥ `lowest`), when the pattern says more than `before` does (only letters and spaces precede the
   * anchor, say). Must not decrease as `at` grows.
   */
  floor?: (text: string, at: number, lowest: number) => number;
}

/** The sticky twin of a global regex: the same pattern, tried at `lastIndex` only. */
export function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace('g', '')}y`);
}

/**
 * Exactly the matches a global regex finds iterating over `text` from offset 0 (same order, same
 * groups and indexes), given `sticky` (its `stickyOf` twin), that every match contains a match of
 * `anchor` (global, matches never overlapping) and that `bounds` hold. Only the offsets from each
 * anchor's floor up to the anchor are tried, each attempt on the whole text (lookarounds see the real
 * neighbours), so the work is bounded by the number of anchors times `before`.
 */
export function anchoredMatches(
  sticky: RegExp,
  text: string,
  anchor: RegExp | AnchorFinder,
  bounds: AnchorBounds,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = 0; // where the plain iteration would try next
  const next = typeof anchor === 'function' ? anchor : regexFinder(anchor);
  for (let a = next(text, 0); a; a = next(text, a.end)) {
    const at = a.start;
    if (at < pos) continue; // a match starting at or after `pos` cannot hold this anchor
    const lowest = Math.max(0, at - bounds.before);
    const floor = bounds.floor ? bounds.floor(text, at, lowest) : lowest;
    // offsets in [pos, floor) cannot start a match holding this anchor or (floors do not decrease) a
    // later one; earlier anchors have settled theirs
    for (let s = Math.max(pos, floor); s <= at;) {
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m && m[0].length > 0) {
        out.push(m);
        s = pos = s + m[0].length;
      } else s++;
    }
    pos = Math.max(pos, at + 1);
  }
  return out;
}

/**
 * The first anchor starting at or after `from` (`start`), and where it ends (`end` > `start`), as the
 * global scan of an anchor regex finds them; null when there is none.
 */
export type AnchorFinder = (text: string, from: number) => { start: number; end: number } | null;

function regexFinder(anchor: RegExp): AnchorFinder {
  return (text, from) => {
    anchor.lastIndex = from;
    const a = anchor.exec(text);
    return a ? { start: a.index, end: a.index + Math.max(1, a[0].length) } : null;
  };
}
