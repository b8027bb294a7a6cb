import { UNIT_FAMILIES } from './units.ts';

/**
 * The plain form of unit candidate search, the oracle the tests hold `collectCandidates` to: every
 * family's global scan over the whole text, then the longest of overlapping matches.
 */
export function plainCandidates(
  text: string,
): Array<{ start: number; end: number; surface: string }> {
  const all: Array<{ start: number; end: number; surface: string }> = [];
  for (const { re } of UNIT_FAMILIES) {
    const global = new RegExp(re.source, 'gu');
    for (let m = global.exec(text); m; m = global.exec(text)) {
      all.push({ start: m.index, end: m.index + m[0].length, surface: m[0] });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  return all.filter((c) => {
    if (c.start < reach) return false;
    reach = c.end;
    return true;
  });
}
