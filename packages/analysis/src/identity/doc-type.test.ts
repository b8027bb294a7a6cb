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

  it('reads the qualified headings of Party, Front and office documents, and the rarer types', () => {
    const cases: Array<[string, string]> = [
      ['NGHỊ QUYẾT CHUYÊN ĐỀ', 'Nghị quyết'],
      ['QUY CHẾ LÀM VIỆC', 'Quy chế'],
      ['CHƯƠNG TRÌNH LÀM VIỆC', 'Chương trình'],
      ['KẾ HOẠCH KIỂM TRA, GIÁM SÁT', 'Kế hoạch'],
      ['KẾ HOẠCH KIỂM TRA', 'Kế hoạch'],
      ['BÁO CÁO GIÁM SÁT', 'Báo cáo'],
      ['BÁO CÁO TỔNG HỢP', 'Báo cáo'],
      ['BÁO CÁO ĐÁNH GIÁ', 'Báo cáo'],
      ['BÁO CÁO THAM LUẬN', 'Báo cáo'],
      ['HƯỚNG DẪN NGHIỆP VỤ', 'Hướng dẫn'],
      ['DIỄN VĂN KHAI MẠC', 'Diễn văn'],
      ['DIỄN VĂN BẾ MẠC', 'Diễn văn'],
      ['THƯ CHÚC MỪNG', 'Thư'],
      ['THƯ KÊU GỌI', 'Thư'],
      ['LỜI KÊU GỌI', 'Lời kêu gọi'],
      ['ĐIỀU LỆ', 'Điều lệ'],
      ['BÁO CÁO (Dự thảo)', 'Báo cáo'],
      ['BÁO CÁO (dự thảo lần 2)', 'Báo cáo'],
    ];
    for (const [heading, type] of cases) expect(docTypeOfHeading(heading), heading).toBe(type);
    expect(docTypeOfHeading('KẾ HOẠCH TUYÊN TRUYỀN CỦA BAN')).toBeNull();
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
