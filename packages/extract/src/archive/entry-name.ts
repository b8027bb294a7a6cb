/**
 * Decoding zip entry names. Names flagged UTF-8 (bit 11) or carrying an Info-ZIP Unicode Path
 * are UTF-8; other names are whatever code page the zipping machine used: CP437 by the standard,
 * Windows-1258 on Vietnamese Windows, UTF-8 from unflagged tools. We try each and keep the reading
 * that looks most like Vietnamese; mojibake and legacy-font names are then repaired.
 */
import iconv from 'iconv-lite';
import { repairLegacyText } from '../legacy/repair.ts';
import { scoreSyllables } from '../text/syllable.ts';
import type { RawZipEntry } from './zip-reader.ts';

/** Characters that a file name in Vietnamese practically never contains. */
const UNLIKELY =
  /[\u0080-\u009f\u2500-\u259f\u0391-\u03c9\u0192\u00a2-\u00a5\u00a7\u00aa-\u00ac\u00b0-\u00bf\u00d7\u00f7\u2020-\u2030\u2122]/gu;

export function scoreName(name: string): number {
  const stem = name.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const letters = stem.match(/\p{L}/gu)?.length ?? 0;
  const unlikely = stem.match(UNLIKELY)?.length ?? 0;
  return scoreSyllables(stem).share - (letters === 0 ? 0 : (2 * unlikely) / letters);
}

function validUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function best(candidates: string[]): string {
  let top = candidates[0]!;
  let topScore = scoreName(top);
  for (const c of candidates.slice(1)) {
    const s = scoreName(c);
    if (s > topScore + 0.05) {
      top = c;
      topScore = s;
    }
  }
  return top;
}

/** A name already decoded as Unicode may still be mojibake or legacy-font text: repair when clearly better. */
function repairDecoded(name: string): string {
  const candidates = [name, repairLegacyText(name).text];
  if (
    [...name].every((ch) => ch.charCodeAt(0) <= 0xff) ||
    /[\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u203a]/u.test(name)
  ) {
    const bytes = iconv.encode(name, 'windows-1252');
    candidates.push(iconv.decode(bytes, 'windows-1258'), validUtf8(bytes) ?? name);
  }
  return best(candidates.map((c) => c.normalize('NFC')));
}

export function decodeEntryName(
  raw: Pick<RawZipEntry, 'rawName' | 'utf8Flag' | 'unicodePath'>,
): string {
  if (raw.unicodePath !== null) return repairDecoded(raw.unicodePath);
  const bytes = raw.rawName;
  if (raw.utf8Flag) return repairDecoded(bytes.toString('utf8'));
  if (bytes.every((b) => b < 0x80)) return bytes.toString('latin1');
  const utf8 = validUtf8(bytes);
  if (utf8 !== null) return repairDecoded(utf8);
  const candidates = ['cp437', 'windows-1258', 'windows-1252', 'cp850'].map((enc) =>
    iconv.decode(bytes, enc).normalize('NFC'),
  );
  candidates.push(repairLegacyText(iconv.decode(bytes, 'windows-1252')).text.normalize('NFC'));
  return best(candidates);
}
