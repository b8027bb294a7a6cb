import { describe, expect, it } from 'vitest';
import { docTypeOfHeading, findTypeHeading } from './doc-type.ts';

describe('type heading', () => {
  it('maps an upper-case heading to the normal capitalisation', () => {
    expect(docTypeOfHeading('BÁO CÁO')).toBe('Báo cáo');
    expect(docTypeOfHeading('**KẾ HOẠCH**')).toBe('Kế hoạch');
    expect(docTypeOfHeading('CHƯƠNG TRÌNH HÀNH ĐỘNG')).toBe('Chương trình hành động');
    expect(docTypeOfHeading('K Ế H O Ạ C H')).toBe('Kế hoạch');
    expect(docTypeOfHeading('BÁO CÁO TỔNG KẾT')).toBe('Báo cáo');
    expect(docTypeOfHeading('QUYẾT ĐỊNH')).toBe('Quyết định');
  });

  it('does not take body headings or running text for a type heading', () => {
    expect(docTypeOfHeading('I. KẾT QUẢ THỰC HIỆN')).toBeNull();
    expect(docTypeOfHeading('Kế hoạch')).toBeNull();
    expect(docTypeOfHeading('BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2019 CỦA ỦY BAN')).toBeNull();
    expect(
      findTypeHeading(['ỦY BAN NHÂN DÂN', 'HUYỆN NGỌC HỒI', 'Số: 1/KH-UBND', 'KẾ HOẠCH']),
    ).toEqual({
      index: 3,
      docType: 'Kế hoạch',
    });
  });
});
