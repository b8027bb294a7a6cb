import { isDigitCode, isRegexSpace } from '../text/chars.ts';
import { matchSymbolAt } from './grammar.ts';
import type { SymbolMatch } from './grammar.ts';

/**
 * OCR look-alike letters in a citation's number slot (spec §9.3: `O/0, l/1/I, S/5, B/8`, "fix only
 * inside number slots, flag"): `Kế hoạch số 2O/KH-UBND`, `Nghị quyết số l5-NQ/TW`,
 * `Nghị định số O9/2O17/NĐ-CP`. Tried only at a digit run the citation scan already visits, when a
 * look-alike touches it (or the year part after `/`) and the as-written text gives no symbol.
 */

/** The digit an OCR look-alike letter stands for, or -1. */
function lookAlikeDigit(c: number): number {
  switch (c) {
    case 0x4f /* O */:
      return 0x30;
    case 0x6c /* l */:
    case 0x49 /* I */:
      return 0x31;
    case 0x53 /* S */:
      return 0x35;
    case 0x42 /* B */:
      return 0x38;
    default:
      return -1;
  }
}

function isSlotCode(c: number): boolean {
  return isDigitCode(c) || lookAlikeDigit(c) >= 0;
}

/** `/` (one whitespace either side) then a 4-unit year slot at `p`: its start, or -1. */
function yearSlotAt(s: string, p: number): number {
  if (isRegexSpace(s.charCodeAt(p))) p++;
  if (s.charCodeAt(p) !== 0x2f) return -1;
  p++;
  if (isRegexSpace(s.charCodeAt(p))) p++;
  for (let k = 0; k < 4; k++) if (!isSlotCode(s.charCodeAt(p + k))) return -1;
  return p;
}

function hasLookAlike(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lookAlikeDigit(s.charCodeAt(k)) >= 0) return true;
  return false;
}

/** Cheap test at the digit run `[i, numEnd)`: a look-alike touches it or the year after it. */
export function mayRepairDigits(s: string, i: number, numEnd: number): boolean {
  if (lookAlikeDigit(s.charCodeAt(i - 1)) >= 0 || lookAlikeDigit(s.charCodeAt(numEnd)) >= 0)
    return true;
  const y = yearSlotAt(s, numEnd);
  return y >= 0 && hasLookAlike(s, y, y + 4);
}

/** A slot with its look-alikes read as digits; null if it has none, no real digit, or starts `SO…`. */
function repairSlot(slot: string): string | null {
  let out = '';
  let digits = 0;
  let fixed = 0;
  for (let k = 0; k < slot.length; k++) {
    const c = slot.charCodeAt(k);
    const d = lookAlikeDigit(c);
    if (d < 0) {
      digits++;
      out += slot[k];
    } else {
      // `SO15`, `lO5`: two letters opening the slot are a word, not misread digits
      if (k === 1 && fixed === 1) return null;
      // `12B/QĐ-UBND`: a capital B closing a number is the number's letter suffix, not a misread 8
      if (
        c === 0x42 &&
        k === slot.length - 1 &&
        k > 0 &&
        lookAlikeDigit(slot.charCodeAt(k - 1)) < 0
      )
        return null;
      fixed++;
      out += String.fromCharCode(d);
    }
  }
  return digits === 0 || fixed > digits ? null : out;
}

export interface DigitRepair {
  /** start of the number slot (the citation's number starts here) */
  readonly start: number;
  /** the repaired number (`20` for `2O`) */
  readonly number: string;
  /** the symbol read after the repaired slots; `end` in the analysis copy */
  readonly sym: SymbolMatch;
  /** what was repaired, as written → as read: `2O → 20`, `2O17 → 2017` */
  readonly repairs: string;
}

/** Longest symbol read after a repaired slot; a longer match is refused (the window may cut it). */
const WINDOW = 120;

/**
 * The number slot around the digit run `[i, numEnd)` (digits and look-alikes, at most 5, not glued
 * to a letter other than `số`, a digit, `/` or `-` on its left), repaired, with the symbol after it
 * read on a same-length repaired copy of the next {@link WINDOW} units (the year slot of a legal form
 * repaired too); null when nothing was repaired or no symbol follows.
 */
export function repairDigitsAt(
  s: string,
  i: number,
  numEnd: number,
  acceptableLeft: (s: string, at: number) => boolean,
): DigitRepair | null {
  let start = i;
  while (start > 0 && i - start < 5 && isSlotCode(s.charCodeAt(start - 1))) start--;
  let end = numEnd;
  while (end - start < 6 && isSlotCode(s.charCodeAt(end))) end++;
  if (end - start > 5 || !acceptableLeft(s, start)) return null;
  const slot = s.slice(start, end);
  let number = slot;
  const repairs: string[] = [];
  if (hasLookAlike(s, start, end)) {
    const r = repairSlot(slot);
    if (r === null) return null;
    number = r;
    repairs.push(`${slot} → ${r}`);
  }
  const limit = Math.min(s.length, end + WINDOW);
  let win = number + s.slice(end, limit);
  const y = yearSlotAt(s, end);
  if (y >= 0 && !isSlotCode(s.charCodeAt(y + 4)) && hasLookAlike(s, y, y + 4)) {
    const yearText = s.slice(y, y + 4);
    const year = repairSlot(yearText);
    if (year === null || !/^(?:19|20)\d\d$/.test(year)) return null;
    const at = y - start;
    win = win.slice(0, at) + year + win.slice(at + 4);
    repairs.push(`${yearText} → ${year}`);
  }
  if (repairs.length === 0) return null;
  const m = matchSymbolAt(win, end - start);
  if (m === null || (limit < s.length && m.end >= win.length - 1)) return null;
  return { start, number, sym: { ...m, end: m.end + start }, repairs: repairs.join(', ') };
}
