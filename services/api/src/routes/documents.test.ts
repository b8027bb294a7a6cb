import { describe, expect, it } from 'vitest';
import { contentDisposition } from './documents.ts';

describe('Content-Disposition of originals', () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    expect(contentDisposition('Báo cáo số 131-KH/HU.pdf')).toBe(
      `attachment; filename="HU.pdf"; filename*=UTF-8''HU.pdf`,
    );
    expect(contentDisposition('Kế hoạch Đảng (2019).docx')).toBe(
      `attachment; filename="Ke hoach Dang (2019).docx"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%C4%90%E1%BA%A3ng%20%282019%29.docx`,
    );
  });

  it('cannot break out of the header with quotes, backslashes or line breaks', () => {
    const header = contentDisposition('a"b\\c\r\nSet-Cookie: x=1.txt');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
  });
});
