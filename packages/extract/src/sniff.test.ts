import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffType } from './sniff.ts';
import { fixture } from './testing/paths.ts';
import { writeZip } from './testing/zip-writer.ts';

const sniff = (...parts: string[]) => sniffType(new Uint8Array(readFileSync(fixture(...parts))));

describe('sniffType decides by content, not by name', () => {
  it('recognises PDF, DOCX, ZIP and text', () => {
    expect(sniff('documents', 'seeds', '000.pdf').kind).toBe('pdf');
    expect(sniff('documents', 'seeds', '000.docx').kind).toBe('docx');
    expect(sniff('archives', 'nested.zip').kind).toBe('zip');
    expect(sniff('expected', 'seeds', '000.txt').kind).toBe('text');
    expect(sniff('bad', 'not-a-docx.docx').kind).toBe('pdf');
  });

  it('names what it does not support', () => {
    expect(sniff('bad', 'old-word.doc')).toMatchObject({
      kind: 'unsupported',
      description: 'Word 97-2003 .doc',
    });
    expect(sniff('bad', 'image.png')).toMatchObject({
      kind: 'unsupported',
      description: 'ảnh PNG',
    });
    expect(sniff('bad', 'fake.pdf').kind).toBe('unsupported');
    const xlsx = writeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<x/>') }]);
    expect(sniffType(new Uint8Array(xlsx))).toMatchObject({
      kind: 'unsupported',
      description: 'bảng tính Excel .xlsx',
    });
    expect(sniffType(new Uint8Array(Buffer.from('{\\rtf1 hello}')))).toMatchObject({
      description: 'văn bản RTF',
    });
  });
});
