/**
 * Telling encrypted, truncated and corrupt PDFs apart, for distinct user-facing errors.
 */
import { execFile } from 'node:child_process';

/** A complete PDF ends with `%%EOF` (allowing trailing junk of up to 1 KB, as readers do). */
export function looksTruncated(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  return !tail.includes('%%EOF');
}

export function hasEncryptDictionary(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('/Encrypt');
}

/** `qpdf --requires-password`: exit 0 = needs a password, 2 = not encrypted, 3 = encrypted, opens without. */
export function qpdfRequiresPassword(pdfPath: string): Promise<boolean | null> {
  return new Promise((resolve) => {
    execFile('qpdf', ['--requires-password', pdfPath], { timeout: 10_000 }, (error) => {
      if (error === null) resolve(true);
      else if (typeof error.code === 'number' && (error.code === 2 || error.code === 3))
        resolve(false);
      else resolve(null);
    });
  });
}
