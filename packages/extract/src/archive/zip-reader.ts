/**
 * Streaming zip reading on top of yauzl. Entry names are left as raw bytes (decoded by the
 * caller), and every read counts inflated bytes as they stream, aborting as soon as a limit is
 * passed: the sizes a zip declares in its headers are never trusted on their own.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { CorruptDocumentError, EncryptedDocumentError, type AppError } from '@vanban/core';
import { ArchiveLimitExceededError } from '../errors.ts';

export interface RawZipEntry {
  rawName: Buffer;
  utf8Flag: boolean;
  /** Info-ZIP Unicode Path extra field (0x7075), when present */
  unicodePath: string | null;
  isDirectory: boolean;
  /** a Unix symbolic link (its data is the link target): never followed */
  isSymlink: boolean;
  encrypted: boolean;
  compressedSize: number;
  declaredSize: number;
  entry: yauzl.Entry;
}

/** Shared between all reads of one archive (and its nested archives). */
export interface ReadBudget {
  remainingTotalBytes: number;
}

export interface ReadLimits {
  maxBytes: number;
  maxRatio: number;
  ratioGraceBytes: number;
  budget: ReadBudget;
}

function unicodePathExtra(entry: yauzl.Entry): string | null {
  for (const field of entry.extraFields) {
    if (field.id === 0x7075 && field.data.length > 5 && field.data[0] === 1) {
      return field.data.subarray(5).toString('utf8');
    }
  }
  return null;
}

export function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: false },
      (error, zipfile) => {
        if (error !== null && error !== undefined) {
          reject(
            new CorruptDocumentError(`Tệp nén ZIP bị hỏng: ${error.message}`, { cause: error }),
          );
        } else resolve(zipfile);
      },
    );
  });
}

/** Iterate entries one at a time; the consumer may read each before asking for the next. */
export async function* iterateEntries(zipfile: yauzl.ZipFile): AsyncGenerator<RawZipEntry> {
  for (;;) {
    const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      const onEntry = (e: yauzl.Entry): void => {
        cleanup();
        resolve(e);
      };
      const onEnd = (): void => {
        cleanup();
        resolve(null);
      };
      const onError = (error: Error): void => {
        cleanup();
        reject(new CorruptDocumentError(`Tệp nén ZIP bị hỏng: ${error.message}`, { cause: error }));
      };
      const cleanup = (): void => {
        zipfile.off('entry', onEntry).off('end', onEnd).off('error', onError);
      };
      zipfile.on('entry', onEntry).on('end', onEnd).on('error', onError);
      zipfile.readEntry();
    });
    if (entry === null) return;
    const rawName = entry.fileName as unknown as Buffer;
    yield {
      rawName,
      utf8Flag: (entry.generalPurposeBitFlag & 0x800) !== 0,
      unicodePath: unicodePathExtra(entry),
      isDirectory: rawName.at(-1) === 0x2f || rawName.at(-1) === 0x5c,
      isSymlink:
        entry.versionMadeBy >> 8 === 3 &&
        ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000,
      encrypted: (entry.generalPurposeBitFlag & 0x1) !== 0,
      compressedSize: entry.compressedSize,
      declaredSize: entry.uncompressedSize,
      entry,
    };
  }
}

function openStream(zipfile: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zipfile.openReadStream(entry, (error, stream) => {
      if (error !== null && error !== undefined) reject(error);
      else resolve(stream);
    });
  });
}

/** Inflate one entry into memory, enforcing the limits while the bytes stream. */
export async function readEntry(
  zipfile: yauzl.ZipFile,
  raw: RawZipEntry,
  limits: ReadLimits,
): Promise<Buffer> {
  if (raw.encrypted) throw new EncryptedDocumentError('Tệp trong ZIP được mã hóa bằng mật khẩu.');
  if (raw.declaredSize > limits.maxBytes)
    throw new ArchiveLimitExceededError(
      `Tệp trong ZIP quá lớn khi giải nén (${raw.declaredSize} byte, giới hạn ${limits.maxBytes}).`,
    );
  let stream: Readable;
  try {
    stream = await openStream(zipfile, raw.entry);
  } catch (error) {
    throw new CorruptDocumentError(
      `Không giải nén được tệp trong ZIP: ${(error as Error).message}`,
    );
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const abort = (error: AppError): void => {
      stream.destroy();
      reject(error);
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      limits.budget.remainingTotalBytes -= chunk.length;
      if (size > limits.maxBytes) {
        abort(
          new ArchiveLimitExceededError(
            `Tệp trong ZIP vượt giới hạn dung lượng khi giải nén (hơn ${limits.maxBytes} byte).`,
          ),
        );
      } else if (limits.budget.remainingTotalBytes < 0) {
        abort(
          new ArchiveLimitExceededError(
            'Tệp ZIP vượt tổng dung lượng cho phép khi giải nén (nghi là "bom ZIP").',
            { context: { total: true } },
          ),
        );
      } else if (
        size > limits.ratioGraceBytes &&
        size > limits.maxRatio * Math.max(1, raw.compressedSize)
      ) {
        abort(
          new ArchiveLimitExceededError(
            `Tỷ lệ nén của tệp trong ZIP bất thường (hơn ${limits.maxRatio}:1, nghi là "bom ZIP").`,
          ),
        );
      } else chunks.push(chunk);
    });
    stream.on('error', (error) => {
      // yauzl stops a member that inflates past the size its header declares: a crafted bomb.
      if (/too many bytes in the stream/.test(error.message))
        reject(
          new ArchiveLimitExceededError(
            'Tệp trong ZIP giải nén ra nhiều hơn kích thước khai báo (nghi là "bom ZIP"); đã dừng.',
            { cause: error },
          ),
        );
      else
        reject(
          new CorruptDocumentError(`Tệp trong ZIP bị hỏng: ${error.message}`, { cause: error }),
        );
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
