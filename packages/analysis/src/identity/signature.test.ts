import { describe, expect, it } from 'vitest';
import { TextLines } from './lines.ts';
import { findSignature } from './signature.ts';

const tail = (block: string): string =>
  `Nâng cao nhận thức.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n${block}\n\nNguyễn Văn An\n`;

describe('an authority line broken by the PDF', () => {
  it('`KT. CHỦ` / `TỊCH` / `PHÓ CHỦ TỊCH` is the authority KT. CHỦ TỊCH', () => {
    const block = findSignature(new TextLines(tail('KT. CHỦ\nTỊCH\nPHÓ CHỦ TỊCH\n')));
    expect(block?.signer).toEqual({
      name: 'Nguyễn Văn An',
      position: 'PHÓ CHỦ TỊCH',
      authority: 'KT. CHỦ TỊCH',
    });
    expect(block?.authorities).toEqual(['KT. CHỦ TỊCH']);
  });

  it('the same signer as the unbroken block, for other offices and under a collective', () => {
    for (const [broken, whole] of [
      ['KT. GIÁM\nĐỐC\nPHÓ GIÁM ĐỐC', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'],
      ['K/T BÍ\nTHƯ\nPHÓ BÍ THƯ', 'K/T BÍ THƯ\nPHÓ BÍ THƯ'],
      [
        'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ\nTỊCH\nPHÓ CHỦ TỊCH',
        'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      ],
    ] as const) {
      const a = findSignature(new TextLines(tail(broken)));
      const b = findSignature(new TextLines(tail(whole)));
      expect(a?.signer).toEqual(b?.signer);
      expect(a?.authorities).toEqual(b?.authorities);
      expect(a?.signer.name).toBe('Nguyễn Văn An');
    }
  });

  it('a whole authority line followed by a position is left as it is', () => {
    const block = findSignature(new TextLines(tail('KT. CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n')));
    expect(block?.signer).toEqual({
      name: 'Nguyễn Văn An',
      position: 'PHÓ CHỦ NHIỆM',
      authority: 'KT. CHỦ NHIỆM',
    });
  });
});

describe('a collective whose name holds an office', () => {
  it('`T/M BAN BÍ THƯ` is the authority, with or without a position line after it', () => {
    const alone = findSignature(new TextLines(tail('T/M BAN BÍ THƯ\n')));
    expect(alone?.signer).toEqual({
      name: 'Nguyễn Văn An',
      position: null,
      authority: 'T/M BAN BÍ THƯ',
    });
    const withPosition = findSignature(new TextLines(tail('T/M BAN BÍ THƯ\nTỔNG BÍ THƯ\n')));
    expect(withPosition?.signer).toEqual({
      name: 'Nguyễn Văn An',
      position: 'TỔNG BÍ THƯ',
      authority: 'T/M BAN BÍ THƯ',
    });
  });

  it('an office after the collective on the same line still starts the position', () => {
    const block = findSignature(new TextLines(tail('T/M BAN THƯỜNG VỤ BÍ THƯ\n')));
    expect(block?.signer).toEqual({
      name: 'Nguyễn Văn An',
      position: 'BÍ THƯ',
      authority: 'T/M BAN THƯỜNG VỤ',
    });
  });
});
