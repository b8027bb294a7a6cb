/**
 * Unicode → legacy encoders (the inverse tables). Used to build test inputs and benchmarks, and
 * to prove the decoders round-trip; extraction itself never encodes.
 */
import { TCVN3_TO_UNICODE } from './tcvn3-table.ts';
import { VNI_PAIR_TO_UNICODE, VNI_SINGLE_TO_UNICODE } from './vni-table.ts';

function invert(table: Readonly<Record<string, string>>): Map<string, string> {
  const inverse = new Map<string, string>();
  for (const [legacy, unicode] of Object.entries(table)) {
    if (!inverse.has(unicode)) inverse.set(unicode, legacy);
  }
  return inverse;
}

const TCVN3_FROM_UNICODE = invert(TCVN3_TO_UNICODE);
const VNI_FROM_UNICODE = invert({ ...VNI_PAIR_TO_UNICODE, ...VNI_SINGLE_TO_UNICODE });

/** One run of TCVN3 text; `caps` runs are in a capitals (`…H`) font. */
export interface Tcvn3Run {
  text: string;
  caps: boolean;
}

/**
 * Encode NFC text as TCVN3 runs (characters that are not TCVN3 letters pass through). Upper-case toned vowels exist only in capitals fonts, so each one
 * becomes its own `caps` run holding the lower-case code (as a Word user switching to `.VnTimeH`).
 */
export function encodeTcvn3Runs(text: string): Tcvn3Run[] {
  const runs: Tcvn3Run[] = [];
  const push = (chunk: string, caps: boolean): void => {
    const last = runs.at(-1);
    if (last !== undefined && last.caps === caps) last.text += chunk;
    else runs.push({ text: chunk, caps });
  };
  for (const ch of text.normalize('NFC')) {
    const direct = TCVN3_FROM_UNICODE.get(ch);
    if (direct !== undefined) push(direct, false);
    else {
      const lower = TCVN3_FROM_UNICODE.get(ch.toLowerCase());
      if (lower !== undefined) push(lower, true);
      else if (TCVN3_TO_UNICODE[ch] === undefined) push(ch, false);
      else throw new Error(`${ch} cannot be written in TCVN3 (its code is a letter there)`);
    }
  }
  return runs;
}

export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = VNI_FROM_UNICODE.get(ch);
    if (code !== undefined) out += code;
    else if (ch.codePointAt(0)! < 0xc0 || ch.codePointAt(0)! > 0xff) out += ch;
    else throw new Error(`${ch} cannot be written in VNI`);
  }
  return out;
}
