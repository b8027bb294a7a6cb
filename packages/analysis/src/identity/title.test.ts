import { describe, expect, it } from 'vitest';
import { headline, titleAfterHeading } from './title.ts';

describe('titleAfterHeading', () => {
  it('joins wrapped title lines, drops markdown and footnote markers', () => {
    const lines = [
      'BÁO CÁO',
      '',
      '**Kết quả thực hiện Kế hoạch số 102-KH/TU của Ban',
      'Thường vụ Tỉnh ủy¹, năm 2023**',
      '',
      'Thực hiện …',
    ];
    expect(titleAfterHeading(lines, 1)).toBe(
      'Kết quả thực hiện Kế hoạch số 102-KH/TU của Ban Thường vụ Tỉnh ủy, năm 2023',
    );
  });

  it('continues over a blank line when OCR splits the title mid-sentence', () => {
    const lines = [
      'BÁO CÁO',
      'sơ kết 5 năm thực hiện Kết luận số 23-',
      'KL/TW của Ban Bí thư về báo chí, xuất bản trong',
      '',
      'việc ngăn chặn suy thoái',
      '',
      'Thực hiện Kế hoạch số 172-KH/TU …',
    ];
    expect(titleAfterHeading(lines, 1)).toBe(
      'sơ kết 5 năm thực hiện Kết luận số 23-KL/TW của Ban Bí thư về báo chí, xuất bản trong việc ngăn chặn suy thoái',
    );
  });

  it('stops at the body: a rule, `Căn cứ`, `Kính gửi`, an upper-case line or an opening line ending in `:`', () => {
    expect(titleAfterHeading(['Về việc ban hành Quy chế', '-----', 'Điều 1.'], 0)).toBe(
      'Về việc ban hành Quy chế',
    );
    expect(titleAfterHeading(['Về việc ban hành Quy chế', 'Căn cứ Luật …;'], 0)).toBe(
      'Về việc ban hành Quy chế',
    );
    expect(titleAfterHeading(['Tình hình quý I', 'Kính gửi: Ủy ban nhân dân tỉnh'], 0)).toBe(
      'Tình hình quý I',
    );
    expect(titleAfterHeading(['Về việc khen thưởng', 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN'], 0)).toBe(
      'Về việc khen thưởng',
    );
    expect(
      titleAfterHeading(['Tổ chức Ngày hội', 'Ủy ban nhân dân xã ban hành Kế hoạch như sau:'], 0),
    ).toBe('Tổ chức Ngày hội');
  });
});

describe('upper-case trích yếu', () => {
  it('keeps all its lines and stops at the issuing authority line or the body', () => {
    expect(
      titleAfterHeading(
        ['TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 35-NQ/TW', 'CỦA BỘ CHÍNH TRỊ', 'Căn cứ Luật …'],
        0,
      ),
    ).toBe('TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 35-NQ/TW CỦA BỘ CHÍNH TRỊ');
    expect(
      titleAfterHeading(['VỀ VIỆC KHEN THƯỞNG', 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN', 'Căn cứ …'], 0),
    ).toBe('VỀ VIỆC KHEN THƯỞNG');
  });
});

describe('headline', () => {
  it('skips publisher, URL and byline lines and joins a wrapped headline', () => {
    const lines = [
      'Báo Kon Tum',
      'https://baokontum.com.vn',
      '',
      'Kon Tum: Kết quả thực hiện Quyết định số 238-QĐ/TW của Ban',
      'Bí thư',
      '',
      'Việc triển khai …',
    ];
    expect(headline(lines, new Set([0]))).toBe(
      'Kon Tum: Kết quả thực hiện Quyết định số 238-QĐ/TW của Ban Bí thư',
    );
  });
});
