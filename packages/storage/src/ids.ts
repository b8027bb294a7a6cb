import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of the bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A document's id: the first 24 hex characters of the SHA-256 of its bytes (team contract). */
export function documentIdOf(sha256: string): string {
  return sha256.slice(0, 24);
}

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
export const DOCUMENT_ID_PATTERN = /^[0-9a-f]{24}$/;

export function isSha256(value: string): boolean {
  return SHA256_PATTERN.test(value);
}

export function isDocumentId(value: string): boolean {
  return DOCUMENT_ID_PATTERN.test(value);
}
