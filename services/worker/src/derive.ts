import { NotFoundError } from '@vanban/core';
import { PIPELINE_VERSION } from '@vanban/queue';
import type { BlobStore, DerivedRecord, DerivedStore } from '@vanban/storage';
import type { ExtractPool } from './extract/extract-pool.ts';

export interface DeriveDeps {
  blobs: BlobStore;
  derived: DerivedStore;
  pool: ExtractPool;
}

/**
 * The derived record of a document: reused when one of the current pipeline version exists for
 * the same bytes (a retry after Meilisearch was down, a reindex, a duplicate name), otherwise
 * extracted and analysed from the original blob and written atomically.
 */
export async function deriveDocument(
  deps: DeriveDeps,
  input: { documentId: string; sha256: string; names: string[] },
): Promise<{ record: DerivedRecord; reused: boolean }> {
  const names = input.names.length > 0 ? input.names : [input.documentId];
  const existing = await deps.derived.get(input.documentId);
  if (
    existing &&
    existing.sha256 === input.sha256 &&
    existing.pipelineVersion === PIPELINE_VERSION
  ) {
    if (sameList(existing.names, names)) return { record: existing, reused: true };
    const record = { ...existing, names };
    await deps.derived.put(record);
    return { record, reused: true };
  }
  if (!(await deps.blobs.has(input.sha256))) {
    throw new NotFoundError(`Không tìm thấy tệp gốc của tài liệu ${input.documentId}.`);
  }
  const doc = await deps.pool.extract(
    deps.blobs.pathOf(input.sha256),
    names[0] ?? input.documentId,
  );
  const record: DerivedRecord = {
    id: input.documentId,
    sha256: input.sha256,
    names,
    mime: doc.mime,
    text: doc.text,
    ocrPages: doc.ocrPages,
    warnings: doc.warnings,
    analysis: doc.analysis,
    pipelineVersion: PIPELINE_VERSION,
    derivedAt: new Date().toISOString(),
    ...(doc.pages === undefined ? {} : { pages: doc.pages }),
  };
  await deps.derived.put(record);
  return { record, reused: false };
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
