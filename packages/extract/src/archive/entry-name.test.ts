import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeEntryName } from './entry-name.ts';
import { checkMemberPath } from './member-path.ts';

const name = (bytes: Buffer, utf8Flag = false) =>
  decodeEntryName({ rawName: bytes, utf8Flag, unicodePath: null });

/** Windows-1258 form: base letters plus combining tone bytes. */
function cp1258(text: string): Buffer {
  const parts = [...text].map((ch) => {
    const d = ch.normalize('NFD');
    const tones = d.replace(/[^\u0300\u0301\u0303\u0309\u0323]/gu, '');
    return d.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC') + tones;
  });
  return iconv.encode(parts.join(''), 'windows-1258');
}

describe('decodeEntryName', () => {
  const vn = 'Báo cáo 2023/Kế hoạch số 131 của Ủy ban nhân dân.pdf';

  it('UTF-8 with or without the flag', () => {
    expect(name(Buffer.from(vn, 'utf8'), true)).toBe(vn);
    expect(name(Buffer.from(vn, 'utf8'), false)).toBe(vn);
  });

  it('Windows-1258 bytes without the flag', () => {
    expect(name(cp1258(vn))).toBe(vn);
  });

  it('repairs names that went through a Windows-1252 reading on the way (mojibake, flagged UTF-8)', () => {
    const viaCp1252 = iconv.decode(cp1258(vn), 'windows-1252');
    expect(name(Buffer.from(viaCp1252, 'utf8'), true)).toBe(vn);
    const utf8Mojibake = iconv.decode(Buffer.from(vn, 'utf8'), 'windows-1252');
    expect(name(Buffer.from(utf8Mojibake, 'utf8'), true)).toBe(vn);
  });

  it('the Info-ZIP Unicode Path field wins', () => {
    expect(
      decodeEntryName({
        rawName: Buffer.from('KE HOACH.PDF'),
        utf8Flag: false,
        unicodePath: 'Kế hoạch.pdf',
      }),
    ).toBe('Kế hoạch.pdf');
  });
});

describe('checkMemberPath', () => {
  it('rejects traversal, absolute paths and drive letters; skips folders and OS junk', () => {
    expect(checkMemberPath('../a.txt').kind).toBe('unsafe');
    expect(checkMemberPath('a/../../b.txt').kind).toBe('unsafe');
    expect(checkMemberPath('/etc/passwd').kind).toBe('unsafe');
    expect(checkMemberPath('C:/x.txt').kind).toBe('unsafe');
    expect(checkMemberPath('..\\x.txt').kind).toBe('unsafe');
    expect(checkMemberPath('folder/').kind).toBe('skip');
    expect(checkMemberPath('__MACOSX/x').kind).toBe('skip');
    expect(checkMemberPath('a/Thumbs.db').kind).toBe('skip');
    expect(checkMemberPath('./a//b.txt')).toEqual({ kind: 'ok', path: 'a/b.txt' });
  });
});
