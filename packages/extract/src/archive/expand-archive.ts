/**
 * Zip → member documents, nested zips expanded in place (`2019/inner.zip/Kế hoạch.pdf`).
 * Limits are enforced while inflating; a member that breaks a per-member limit, is encrypted,
 * corrupt or has an unsafe path is reported on its own and the others still come through.
 * Breaking an archive-wide limit (total size, member count) refuses the whole archive.
 */
import { AppError, CorruptDocumentError, EmptyDocumentError } from '@vanban/core';
import { ArchiveLimitExceededError, UnsafeArchivePathError } from '../errors.ts';
import { sniffType } from '../sniff.ts';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits, type ArchiveMemberError } from '../types.ts';
import { decodeEntryName } from './entry-name.ts';
import { checkMemberPath } from './member-path.ts';
import { iterateEntries, openZip, readEntry, type ReadBudget } from './zip-reader.ts';

export type ExpandedMember =
  { path: string; bytes: Uint8Array } | { path: string; error: ArchiveMemberError };

interface ExpandState {
  limits: ArchiveLimits;
  budget: ReadBudget;
  entries: number;
}

function memberError(path: string, error: unknown): ExpandedMember {
  if (error instanceof AppError)
    return { path, error: { code: error.code, message: error.message } };
  return { path, error: { code: 'corrupt_document', message: (error as Error).message } };
}

function isArchiveWide(error: unknown): boolean {
  return error instanceof ArchiveLimitExceededError && error.context?.total === true;
}

async function expandInto(
  bytes: Uint8Array,
  prefix: string,
  depth: number,
  state: ExpandState,
  out: ExpandedMember[],
): Promise<void> {
  const zip = await openZip(bytes);
  try {
    for await (const raw of iterateEntries(zip)) {
      if (raw.isDirectory) continue;
      const verdict = checkMemberPath(decodeEntryName(raw));
      if (verdict.kind === 'skip') continue;
      const path = prefix + verdict.path;
      if (verdict.kind === 'unsafe') {
        const e = new UnsafeArchivePathError(
          `Đường dẫn không an toàn trong tệp ZIP (${verdict.path}); đã bỏ qua.`,
        );
        out.push(memberError(path, e));
        continue;
      }
      if (raw.isSymlink) {
        const e = new UnsafeArchivePathError(
          `Tệp ZIP chứa liên kết tượng trưng (symlink) ${verdict.path}; đã bỏ qua.`,
        );
        out.push(memberError(path, e));
        continue;
      }
      state.entries += 1;
      if (state.entries > state.limits.maxEntries)
        throw new ArchiveLimitExceededError(
          `Tệp ZIP có quá nhiều tệp (hơn ${state.limits.maxEntries}).`,
          { context: { total: true } },
        );
      let data: Buffer;
      try {
        data = await readEntry(zip, raw, {
          maxBytes: state.limits.maxMemberBytes,
          maxRatio: state.limits.maxRatio,
          ratioGraceBytes: state.limits.ratioGraceBytes,
          budget: state.budget,
        });
      } catch (error) {
        if (isArchiveWide(error)) throw error;
        out.push(memberError(path, error));
        continue;
      }
      if (data.length > 0 && sniffType(data).kind === 'zip') {
        if (depth >= state.limits.maxDepth) {
          out.push(
            memberError(
              path,
              new ArchiveLimitExceededError(
                `Tệp ZIP lồng nhau quá sâu (hơn ${state.limits.maxDepth} cấp).`,
              ),
            ),
          );
          continue;
        }
        try {
          await expandInto(data, `${path}/`, depth + 1, state, out);
        } catch (error) {
          if (isArchiveWide(error)) throw error;
          out.push(memberError(path, error));
        }
        continue;
      }
      out.push({ path, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
    }
  } finally {
    zip.close();
  }
}

/** Expand a zip (and the zips inside it) into member files, for the ingest pipeline. */
export async function expandArchive(
  bytes: Uint8Array,
  limits: Partial<ArchiveLimits> = {},
): Promise<ExpandedMember[]> {
  const full = { ...DEFAULT_ARCHIVE_LIMITS, ...limits };
  const state: ExpandState = {
    limits: full,
    budget: { remainingTotalBytes: full.maxTotalBytes },
    entries: 0,
  };
  const out: ExpandedMember[] = [];
  try {
    await expandInto(bytes, '', 0, state, out);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new CorruptDocumentError(`Tệp ZIP bị hỏng: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (out.length === 0) throw new EmptyDocumentError('Tệp ZIP không chứa tệp tài liệu nào.');
  return out;
}
