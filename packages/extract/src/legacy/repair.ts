/**
 * Legacy-encoding repair of extracted text whose runs/fonts are unknown (PDF text layers, TXT):
 * decide per line by statistics, then let the document's majority decide the undecided lines that
 * still hold legacy candidate characters (vn-docs-spec.md §10.5 step D).
 */
import iconv from 'iconv-lite';
import { decodeTcvn3, decodeViqr, decodeVni } from './decode.ts';
import { detectLegacyEncoding, hasLegacyCandidates, type Detection } from './detect.ts';
import type { LegacyEncoding } from './font-encoding.ts';
import { restoreLostU } from './restore-u.ts';

export interface LegacyRepair {
  text: string;
  /** encoding → number of lines decoded with it */
  decoded: Map<LegacyEncoding, number>;
  /** `ư` letters put back into TCVN3 text that had lost its soft hyphens */
  restoredU: number;
}

export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(text);
    case 'tcvn3-caps':
      return decodeTcvn3(text, { caps: true });
    case 'vni':
      return decodeVni(text);
    case 'viqr':
      return decodeViqr(text);
    case 'utf8-mojibake':
      return iconv.decode(iconv.encode(text, 'win1252'), 'utf8').normalize('NFC');
  }
}

function isLegacy(d: Detection): d is LegacyEncoding {
  return d !== 'unicode' && d !== 'undecided';
}

/** Fold private-use symbol-font characters (U+F020–U+F0FF) back to their byte values. */
export function foldPrivateUse(text: string): string {
  return text.replace(/[\uF020-\uF0FF]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xf000));
}

export function repairLegacyText(input: string): LegacyRepair {
  // Private-use symbol-font characters are folded only for deciding and decoding legacy lines;
  // a Unicode line keeps them as they are (e.g. a Wingdings bullet).
  const original = input.split('\n');
  const lines = original.map(foldPrivateUse);
  const decisions = lines.map((line) => detectLegacyEncoding(line));
  const votes = new Map<LegacyEncoding, number>();
  let unicodeVotes = 0;
  decisions.forEach((d, i) => {
    if (isLegacy(d)) votes.set(d, (votes.get(d) ?? 0) + 1);
    else if (d === 'unicode' && hasLegacyCandidates(lines[i]!)) unicodeVotes += 1;
  });
  const majority = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  const fallback =
    majority !== undefined && majority[1] > unicodeVotes && majority[0] !== 'utf8-mojibake'
      ? majority[0]
      : null;
  const decoded = new Map<LegacyEncoding, number>();
  // TCVN3 text with no U+00AD at all has lost every plain `ư` (soft hyphens dropped on the way).
  const lostSoftHyphens = !input.includes('\u00AD');
  let restoredU = 0;
  const out = lines.map((line, i) => {
    const d = decisions[i]!;
    const encoding = isLegacy(d)
      ? d
      : d === 'undecided' && fallback !== null && hasLegacyCandidates(line)
        ? fallback
        : null;
    if (encoding === null) return original[i]!;
    decoded.set(encoding, (decoded.get(encoding) ?? 0) + 1);
    const text = decodeLegacy(line, encoding);
    if (!(encoding === 'tcvn3' && lostSoftHyphens)) return text;
    const restored = restoreLostU(text);
    restoredU += restored.repairs;
    return restored.text;
  });
  return { text: out.join('\n'), decoded, restoredU };
}

const NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'phông TCVN3 (ABC)',
  'tcvn3-caps': 'phông TCVN3 (ABC) chữ hoa',
  vni: 'phông VNI-Windows',
  viqr: 'kiểu gõ VIQR',
  'utf8-mojibake': 'văn bản UTF-8 bị đọc nhầm thành Windows-1252',
};

/** The Vietnamese warnings for what was decoded (`unit`: dòng, đoạn, ...). */
export function legacyWarnings(
  decoded: Map<LegacyEncoding, number>,
  unit: string,
  restoredU = 0,
): string[] {
  const warnings = [...decoded.entries()].map(
    ([encoding, count]) => `Đã giải mã ${NAMES[encoding]} sang Unicode (${count} ${unit}).`,
  );
  if (restoredU > 0)
    warnings.push(
      `Đã khôi phục ${restoredU} chữ "ư" bị mất trong văn bản TCVN3 (ký tự gạch nối mềm bị xóa); nên kiểm tra lại.`,
    );
  return warnings;
}
