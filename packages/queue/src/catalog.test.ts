import { describe, expect, it } from 'vitest';
import { JOBS, PIPELINE_VERSION, isJobName, processFilePayload } from './catalog.ts';

const payload = {
  batchId: 'b1',
  fileIndex: 0,
  documentId: 'a'.repeat(24),
  sha256: 'a'.repeat(64),
  name: 'ke-hoach.pdf',
};

describe('job catalog', () => {
  it('accepts ids and keys only, and refuses anything else', () => {
    expect(processFilePayload.parse(payload)).toEqual(payload);
    expect(processFilePayload.safeParse({ ...payload, documentId: 'x' }).success).toBe(false);
    expect(processFilePayload.safeParse({ ...payload, fileIndex: -1 }).success).toBe(false);
    // extra fields (such as bytes or text) are stripped, never carried into Redis
    expect(processFilePayload.parse({ ...payload, text: 'nội dung' })).not.toHaveProperty('text');
  });

  it('gives the same job id for the same document and pipeline version', () => {
    const a = JOBS['process-file'].jobId(payload);
    const b = JOBS['process-file'].jobId({
      ...payload,
      batchId: 'other',
      fileIndex: 3,
      name: 'x.pdf',
    });
    expect(a).toBe(b);
    expect(a).toContain(payload.documentId);
    expect(a).toContain(`p${PIPELINE_VERSION}`);
    expect(a).not.toContain(':');
    expect(JOBS['reindex-document'].jobId({ documentId: payload.documentId })).not.toBe(a);
  });

  it('defaults to 5 attempts with exponential backoff', () => {
    expect(JOBS['process-file'].attempts).toBe(5);
    expect(JOBS['process-file'].backoff.type).toBe('exponential');
    expect(isJobName('process-file')).toBe(true);
    expect(isJobName('drop-everything')).toBe(false);
  });
});
