import { repairLegacyText, legacyWarnings } from '../legacy/repair.ts';
import type { DocumentResult } from '../types.ts';
import { decodeTextBytes } from './decode-text.ts';

const ENCODING_NAMES: Record<string, string> = {
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258',
  'windows-1252': 'Windows-1252',
};

export function extractTxt(bytes: Uint8Array): DocumentResult {
  const decoded = decodeTextBytes(bytes);
  const warnings: string[] = [];
  const name = ENCODING_NAMES[decoded.encoding];
  if (name !== undefined) warnings.push(`Đã đọc tệp văn bản theo bảng mã ${name}.`);
  const repaired = repairLegacyText(decoded.text);
  warnings.push(...legacyWarnings(repaired.decoded, 'dòng', repaired.restoredU));
  return {
    kind: 'document',
    mime: 'text/plain',
    // Only line ends and NFC change: the file's own text is the stored text (offsets stay valid).
    text: repaired.text.replace(/\r\n?/g, '\n').normalize('NFC'),
    ocrPages: [],
    warnings,
  };
}
