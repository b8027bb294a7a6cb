/**
 * Legacy-encoding repair of extracted text whose runs/fonts are unknown (PDF text layers, TXT):
 * decide per line by statistics, then let the document's majority decide the undecided lines that
 * still hold legacy candidate characters (vn-docs-spec.md §10.5 step D).
 */
import iconv from 'iconv-lite';
import { decodeTcvn3, decodeViqr, decodeVni } from './decode.ts';
import { detectLegacyEncoding, hasLegacyCandidates, type Detection } from './detect.ts';
import type { LegacyEncoding } from './font-encoding.ts';

export interface LegacyRepair {
  text: string;
  /** encoding → number of lines decoded with it */
  decoded: Map<LegacyEncoding, number>;
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
  const lines = foldPrivateUse(input).split('\n');
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
  const out = lines.map((line, i) => {
    const d = decisions[i]!;
    const encoding = isLegacy(d)
      ? d
      : d === 'undecided' && fallback !== null && hasLegacyCandidates(line)
        ? fallback
        : null;
    if (encoding === null) return line;
    decoded.set(encoding, (decoded.get(encoding) ?? 0) + 1);
    return decodeLegacy(line, encoding);
  });
  return { text: out.join('\n'), decoded };
}

const NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'phông TCVN3 (ABC)',
  'tcvn3-caps': 'phông TCVN3 (ABC) chữ hoa',
  vni: 'phông VNI-Windows',
  viqr: 'kiểu gõ VIQR',
  'utf8-mojibake': 'văn bản UTF-8 bị đọc nhầm thành Windows-1252',
};

/** The Vietnamese warnings for what was decoded (`unit`: dòng, đoạn, ...). */
export function legacyWarnings(decoded: Map<LegacyEncoding, number>, unit: string): string[] {
  return [...decoded.entries()].map(
    ([encoding, count]) => `Đã giải mã ${NAMES[encoding]} sang Unicode (${count} ${unit}).`,
  );
}
