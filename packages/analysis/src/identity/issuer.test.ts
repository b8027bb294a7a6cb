import { describe, expect, it } from 'vitest';
import { extractIdentity } from './extract-identity.ts';

// Header-less documents of the Fatherland Front and of associations (the header block stripped, as
// in the seeds): the issuer comes from the signature block and the body the text names.

const doc = (heading: string, body: string, recipients: string, authority: string): string =>
  `${heading}\n\n${body}\nNơi nhận:\n${recipients}\n- Lưu VT.\n${authority}\nCHỦ TỊCH\n\n\nNguyễn Văn Tám\n`;

describe('issuer and locality of a header-less Front or association document', () => {
  it('takes the locality from the place the issuer names (commune, town, district)', () => {
    const front = extractIdentity(
      doc(
        'BÁO CÁO\nKết quả thực hiện Cuộc vận động năm 2022',
        'Thực hiện Kế hoạch số 45/KH-MTTQ-BTT ngày 15/02/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Kon Rẫy, Ban Thường trực Ủy ban MTTQ Việt Nam xã Đăk Ruồng báo cáo kết quả như sau:\nBan Thường trực phối hợp tổ chức tuyên truyền tại 07/07 thôn.',
        '- BTT UBMTTQ huyện;\n- Đảng ủy xã;',
        'TM. BAN THƯỜNG TRỰC',
      ),
    );
    expect([front.issuer, front.locality]).toEqual([
      'Ban Thường trực Ủy ban MTTQ Việt Nam xã Đăk Ruồng',
      'xã Đăk Ruồng, huyện Kon Rẫy',
    ]);
    const farmers = extractIdentity(
      doc(
        'KẾ HOẠCH\nTổ chức kỷ niệm 92 năm Ngày thành lập Hội Nông dân Việt Nam',
        'Thực hiện Hướng dẫn số 120-HD/HNDT ngày 20/9/2022 của Ban Thường vụ Hội Nông dân tỉnh Gia Lai, Ban Thường vụ Hội Nông dân thị xã An Khê xây dựng kế hoạch như sau:\nTuyên truyền sâu rộng trong hội viên nông dân.',
        '- Ban Thường vụ Hội Nông dân tỉnh (b/c);',
        'TM. BAN THƯỜNG VỤ',
      ),
    );
    expect([farmers.issuer, farmers.locality]).toEqual([
      'Ban Thường vụ Hội Nông dân thị xã An Khê',
      'thị xã An Khê, tỉnh Gia Lai',
    ]);
  });

  it('names an association outside the common list when the text gives its level and place', () => {
    const teachers = extractIdentity(
      doc(
        'BÁO CÁO\nTổng kết công tác Hội năm 2023',
        'Năm 2023, Hội Cựu giáo chức huyện Sa Thầy triển khai Nghị quyết Đại hội. Thực hiện Kế hoạch số 05/KH-HCGC ngày 10/01/2023 của Hội Cựu giáo chức tỉnh Kon Tum, Ban Chấp hành Hội đã chỉ đạo các chi hội.',
        '- Hội Cựu giáo chức tỉnh;',
        'TM. BAN CHẤP HÀNH',
      ),
    );
    expect([teachers.issuer, teachers.locality]).toEqual([
      'Ban Chấp hành Hội Cựu giáo chức huyện Sa Thầy',
      'huyện Sa Thầy, tỉnh Kon Tum',
    ]);
  });
});

describe('issuer and locality of a header-less commune document', () => {
  const sign = (authority: string, position: string): string =>
    `Nơi nhận:\n- UBND huyện (b/c);\n- Lưu VT.\n${authority}\n${position}\n\n\nY Thị Hoa\n`;

  it('names the commune’s People’s Committee the text speaks of, when it speaks of its commune more than of the district', () => {
    const a = extractIdentity(
      `BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2023\n\nNăm 2023, Ủy ban nhân dân xã Đăk Ruồng triển khai nhiệm vụ. Được sự quan tâm của Huyện ủy, UBND huyện Kon Rẫy, kinh tế xã tiếp tục phát triển; toàn xã đạt 1.250 ha; thu nhập trên địa bàn xã tăng.\n${sign('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH')}`,
    );
    expect([a.issuer, a.locality]).toEqual([
      'Ủy ban nhân dân xã Đăk Ruồng',
      'xã Đăk Ruồng, huyện Kon Rẫy',
    ]);
    // a district's report that names a commune's committee stays the district's
    const d = extractIdentity(
      `BÁO CÁO\nKết quả năm 2023\n\nNăm 2023, UBND xã Đăk Ruồng và các xã trên địa bàn huyện thực hiện tốt nhiệm vụ của huyện; Ủy ban nhân dân huyện Kon Rẫy chỉ đạo các phòng của huyện.\n${sign('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH')}`,
    );
    expect(d.issuer).toBe('Ủy ban nhân dân huyện Kon Rẫy');
  });

  it('names a commune Party committee’s standing board signing `T/M BAN THƯỜNG VỤ` / `BÍ THƯ`', () => {
    const plan = (body: string): string =>
      `KẾ HOẠCH\nTổ chức học tập chuyên đề năm 2024\n\n${body}\nNơi nhận:\n- Ban Thường vụ Huyện ủy (b/c),\n- Lưu Văn phòng Đảng ủy.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n\nA Hương\n`;
    for (const body of [
      'Thực hiện Kế hoạch số 20-KH/HU, ngày 10/01/2024 của Ban Thường vụ Huyện ủy Sa Thầy, Ban Thường vụ Đảng ủy xã Sa Nhơn xây dựng kế hoạch như sau:',
      'Thực hiện Kế hoạch số 20-KH/HU, ngày 10/01/2024 của Ban Thường vụ Huyện ủy Sa Thầy, Ban Thường vụ Đảng ủy xây dựng kế hoạch học tập trong Đảng bộ xã Sa Nhơn như sau:',
    ]) {
      const a = extractIdentity(plan(body));
      expect([a.issuer, a.locality], body).toEqual([
        'Ban Thường vụ Đảng ủy xã Sa Nhơn',
        'xã Sa Nhơn, huyện Sa Thầy',
      ]);
    }
    // the district's standing board giving the communes' boards a task stays the district's
    const d = extractIdentity(
      plan(
        'Ban Thường vụ Huyện ủy Sa Thầy xây dựng kế hoạch như sau: Ban Thường vụ Đảng ủy các xã, thị trấn tổ chức học tập; Đảng bộ xã Sa Nhơn làm điểm.',
      ),
    );
    expect(d.issuer).toBe('Ban Thường vụ Huyện ủy Sa Thầy');
  });

  it('names a commune Party committee signing `T/M ĐẢNG ỦY`, never the district’s Huyện ủy', () => {
    const a = extractIdentity(
      `BÁO CÁO\nKết quả lãnh đạo thực hiện nhiệm vụ năm 2023\n\nNăm 2023, Đảng bộ xã Sa Nhơn lãnh đạo thực hiện nhiệm vụ chính trị. Thực hiện Nghị quyết số 15-NQ/HU, ngày 15/12/2022 của Ban Chấp hành Đảng bộ huyện Sa Thầy về nhiệm vụ năm 2023, Đảng ủy xã đã ban hành chương trình công tác.\n${sign('T/M ĐẢNG ỦY', 'BÍ THƯ')}`,
    );
    expect([a.issuer, a.locality]).toEqual(['Đảng ủy xã Sa Nhơn', 'xã Sa Nhơn, huyện Sa Thầy']);
  });
});

describe('board abbreviations in the signature', () => {
  it('reads `TM. BTV` / `TM. BCH` as the standing and executive boards, with or without a header', () => {
    const plan = (header: string, body: string, authority: string): string =>
      `${header}KẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2024\n\n${body}\nNơi nhận:\n- Lưu VP.\n${authority}\nBÍ THƯ\n\n\nA Tâm\n`;
    const issuer = (header: string, body: string, authority: string): string | null =>
      extractIdentity(plan(header, body, authority)).issuer;
    expect(
      issuer(
        '',
        'Thực hiện Kế hoạch số 12-KH/TĐTN ngày 5/2/2024 của Ban Thường vụ Tỉnh đoàn Kon Tum, Ban Thường vụ Huyện đoàn Sa Thầy xây dựng kế hoạch như sau:',
        'TM. BTV HUYỆN ĐOÀN',
      ),
    ).toBe('Ban Thường vụ Huyện đoàn Sa Thầy');
    expect(
      issuer(
        '',
        'Thực hiện Kế hoạch số 12-KH/HĐTN ngày 5/2/2024 của Ban Thường vụ Huyện đoàn Sa Thầy, Ban Chấp hành Đoàn xã Sa Nhơn xây dựng kế hoạch như sau:',
        'TM. BCH ĐOÀN XÃ',
      ),
    ).toBe('Ban Chấp hành Đoàn xã Sa Nhơn');
    expect(
      issuer(
        'ĐOÀN TNCS HỒ CHÍ MINH\nBCH HUYỆN ĐOÀN SA THẦY\n***\nSố: 15-KH/HĐTN\nSa Thầy, ngày 10 tháng 3 năm 2024\n',
        'Ban Thường vụ Huyện đoàn xây dựng kế hoạch như sau:',
        'TM. BTV HUYỆN ĐOÀN',
      ),
    ).toBe('Ban Thường vụ Huyện đoàn Sa Thầy');
  });
});
