import { describe, expect, it } from 'vitest';
import { splitUploadName } from './uploads.ts';

describe('upload names', () => {
  it('keeps the folder path of a file and uses its base name as the name', () => {
    expect(splitUploadName('2019/Kế hoạch.pdf')).toEqual({
      name: 'Kế hoạch.pdf',
      path: '2019/Kế hoạch.pdf',
    });
    expect(splitUploadName('bao-cao.docx')).toEqual({ name: 'bao-cao.docx' });
  });

  it('never keeps traversal, absolute or Windows separators, and stores NFC', () => {
    expect(splitUploadName('../../etc/passwd')).toEqual({ name: 'passwd', path: 'etc/passwd' });
    expect(splitUploadName('/abs/./x.txt')).toEqual({ name: 'x.txt', path: 'abs/x.txt' });
    expect(splitUploadName('thu muc\\con\\a.pdf')).toEqual({
      name: 'a.pdf',
      path: 'thu muc/con/a.pdf',
    });
    const nfd = 'Kế hoạch.pdf'.normalize('NFD');
    expect(splitUploadName(nfd).name).toBe('Kế hoạch.pdf'.normalize('NFC'));
    expect(splitUploadName('').name).toBe('tệp không tên');
  });
});
