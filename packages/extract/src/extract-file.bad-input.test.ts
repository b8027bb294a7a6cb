import { readFileSync } from 'node:fs';
import { AppError } from '@vanban/core';
import { describe, expect, it } from 'vitest';
import { extractFile } from './extract-file.ts';
import { fixture } from './testing/paths.ts';

async function failure(file: string, options = {}): Promise<AppError> {
  const started = Date.now();
  try {
    await extractFile(new Uint8Array(readFileSync(file)), options);
  } catch (error) {
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error(`${file} was extracted but should have failed`);
}

describe('bad inputs give their own clear error', () => {
  it('encrypted PDF → encrypted_document', async () => {
    const e = await failure(fixture('bad', 'encrypted.pdf'));
    expect(e.code).toBe('encrypted_document');
    expect(e.message).toMatch(/mật khẩu/);
    expect(e.retryable).toBe(false);
  });

  it('password-protected DOCX (encrypted OOXML in OLE2) → encrypted_document', async () => {
    const e = await failure(fixture('bad', 'encrypted.docx'));
    expect(e.code).toBe('encrypted_document');
    expect(e.message).toMatch(/mật khẩu/);
  });

  it('truncated DOCX → corrupt_document saying it is cut short', async () => {
    const e = await failure(fixture('bad', 'truncated.docx'));
    expect(e.code).toBe('corrupt_document');
    expect(e.message).toMatch(/Word \(\.docx\) bị cắt cụt/);
  });

  it('DOCX without word/document.xml → corrupt_document naming the missing part', async () => {
    const e = await failure(fixture('bad', 'missing-part.docx'));
    expect(e.code).toBe('corrupt_document');
    expect(e.message).toContain('word/document.xml');
  });

  it('truncated PDF → corrupt_document saying it is cut short', async () => {
    const e = await failure(fixture('bad', 'truncated.pdf'));
    expect(e.code).toBe('corrupt_document');
    expect(e.message).toMatch(/cắt cụt/);
  });

  it('empty files → empty_document', async () => {
    for (const name of ['empty.pdf', 'empty.txt']) {
      const e = await failure(fixture('bad', name));
      expect(e.code).toBe('empty_document');
      expect(e.message).toMatch(/rỗng/);
    }
  });

  it('random bytes named .pdf → unsupported_format saying the name lies', async () => {
    const e = await failure(fixture('bad', 'fake.pdf'), { fileName: 'fake.pdf' });
    expect(e.code).toBe('unsupported_format');
    expect(e.message).toContain('"fake.pdf" có đuôi .pdf nhưng nội dung không phải PDF');
  });

  it('Word 97-2003 .doc → unsupported_format naming it', async () => {
    const e = await failure(fixture('bad', 'old-word.doc'));
    expect(e.code).toBe('unsupported_format');
    expect(e.message).toContain('Word 97-2003 .doc');
  });

  it('an image → unsupported_format naming it', async () => {
    const e = await failure(fixture('bad', 'image.png'));
    expect(e.code).toBe('unsupported_format');
    expect(e.message).toContain('PNG');
  });

  it('a PDF parse past its time limit → extraction_timeout (retryable), the worker is stopped', async () => {
    const e = await failure(fixture('documents', 'seeds', '000.pdf'), { timeoutMs: 1 });
    expect(e.code).toBe('extraction_timeout');
    expect(e.retryable).toBe(true);
  });

  it('a PDF without pages → empty_document; a corrupt PDF body → corrupt_document', async () => {
    const noPages = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    await expect(extractFile(new Uint8Array(noPages))).rejects.toMatchObject({
      code: 'empty_document',
    });
    const garbage = Buffer.from('%PDF-1.4\nthis is not a pdf body at all\n%%EOF\n');
    await expect(extractFile(new Uint8Array(garbage))).rejects.toMatchObject({
      code: 'corrupt_document',
    });
  });
});
