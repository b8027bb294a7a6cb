import { describe, expect, it } from 'vitest';
import { findDates } from '../dates/index.ts';
import { extractIdentity } from './extract-identity.ts';
import { findSignature } from './signature.ts';

// Synthetic documents written from vn-docs-spec §7 (header, signature and recipient layouts). Names and
// numbers are invented; the layouts are the ones PDF and DOCX extraction produce.

const BODY = `Căn cứ Kế hoạch số 3006/KH-UBND ngày 13/11/2019 của UBND tỉnh Kon Tum;
Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, đảng viên trên địa bàn huyện.`;

describe('state layout (NĐ 30/2020, §7.1)', () => {
  it('reads a clean header block, title, signature and recipients', () => {
    const text = `ỦY BAN NHÂN DÂN
HUYỆN NGỌC HỒI
Số: 434/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ngọc Hồi, ngày 13 tháng 11 năm 2019
KẾ HOẠCH
Triển khai thực hiện Kế hoạch số 3006/KH-UBND ngày 13/11/2019
của UBND tỉnh Kon Tum
${BODY}
Nơi nhận:
- Như trên;
- TT Huyện ủy (b/c);
- Các phòng, ban, ngành
thuộc huyện;
- Lưu: VT, VX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Nguyễn Văn An`;
    const id = extractIdentity(text);
    expect(id.docType).toBe('Kế hoạch');
    expect(id.ownNumber).toBe('434/KH-UBND');
    expect(id.issuer).toBe('Ủy ban nhân dân huyện Ngọc Hồi');
    expect(id.locality).toBe('huyện Ngọc Hồi, tỉnh Kon Tum');
    expect(id.date).toBe('2019-11-13');
    expect(id.year).toBe(2019);
    expect(id.title).toBe(
      'Triển khai thực hiện Kế hoạch số 3006/KH-UBND ngày 13/11/2019 của UBND tỉnh Kon Tum',
    );
    expect(id.signer).toEqual({
      name: 'Nguyễn Văn An',
      position: 'PHÓ CHỦ TỊCH',
      authority: 'KT. CHỦ TỊCH',
    });
    expect(id.recipients).toEqual([
      'Như trên',
      'TT Huyện ủy (b/c)',
      'Các phòng, ban, ngành thuộc huyện',
      'Lưu: VT, VX',
    ]);
    expect(id.warnings.join(' ')).not.toMatch(/chữ ký|cơ quan ban hành/u);
  });

  it('reads two columns interleaved on the same lines (pdf-parse)', () => {
    const text = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH KON TUM Độc lập - Tự do - Hạnh phúc
Số: 301 /BC-UBND Kon Tum, ngày 26 tháng 11 năm 2019
BÁO CÁO
Kết quả thực hiện Nghị quyết số 35-NQ/TW năm 2019
Thực hiện Kế hoạch số 102-KH/TU ngày 10/7/2019 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh báo cáo như sau:
Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Thường trực Tỉnh ủy (b/c); CHỦ TỊCH
- Các sở, ban, ngành;
- Lưu: VT, KGVX.
Lê Minh Tuấn`;
    const id = extractIdentity(text);
    expect(id.ownNumber).toBe('301/BC-UBND');
    expect(id.issuer).toBe('Ủy ban nhân dân tỉnh Kon Tum');
    expect(id.locality).toBe('tỉnh Kon Tum');
    expect(id.date).toBe('2019-11-26');
    expect(id.docType).toBe('Báo cáo');
    expect(id.title).toBe('Kết quả thực hiện Nghị quyết số 35-NQ/TW năm 2019');
    expect(id.signer).toEqual({
      name: 'Lê Minh Tuấn',
      position: 'CHỦ TỊCH',
      authority: 'TM. ỦY BAN NHÂN DÂN',
    });
    expect(id.recipients).toEqual([
      'Thường trực Tỉnh ủy (b/c)',
      'Các sở, ban, ngành',
      'Lưu: VT, KGVX',
    ]);
  });

  it('reads a pdftotext -layout header with column gaps', () => {
    const text = `      ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     HUYỆN IA H'DRAI                       Độc lập - Tự do - Hạnh phúc
                                         ______________________
   Số: 1724/UBND-TH                  Ia H'Drai, ngày 05 tháng 4 năm 2023
V/v tăng cường công tác bảo vệ
nền tảng tư tưởng của Đảng

Kính gửi: Các cơ quan, đơn vị thuộc huyện.

Thực hiện Công văn số 2153/STTTT-TTBCXB của Sở Thông tin và Truyền thông, Ủy ban nhân dân huyện đề nghị như sau.

Nơi nhận:                                        TL. CHỦ TỊCH
- Như trên;                                  CHÁNH VĂN PHÒNG
- Lưu: VT, TH.
                                                  (Đã ký)

                                               Trần Thị Hoa`;
    const id = extractIdentity(text);
    expect(id.docType).toBe('Công văn');
    expect(id.ownNumber).toBe('1724/UBND-TH');
    expect(id.issuer).toBe("Ủy ban nhân dân huyện Ia H'Drai");
    expect(id.date).toBe('2023-04-05');
    expect(id.title).toBe('tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng');
    expect(id.signer).toEqual({
      name: 'Trần Thị Hoa',
      position: 'CHÁNH VĂN PHÒNG',
      authority: 'TL. CHỦ TỊCH',
    });
    expect(id.recipients).toEqual(['Như trên', 'Lưu: VT, TH']);
  });

  it('reads a header whose Quốc hiệu wraps in a narrow column (pdftotext -layout of a LibreOffice PDF)', () => {
    const text = `   ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
   HUYỆN NGỌC HỒI                          NAM
                               Độc lập - Tự do - Hạnh phúc
    Số: 215/KH-UBND
                             Ngọc Hồi, ngày 20 tháng 12 năm 2019
                           KẾ HOẠCH
Thực hiện Nghị quyết số 35-NQ/TW, ngày 22-10-2018 của Bộ
Chính trị
     Thực hiện Kế hoạch số 3006/KH-UBND ngày 13/11/2019 của
UBND tỉnh Kon Tum, Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện như sau:`;
    const id = extractIdentity(text);
    expect(id.issuer).toBe('Ủy ban nhân dân huyện Ngọc Hồi');
    expect(id.ownNumber).toBe('215/KH-UBND');
    expect(id.date).toBe('2019-12-20');
    expect(id.title).toBe('Thực hiện Nghị quyết số 35-NQ/TW, ngày 22-10-2018 của Bộ Chính trị');
    expect(id.locality).toBe('huyện Ngọc Hồi, tỉnh Kon Tum');
  });

  it('does not cut a province whose name ends in NAM (`TỈNH QUẢNG NAM`)', () => {
    const text = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NAM Độc lập - Tự do - Hạnh phúc
Số: 12/BC-UBND Quảng Nam, ngày 02 tháng 3 năm 2020
BÁO CÁO
Tình hình kinh tế - xã hội
${BODY}`;
    const id = extractIdentity(text);
    expect(id.issuer).toBe('Ủy ban nhân dân tỉnh Quảng Nam');
    expect(id.locality).toBe('tỉnh Quảng Nam');
  });

  it('reads a `V/v` summary interleaved with the date column', () => {
    const text = `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN IA H'DRAI Độc lập - Tự do - Hạnh phúc
Số: 1724/UBND-TH
V/v tăng cường công tác bảo vệ Ia H'Drai, ngày 05 tháng 4 năm 2023
nền tảng tư tưởng của Đảng
Kính gửi: Các cơ quan, đơn vị thuộc huyện.`;
    const id = extractIdentity(text);
    expect(id.title).toBe('tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng');
    expect(id.date).toBe('2023-04-05');
    expect(id.docType).toBe('Công văn');
    expect(id.issuer).toBe("Ủy ban nhân dân huyện Ia H'Drai");
  });

  it('joins `Số:` split from its number by PDF extraction', () => {
    const text = `UBND TỈNH KON TUM
Số:
3006/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 13 tháng 11 năm 2019
KẾ HOẠCH
Triển khai Kế hoạch số 102-KH/TU của Ban Thường vụ Tỉnh ủy
${BODY}`;
    const id = extractIdentity(text);
    expect(id.ownNumber).toBe('3006/KH-UBND');
    expect(id.issuer).toBe('Ủy ban nhân dân tỉnh Kon Tum');
    expect(id.date).toBe('2019-11-13');
  });

  it('names a department under its parent and reads Q. and TUQ. signatures', () => {
    const base = `UBND TỈNH KON TUM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 5/QĐ-STTTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Kon Tum, ngày 05 tháng 01 năm 2020
QUYẾT ĐỊNH
Về việc ban hành Quy chế phát ngôn
GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phát ngôn.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
`;
    const acting = extractIdentity(`${base}Q. GIÁM ĐỐC\n\nPhạm Văn Bình`);
    expect(acting.issuer).toBe('Sở Thông tin và Truyền thông tỉnh Kon Tum');
    expect(acting.ownNumber).toBe('05/QĐ-STTTT');
    expect(acting.docType).toBe('Quyết định');
    expect(acting.title).toBe('Về việc ban hành Quy chế phát ngôn');
    expect(acting.date).toBe('2020-01-05');
    expect(acting.signer).toEqual({
      name: 'Phạm Văn Bình',
      position: 'GIÁM ĐỐC',
      authority: 'Q. GIÁM ĐỐC',
    });
    const delegated = extractIdentity(
      `${base}TUQ. CHỦ TỊCH UBND TỈNH\nGIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG\n(Ký và đóng dấu)\nPHẠM VĂN BÌNH`,
    );
    expect(delegated.signer).toEqual({
      name: 'Phạm Văn Bình',
      position: 'GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      authority: 'TUQ. CHỦ TỊCH UBND TỈNH',
    });
    expect(delegated.recipients).toEqual(['Như Điều 3', 'Lưu: VT']);
  });
});

describe('commune documents and other variants', () => {
  it('reads a commune issuer, a numeric own date and a title that runs into the body', () => {
    const text = `ỦY BAN NHÂN DÂN
XÃ ĐĂK BLÀ
Số: 45/KH-UBND
Đăk Blà, ngày 15/3/2022
KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc
Ủy ban nhân dân xã ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
Phối hợp với Ủy ban nhân dân thành phố Kon Tum, tỉnh Kon Tum và các thôn trên địa bàn thành phố Kon Tum.`;
    const id = extractIdentity(text);
    expect(id.issuer).toBe('Ủy ban nhân dân xã Đăk Blà');
    expect(id.locality).toBe('xã Đăk Blà, thành phố Kon Tum, tỉnh Kon Tum');
    expect(id.date).toBe('2022-03-15');
    expect(id.title).toBe('Tổ chức Ngày hội Đại đoàn kết toàn dân tộc');
    expect(id.ownNumber).toBe('45/KH-UBND');
  });
});

describe('Party layout (HD 36, §7.2)', () => {
  it('reads the issuer stack, `Số` without colon and a T/M signature', () => {
    const text = `ĐẢNG BỘ TỈNH LAI CHÂU
HUYỆN ỦY TAM ĐƯỜNG
*
Số 131-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Tam Đường, ngày 13 tháng 8 năm 2019
KẾ HOẠCH
thực hiện Nghị quyết số 35-NQ/TW, ngày 22-10-2018 của Bộ Chính trị
-----
Thực hiện Nghị quyết số 35-NQ/TW, Ban Thường vụ Huyện ủy ban hành kế hoạch như sau:
Nơi nhận:
- Thường trực Tỉnh ủy,
- Các chi, đảng bộ cơ sở,
- Lưu Văn phòng Huyện ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Hoàng Văn Hải`;
    const id = extractIdentity(text);
    expect(id.ownNumber).toBe('131-KH/HU');
    expect(id.issuer).toBe('Ban Thường vụ Huyện ủy Tam Đường');
    expect(id.locality).toBe('huyện Tam Đường, tỉnh Lai Châu');
    expect(id.date).toBe('2019-08-13');
    expect(id.docType).toBe('Kế hoạch');
    expect(id.title).toBe('thực hiện Nghị quyết số 35-NQ/TW, ngày 22-10-2018 của Bộ Chính trị');
    expect(id.signer).toEqual({
      name: 'Hoàng Văn Hải',
      position: 'BÍ THƯ',
      authority: 'T/M BAN THƯỜNG VỤ',
    });
    expect(id.recipients).toEqual([
      'Thường trực Tỉnh ủy',
      'Các chi, đảng bộ cơ sở',
      'Lưu Văn phòng Huyện ủy',
    ]);
  });

  it('attaches a Party department to its committee; folds TƯ to TW', () => {
    const text = `TỈNH ỦY KON TUM ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO Kon Tum, ngày 26 tháng 01 năm 2021
*
Số 15-HD/BTGTƯ
HƯỚNG DẪN
tuyên truyền kỷ niệm 91 năm Ngày thành lập Đảng
Nơi nhận:
- Ban Tuyên giáo Trung ương (b/c),
- Lưu.
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
A Pớt`;
    const id = extractIdentity(text);
    expect(id.issuer).toBe('Ban Tuyên giáo Tỉnh ủy Kon Tum');
    expect(id.ownNumber).toBe('15-HD/BTGTW');
    expect(id.date).toBe('2021-01-26');
    expect(id.docType).toBe('Hướng dẫn');
    expect(id.signer).toEqual({
      name: 'A Pớt',
      position: 'PHÓ TRƯỞNG BAN',
      authority: 'K/T TRƯỞNG BAN',
    });
  });
});

describe('recipients interleaved with the signature column', () => {
  it('separates `- Lưu: VT. PHÓ CHỦ TỊCH` into a recipient and the position', () => {
    const text = `ỦY BAN NHÂN DÂN\nHUYỆN ĐĂK HÀ\nSố: 9/BC-UBND\nĐăk Hà, ngày 03 tháng 01 năm 2022\nBÁO CÁO\nTình hình năm 2021\n\nỦy ban nhân dân huyện báo cáo như sau.\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n- Thường trực Huyện ủy; KT. CHỦ TỊCH\n- Lưu: VT. PHÓ CHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Hữu Tháp`;
    const id = extractIdentity(text);
    expect(id.recipients).toEqual(['Thường trực Huyện ủy', 'Lưu: VT']);
    expect(id.signer).toEqual({
      name: 'Nguyễn Hữu Tháp',
      position: 'PHÓ CHỦ TỊCH',
      authority: 'KT. CHỦ TỊCH',
    });
    expect(id.issuer).toBe('Ủy ban nhân dân huyện Đăk Hà');
  });

  it('splits authority and position printed on one line', () => {
    const one = `BÁO CÁO\nKết quả năm 2022\n\nBáo cáo của Ủy ban nhân dân huyện Kon Rẫy.\nTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH\nLê Văn Hùng`;
    expect(extractIdentity(one).signer).toEqual({
      name: 'Lê Văn Hùng',
      position: 'PHÓ CHỦ TỊCH',
      authority: 'KT. CHỦ TỊCH',
    });
    const tm = `BÁO CÁO\nKết quả năm 2022\n\nBáo cáo của Ủy ban nhân dân huyện Kon Rẫy.\nTM. ỦY BAN NHÂN DÂN CHỦ TỊCH\nLê Văn Hùng`;
    expect(extractIdentity(tm).signer).toEqual({
      name: 'Lê Văn Hùng',
      position: 'CHỦ TỊCH',
      authority: 'TM. ỦY BAN NHÂN DÂN',
    });
  });

  it('drops a placeholder written after the name', () => {
    const text = `BÁO CÁO\nKết quả năm 2022\n\nBáo cáo của Ủy ban nhân dân huyện Kon Rẫy.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hùng (đã ký)`;
    expect(extractIdentity(text).signer).toEqual({
      name: 'Lê Văn Hùng',
      position: 'PHÓ CHỦ TỊCH',
      authority: 'KT. CHỦ TỊCH',
    });
  });

  it('reads a signature printed before the recipient list', () => {
    const text = `BÁO CÁO\nKết quả năm 2022 của huyện Kon Rẫy\n\nBáo cáo của Ủy ban nhân dân huyện.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nLê Văn Hùng`;
    const id = extractIdentity(text);
    expect(id.signer).toEqual({
      name: 'Lê Văn Hùng',
      position: 'CHỦ TỊCH',
      authority: 'TM. ỦY BAN NHÂN DÂN',
    });
    expect(id.recipients).toEqual(['Như trên', 'Lưu: VT']);
  });
});

describe('header cells read as one paragraph (DOCX)', () => {
  it('splits a Party stack and a State stack written on one line', () => {
    const party = extractIdentity(
      `ĐẢNG BỘ TỈNH LAI CHÂU HUYỆN ỦY TAM ĐƯỜNG * Số 146-BC/HU\tĐẢNG CỘNG SẢN VIỆT NAM Tam Đường, ngày 05 tháng 6 năm 2023\n\nBÁO CÁO\n\nsơ kết 5 năm thực hiện Kết luận số 23-KL/TW\n\nNơi nhận:\n- Lưu.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nCao Trang Trọng`,
    );
    expect(party.issuer).toBe('Ban Thường vụ Huyện ủy Tam Đường');
    expect(party.ownNumber).toBe('146-BC/HU');
    expect(party.date).toBe('2023-06-05');
    expect(party.locality).toBe('huyện Tam Đường, tỉnh Lai Châu');
    const state = extractIdentity(
      `UBND TỈNH KON TUM SỞ NỘI VỤ Số: 88/TB-SNV\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Kon Tum, ngày 09 tháng 02 năm 2017\n\nTHÔNG BÁO\n\nKết quả thi tuyển công chức\n\nGIÁM ĐỐC\n\nNguyễn Văn Bình`,
    );
    expect(state.issuer).toBe('Sở Nội vụ tỉnh Kon Tum');
    expect(state.docType).toBe('Thông báo');
    expect(state.date).toBe('2017-02-09');
    expect(state.signer).toEqual({
      name: 'Nguyễn Văn Bình',
      position: 'GIÁM ĐỐC',
      authority: null,
    });
  });

  it('keeps `BAN THƯỜNG VỤ TỈNH ỦY` as one body', () => {
    const id = extractIdentity(
      `BAN THƯỜNG VỤ TỈNH ỦY KON TUM\n*\nSố 102-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nKon Tum, ngày 10 tháng 7 năm 2019\nKẾ HOẠCH\ntăng cường bảo vệ nền tảng tư tưởng của Đảng`,
    );
    expect(id.issuer).toBe('Ban Thường vụ Tỉnh ủy Kon Tum');
    expect(id.ownNumber).toBe('102-KH/TU');
    expect(id.locality).toBe('tỉnh Kon Tum');
  });
});

describe('capitals lost in extraction (Word "all caps" style, legacy upper-case fonts)', () => {
  it('reads a title-case header, a lower-case heading and a lower-case signature block', () => {
    const text = `Ủy ban nhân dân
Huyện Ngọc Hồi
Số: 215/KH-UBND
Cộng hòa xã hội chủ nghĩa Việt Nam
Ngọc Hồi, ngày 20 tháng 12 năm 2019
kế hoạch
Thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị

Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện như sau:
Nơi nhận:
- Lưu: VT, TH.
tm. ủy ban nhân dân
kt. chủ tịch
phó chủ tịch
Mai Văn Hữu`;
    const id = extractIdentity(text);
    expect(id.docType).toBe('Kế hoạch');
    expect(id.issuer).toBe('Ủy ban nhân dân huyện Ngọc Hồi');
    expect(id.ownNumber).toBe('215/KH-UBND');
    expect(id.date).toBe('2019-12-20');
    expect(id.title).toBe('Thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị');
    expect(id.signer).toEqual({
      name: 'Mai Văn Hữu',
      position: 'PHÓ CHỦ TỊCH',
      authority: 'KT. CHỦ TỊCH',
    });
  });
});

describe('no type heading but a header', () => {
  it('takes the type from the symbol and never uses a header line as title', () => {
    const cv = extractIdentity(
      `ỦY BAN NHÂN DÂN\nHUYỆN IA H'DRAI\nSố: 728/UBND-TH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nIa H'Drai, ngày 05 tháng 4 năm 2023\nKính gửi: Các cơ quan, đơn vị.\nĐề nghị các cơ quan thực hiện.`,
    );
    expect(cv.docType).toBe('Công văn');
    expect(cv.title).toBeNull();
    expect(cv.ownNumber).toBe('728/UBND-TH');
    const tb = extractIdentity(
      `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 12/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKon Tum, ngày 05 tháng 4 năm 2023\nKết luận của Chủ tịch tại cuộc họp.`,
    );
    expect(tb.docType).toBe('Thông báo');
    expect(tb.warnings.some((w) => w.includes('suy ra từ ký hiệu'))).toBe(true);
  });
});

describe('what cannot be decided', () => {
  it('warns on a blank draft number and date', () => {
    const text = `ỦY BAN NHÂN DÂN
HUYỆN ĐĂK HÀ
Số:      /KH-UBND
Đăk Hà, ngày      tháng      năm 2026
KẾ HOẠCH
Tổ chức các hoạt động năm 2026
${BODY}`;
    const id = extractIdentity(text);
    expect(id.ownNumber).toBeNull();
    expect(id.date).toBeNull();
    expect(id.year).toBe(2026);
    expect(id.issuer).toBe('Ủy ban nhân dân huyện Đăk Hà');
    expect(id.warnings.some((w) => w.includes('Số văn bản để trống'))).toBe(true);
    expect(id.warnings.some((w) => w.includes('Ngày ban hành để trống'))).toBe(true);
  });

  it('warns on conflicting own dates and keeps the first', () => {
    const text = `ỦY BAN NHÂN DÂN
HUYỆN NGỌC HỒI
Số: 12/BC-UBND
Ngọc Hồi, ngày 02 tháng 3 năm 2020
Ngọc Hồi, ngày 20 tháng 3 năm 2020
BÁO CÁO
Tình hình thực hiện
${BODY}`;
    const id = extractIdentity(text);
    expect(id.date).toBe('2020-03-02');
    expect(id.warnings.some((w) => w.includes('nhiều ngày ban hành'))).toBe(true);
  });

  it('flags a type code that contradicts the heading', () => {
    const text = `ỦY BAN NHÂN DÂN\nHUYỆN NGỌC HỒI\nSố: 12/KH-UBND\nNgọc Hồi, ngày 02 tháng 3 năm 2020\nBÁO CÁO\nTình hình\n${BODY}`;
    expect(extractIdentity(text).warnings.some((w) => w.includes('mã loại'))).toBe(true);
  });

  it('has no type, number or signer for a news page and never takes a cited number as its own', () => {
    const text = `Báo Kon Tum

https://baokontum.com.vn

Đăk Hà: Sơ kết Nghị quyết số 35-NQ/TW

Số 238-QĐ/TW được quán triệt; ngày 30-9-2020 Ban Bí thư ban hành Quyết định số 238-QĐ/TW.
Bài, ảnh: Minh Anh`;
    const id = extractIdentity(text);
    expect(id.docType).toBeNull();
    expect(id.ownNumber).toBeNull();
    expect(id.signer).toBeNull();
    expect(id.issuer).toBe('Báo Kon Tum');
    expect(id.title).toBe('Đăk Hà: Sơ kết Nghị quyết số 35-NQ/TW');
    expect(id.year).toBe(2020);
    expect(id.warnings.some((w) => w.includes('tên loại'))).toBe(true);
  });

  it('infers the issuer from the signature and says so', () => {
    const text = `BÁO CÁO\nKết quả công tác năm 2023 trên địa bàn huyện Kon Rẫy\nỦy ban nhân dân huyện báo cáo kết quả của huyện Kon Rẫy, tỉnh Kon Tum.\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nY Việt Sa`;
    const id = extractIdentity(text);
    expect(id.issuer).toBe('Ủy ban nhân dân huyện Kon Rẫy');
    expect(id.locality).toBe('huyện Kon Rẫy, tỉnh Kon Tum');
    expect(id.year).toBe(2023);
    expect(id.signer).toEqual({
      name: 'Y Việt Sa',
      position: 'CHỦ TỊCH',
      authority: 'TM. ỦY BAN NHÂN DÂN',
    });
    expect(id.warnings.some((w) => w.includes('suy ra từ khối chữ ký'))).toBe(true);
  });
});

describe('reading only what identity needs', () => {
  it('the signature block does not depend on how many lines are read from the end at once', () => {
    const pool = [
      '',
      '',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'TL. GIÁM ĐỐC',
      'tm. ủy ban nhân dân',
      'kt. chủ tịch',
      'phó chủ tịch',
      'nguyễn văn an',
      'PHÓ CHỦ TỊCH',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
      'NGUYỄN VĂN BÌNH',
      '(Đã ký)',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, TH.',
      '- Như trên;      KT. CHỦ TỊCH',
      'Nơi nhận:        TM. ỦY BAN NHÂN DÂN',
      '- Lưu: VT.       PHÓ CHỦ TỊCH',
      'Nâng cao nhận thức của cán bộ, đảng viên trên địa bàn huyện.',
      'lưu hành nội bộ',
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let doc = 0; doc < 1500; doc++) {
      const n = 1 + random(doc % 3 === 0 ? 300 : 60);
      const lines = Array.from({ length: n }, () => pool[random(pool.length)] ?? '');
      const whole = findSignature(lines, 200, 200);
      for (const chunk of [1, 3, 8, 32]) expect(findSignature(lines, 200, chunk)).toEqual(whole);
    }
  });

  it('uses the dates found in the input when cleaning only replaced odd spaces and Ð', () => {
    const text = `BÁO CÁO\n\nKết quả thực hiện Kế hoạch số 12/KH-UBND ngày 13/11/2019 của Ủy ban\u00A0nhân dân tỉnh.\nNgày\u00A020 tháng 5 năm 2021, Ðảng ủy đã họp.\n${BODY}\nNăm 2021 và năm 2021.`;
    const dates = findDates(text);
    expect(dates.length).toBeGreaterThan(0);
    expect(extractIdentity(text, { text, dates })).toEqual(extractIdentity(text));
  });
});

describe('a mass organisation header (Đoàn TNCS Hồ Chí Minh, §7.2)', () => {
  it('reads the Youth Union of a district, its place and level', () => {
    const text = `  BCH ĐOÀN TỈNH GIA LAI        ĐOÀN TNCS HỒ CHÍ MINH
BCH HUYỆN ĐOÀN CHƯ SÊ
          ***
    Số: 58-KH/HĐ                 Chư Sê, ngày 02 tháng 3 năm 2024

                              KẾ HOẠCH
      Tổ chức các hoạt động Tháng Thanh niên năm 2024

Ban Thường vụ Huyện đoàn Chư Sê xây dựng kế hoạch như sau:
Ra quân Ngày Chủ nhật xanh tại thị trấn Chư Sê và 14 xã.

Nơi nhận:                                    TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN
- Ban Thường vụ Tỉnh đoàn (b/c);                         BÍ THƯ
- Lưu VP.                                           Rơ Mah Thuận
`;
    const id = extractIdentity(text);
    // signed `TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN`: its standing board, as for a Party committee
    expect(id.issuer).toBe('Ban Thường vụ Huyện đoàn Chư Sê');
    expect(id.locality).toBe('huyện Chư Sê, tỉnh Gia Lai');
  });
});

describe('a Fatherland Front header (§7.2, §8.3)', () => {
  it('reads the standing board of the district Front committee as the issuer', () => {
    const text = `ỦY BAN MTTQ VIỆT NAM                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   HUYỆN SA THẦY                         Độc lập - Tự do - Hạnh phúc
BAN THƯỜNG TRỰC
Số: 27/BC-MTTQ-BTT                    Sa Thầy, ngày 05 tháng 12 năm 2023

                                 BÁO CÁO
       Kết quả thực hiện Cuộc vận động năm 2023

Thực hiện Kế hoạch số 08/KH-MTTQ-BTT ngày 20/01/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum, Ban Thường trực Ủy ban MTTQ Việt Nam huyện báo cáo như sau.

Nơi nhận:                                      TM. BAN THƯỜNG TRỰC
- Thường trực Huyện ủy (b/c);                        CHỦ TỊCH
- Lưu: VT.
                                                 Nguyễn Văn Thành
`;
    const id = extractIdentity(text);
    expect(id.issuer).toBe('Ban Thường trực Ủy ban MTTQ Việt Nam huyện Sa Thầy');
    expect(id.locality).toBe('huyện Sa Thầy, tỉnh Kon Tum');
  });
});

describe('a Front, Youth Union or association board signing for its body (gold README `issuer`)', () => {
  it('names the board of an association from the header and a `TM. BAN THƯỜNG VỤ` signature', () => {
    const text = `HỘI NÔNG DÂN VIỆT NAM                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BCH HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH              Độc lập - Tự do - Hạnh phúc
         ***
   Số: 112-KH/HNDT                    Quy Nhơn, ngày 08 tháng 01 năm 2024

                              KẾ HOẠCH
          Công tác Hội và phong trào nông dân năm 2024

Ban Thường vụ Hội Nông dân tỉnh xây dựng kế hoạch như sau.

Nơi nhận:                                    TM. BAN THƯỜNG VỤ
- Lưu VP.                                         CHỦ TỊCH
                                               Trần Văn Bảy
`;
    expect(extractIdentity(text).issuer).toBe('Ban Thường vụ Hội Nông dân tỉnh Bình Định');
  });

  it('reads the Front board from the text when there is no header', () => {
    const text = `BÁO CÁO
Kết quả thực hiện Cuộc vận động năm 2023

Thực hiện Kế hoạch số 08/KH-MTTQ-BTT ngày 20/01/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Sa Thầy báo cáo như sau.
Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các xã phối hợp với Ủy ban nhân dân huyện.

Nơi nhận:                                      TM. BAN THƯỜNG TRỰC
- Ban Thường trực UBMTTQVN tỉnh (b/c);               CHỦ TỊCH
- Thường trực Huyện ủy (b/c);
- Lưu: VT.
                                                 Nguyễn Văn Thành
`;
    expect(extractIdentity(text).issuer).toBe('Ban Thường trực Ủy ban MTTQ Việt Nam huyện Sa Thầy');
  });

  it('reads the Youth Union board from the text and adds the place the text names', () => {
    const text = `KẾ HOẠCH
Tổ chức các hoạt động Tháng Thanh niên năm 2024

Thực hiện Kế hoạch số 120-KH/TĐTN-PTTN ngày 15/01/2024 của Ban Thường vụ Tỉnh đoàn Gia Lai, Ban Thường vụ Huyện đoàn xây dựng kế hoạch như sau:
Ra quân Ngày Chủ nhật xanh tại thị trấn Chư Sê và các xã của huyện Chư Sê.

Nơi nhận:                                    TM. BAN THƯỜNG VỤ
- Ban Thường vụ Tỉnh đoàn (b/c);                         BÍ THƯ
- Lưu VP.                                           Rơ Mah Thuận
`;
    expect(extractIdentity(text).issuer).toBe('Ban Thường vụ Huyện đoàn Chư Sê');
  });

  it('names the body a chairman-signed board heads, and the place of a signed body, without a header', () => {
    const doc = (body: string, authority: string): string =>
      `BÁO CÁO\nKết quả công tác năm 2023\n\n${body}\n\nNơi nhận:                          ${authority}\n- Lưu: VT.                          CHỦ TỊCH\n                                   Nguyễn Văn Thành\n`;
    const issuer = (body: string, authority: string): string | null =>
      extractIdentity(doc(body, authority)).issuer;
    expect(
      issuer(
        'Ủy ban MTTQ Việt Nam huyện Sa Thầy báo cáo kết quả tại huyện Sa Thầy, tỉnh Kon Tum.',
        'TM. BAN THƯỜNG TRỰC',
      ),
    ).toBe('Ban Thường trực Ủy ban MTTQ Việt Nam huyện Sa Thầy');
    expect(issuer('Hội Nông dân huyện Sa Thầy báo cáo, huyện Sa Thầy.', 'TM. BAN THƯỜNG VỤ')).toBe(
      'Ban Thường vụ Hội Nông dân huyện Sa Thầy',
    );
    expect(
      issuer(
        'Ủy ban MTTQ Việt Nam huyện Sa Thầy báo cáo, huyện Sa Thầy.',
        'TM. ỦY BAN MTTQ VIỆT NAM HUYỆN',
      ),
    ).toBe('Ủy ban MTTQ Việt Nam huyện Sa Thầy');
    expect(issuer('Báo cáo tại huyện Sa Thầy.', 'TM. ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM')).toBe(
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sa Thầy',
    );
  });

  it('keeps the Party committee when a Party text gives the Youth Union board a task', () => {
    const text = `KẾ HOẠCH
Tổ chức các hoạt động Tháng Thanh niên năm 2024

Thực hiện Nghị quyết số 35-NQ/TW, Ban Thường vụ Huyện ủy ban hành kế hoạch như sau:
1. Giao Ban Thường vụ Huyện đoàn chỉ đạo đoàn viên thanh niên huyện Tam Đường.
2. Ban Thường vụ Huyện đoàn: tổ chức ra quân.

Nơi nhận:
- Thường trực Tỉnh ủy,
- Lưu Văn phòng Huyện ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Hoàng Văn Hải`;
    expect(extractIdentity(text).issuer).toBe('Ban Thường vụ Huyện ủy Tam Đường');
  });
});

describe('own number with OCR look-alike letters (spec §9.3)', () => {
  it('repairs the number slot and flags it as citations do', () => {
    const text = `ỦY BAN NHÂN DÂN
XÃ ĐĂK BLÀ
Số: 2O/KH-UBND
Đăk Blà, ngày 15/3/2022
KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc`;
    const id = extractIdentity(text);
    expect(id.ownNumber).toBe('20/KH-UBND');
    expect(id.warnings).toContain(
      'ocr_digits: "Số: 2O/KH-UBND" → 20/KH-UBND (chữ đọc thành số: 2O → 20)',
    );
  });
});
