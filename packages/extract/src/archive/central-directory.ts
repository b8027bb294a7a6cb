/**
 * Minimal reader of a zip's central directory: raw entry names only, to tell DOCX/XLSX/ODT from a
 * plain archive without inflating anything. Returns null when the directory cannot be found.
 */
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

export function listZipEntryNames(bytes: Uint8Array, max = 5000): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minEocd = Math.max(0, bytes.length - 22 - 0xffff);
  for (let pos = bytes.length - 22; pos >= minEocd; pos -= 1) {
    if (view.getUint32(pos, true) !== EOCD_SIGNATURE) continue;
    const count = view.getUint16(pos + 10, true);
    let offset = view.getUint32(pos + 16, true);
    const names: string[] = [];
    for (let i = 0; i < Math.min(count, max); i += 1) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
        return names.length > 0 ? names : null;
      }
      const nameLength = view.getUint16(offset + 28, true);
      const extraLength = view.getUint16(offset + 30, true);
      const commentLength = view.getUint16(offset + 32, true);
      const name = bytes.subarray(offset + 46, offset + 46 + nameLength);
      names.push(Buffer.from(name).toString('latin1'));
      offset += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return null;
}
