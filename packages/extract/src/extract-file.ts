/**
 * `extractFile`: bytes → stored text (or, for a zip, one result or error per member). The type
 * comes from the content, the extractor from the registry; every failure is an `AppError`.
 */
import {
  AppError,
  CorruptDocumentError,
  EmptyDocumentError,
  EncryptedDocumentError,
  UnsupportedFormatError,
} from '@vanban/core';
import { expandArchive } from './archive/expand-archive.ts';
import { EXTRACTORS } from './extractors.ts';
import { createRegistry, type ExtractContext } from './registry.ts';
import { sniffType } from './sniff.ts';
import type { ArchiveMemberResult, ExtractOptions, ExtractResult } from './types.ts';

const DEFAULT_TIMEOUT_MS = 60_000;
const findExtractor = createRegistry(EXTRACTORS);

const CLAIMED: Record<string, string> = {
  pdf: 'PDF',
  docx: 'DOCX',
  txt: 'văn bản TXT',
  zip: 'ZIP',
};

function unsupportedMessage(description: string, fileName?: string): string {
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const claimed = ext === undefined ? undefined : CLAIMED[ext];
  if (claimed !== undefined)
    return `Tệp "${fileName}" có đuôi .${ext} nhưng nội dung không phải ${claimed} (${description}); tệp có thể bị hỏng hoặc đặt sai tên.`;
  if (description.startsWith('Word 97-2003'))
    return 'Không hỗ trợ định dạng Word 97-2003 .doc; hãy mở bằng Word hoặc LibreOffice, lưu thành .docx hoặc PDF rồi tải lên lại.';
  return `Không hỗ trợ định dạng tệp này (${description}); chỉ nhận PDF, DOCX, TXT và ZIP.`;
}

async function extractMembers(
  bytes: Uint8Array,
  options: ExtractOptions,
): Promise<ArchiveMemberResult[]> {
  const members = await expandArchive(bytes, options.archiveLimits ?? {});
  const results: ArchiveMemberResult[] = [];
  for (const member of members) {
    if ('error' in member) {
      results.push(member);
      continue;
    }
    try {
      const name = member.path.split('/').at(-1) ?? member.path;
      results.push({
        path: member.path,
        result: await extractFile(member.bytes, { ...options, fileName: name }),
      });
    } catch (error) {
      const e =
        error instanceof AppError
          ? error
          : new AppError('internal_error', (error as Error).message);
      results.push({ path: member.path, error: { code: e.code, message: e.message } });
    }
  }
  return results;
}

export async function extractFile(
  bytes: Uint8Array,
  options: ExtractOptions = {},
): Promise<ExtractResult> {
  if (bytes.length === 0) throw new EmptyDocumentError('Tệp rỗng (0 byte).');
  const type = sniffType(bytes);
  if (type.kind === 'zip')
    return { kind: 'archive', members: await extractMembers(bytes, options) };
  if (type.kind === 'corrupt') throw new CorruptDocumentError(type.description);
  if (type.kind === 'unsupported') {
    if (type.encrypted === true)
      throw new EncryptedDocumentError(
        `Tệp ${type.description} được mã hóa bằng mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.`,
      );
    throw new UnsupportedFormatError(unsupportedMessage(type.description, options.fileName), {
      context: { mime: type.mime },
    });
  }
  const extractor = findExtractor(type);
  if (extractor === undefined) throw new UnsupportedFormatError(unsupportedMessage(type.mime));
  const context: ExtractContext = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ocr: options.ocr ?? true,
  };
  return extractor.extract(bytes, context);
}
