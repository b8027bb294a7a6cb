import type { Analysis } from '../types.ts';
import type { WantCitation } from './cases.ts';

/**
 * Whole documents written the way the held-out archive's documents are (vn-docs-spec §2, §7: commune,
 * district and provincial People's Committees and Councils, Party committees, the Fatherland Front,
 * the Youth Union and associations; headers in two columns or one line per cell, `Số:` with odd
 * spacing, worded dates, `V/v` titles, titles running into the body, `Nơi nhận`, `KT. CHỦ TỊCH`,
 * header-less texts signed by a board). Expectations were written from the gold README conventions,
 * not from the analyser's output; a field left out is not checked (each omission says why).
 * Kept out of the snapshot set's inputs on purpose: the unit tests hold them.
 */
export interface StyleDocument {
  readonly id: string;
  readonly about: string;
  readonly text: string;
  readonly identity: Partial<
    Pick<
      Analysis,
      | 'docType'
      | 'ownNumber'
      | 'issuer'
      | 'locality'
      | 'date'
      | 'year'
      | 'title'
      | 'signer'
      | 'recipients'
    >
  >;
  /** every citation of the text, in order */
  readonly cites: readonly WantCitation[];
  /** the ISO values of every date of the text, in order */
  readonly dates: readonly string[];
}

export const STYLE_DOCUMENTS: readonly StyleDocument[] = [
  {
    id: 'commune-plan',
    about:
      "§7.1 commune People's Committee plan: two-column header, `Số:`, worded date, range `từ 10-12/8/2021`, `KT. CHỦ TỊCH`",
    text: `ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ ĐĂK RƠ WA                                Độc lập - Tự do - Hạnh phúc
Số: 25/KH-UBND                        Đăk Rơ Wa, ngày 05 tháng 8 năm 2021

KẾ HOẠCH
Triển khai thực hiện công tác cải cách hành chính
trên địa bàn xã năm 2021

Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;
Căn cứ Kế hoạch số 412/KH-UBND ngày 18/02/2021 của Ủy ban nhân dân thành phố Kon Tum về cải cách hành chính năm 2021;
Ủy ban nhân dân xã Đăk Rơ Wa xây dựng Kế hoạch triển khai thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao hiệu lực, hiệu quả quản lý nhà nước trên địa bàn xã.
II. NHIỆM VỤ
Tổ chức hội nghị quán triệt từ 10-12/8/2021 tại Hội trường Ủy ban nhân dân xã.
Trên đây là Kế hoạch triển khai thực hiện công tác cải cách hành chính năm 2021 của Ủy ban nhân dân xã Đăk Rơ Wa./.

Nơi nhận:                                             TM. ỦY BAN NHÂN DÂN
- UBND thành phố (b/c);                                    KT. CHỦ TỊCH
- Phòng Nội vụ thành phố;                                  PHÓ CHỦ TỊCH
- TT Đảng ủy, HĐND xã;
- Các ban, ngành, đoàn thể xã;
- Lưu: VT.                                                  Y Khiêm
`,
    identity: {
      docType: 'Kế hoạch',
      ownNumber: '25/KH-UBND',
      issuer: 'Ủy ban nhân dân xã Đăk Rơ Wa',
      locality: 'xã Đăk Rơ Wa, thành phố Kon Tum',
      date: '2021-08-05',
      year: 2021,
      title: 'Triển khai thực hiện công tác cải cách hành chính trên địa bàn xã năm 2021',
      signer: { name: 'Y Khiêm', position: 'PHÓ CHỦ TỊCH', authority: 'KT. CHỦ TỊCH' },
      recipients: [
        'UBND thành phố (b/c)',
        'Phòng Nội vụ thành phố',
        'TT Đảng ủy, HĐND xã',
        'Các ban, ngành, đoàn thể xã',
        'Lưu: VT',
      ],
    },
    cites: [
      {
        key: '76/NQ-CP',
        type: 'Nghị quyết',
        date: '2021-07-15',
        issuer: 'Chính phủ',
        subject: null,
        relation: 'basis',
      },
      {
        key: '412/KH-UBND',
        date: '2021-02-18',
        issuer: 'Ủy ban nhân dân thành phố Kon Tum',
        subject: 'cải cách hành chính năm 2021',
        relation: 'basis',
      },
    ],
    dates: ['2021-08-05', '2021-07-15', '2021-02-18', '2021-08-10', '2021-08-12'],
  },
  {
    id: 'province-letter',
    about:
      '§7.1 provincial official letter: `V/v` title split across lines beside the header, `Kính gửi`, Party plan implementing a Politburo directive',
    text: `ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 3125/UBND-KGVX
V/v triển khai thực hiện Chỉ thị
số 05-CT/TW của Bộ Chính trị
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 12 tháng 10 năm 2016

Kính gửi:
- Các sở, ban, ngành thuộc tỉnh;
- Ủy ban nhân dân các huyện, thành phố.

Thực hiện Kế hoạch số 15-KH/TU ngày 20/6/2016 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố tổ chức quán triệt, triển khai thực hiện Kế hoạch số 15-KH/TU.
2. Giao Sở Nội vụ theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2016.
Nhận được Công văn này, đề nghị các đơn vị triển khai thực hiện./.

Nơi nhận:
- Như trên;
- Thường trực Tỉnh ủy (b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, KGVX3.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH



Nguyễn Văn Hòa
`,
    identity: {
      docType: 'Công văn',
      ownNumber: '3125/UBND-KGVX',
      issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
      locality: 'tỉnh Kon Tum',
      date: '2016-10-12',
      year: 2016,
      title: 'triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị',
      signer: { name: 'Nguyễn Văn Hòa', position: 'PHÓ CHỦ TỊCH', authority: 'KT. CHỦ TỊCH' },
      recipients: [
        'Như trên',
        'Thường trực Tỉnh ủy (b/c)',
        'Chủ tịch, các PCT UBND tỉnh',
        'Lưu: VT, KGVX3',
      ],
    },
    cites: [
      { surface: 'Chỉ thị\nsố 05-CT/TW', key: '05-CT/TW', date: null, relation: 'implements' },
      {
        key: '15-KH/TU',
        date: '2016-06-20',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        subject: 'thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị',
        relation: 'implements',
      },
      {
        key: '05-CT/TW',
        date: '2016-05-15',
        issuer: 'Bộ Chính trị',
        subject: 'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
        relation: 'implements',
      },
      { key: '15-KH/TU', date: null, issuer: null, relation: 'implements' },
    ],
    dates: ['2016-10-12', '2016-06-20', '2016-05-15', '2016-12-15'],
  },
  {
    id: 'district-party-report',
    about:
      '§7.2 district Party committee report: `Số` without colon, `*`, Party citations with a comma before the date, `khóa XII`, quoted name, `T/M BAN THƯỜNG VỤ`',
    text: `HUYỆN ỦY ĐĂK HÀ                         ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 145-BC/HU                               Đăk Hà, ngày 10 tháng 12 năm 2022

BÁO CÁO
sơ kết 05 năm thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017
của Ban Chấp hành Trung ương Đảng khóa XII

Thực hiện Kế hoạch số 86-KH/TU, ngày 07/5/2018 của Tỉnh ủy về thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả", Ban Thường vụ Huyện ủy báo cáo sơ kết 05 năm thực hiện Nghị quyết như sau:
I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Ban Thường vụ Huyện ủy ban hành Kế hoạch số 32-KH/HU, ngày 12/6/2018 triển khai thực hiện Nghị quyết số 18-NQ/TW.
II. KẾT QUẢ THỰC HIỆN
Đến nay, toàn huyện giảm 05 đầu mối cơ quan, đơn vị.

Nơi nhận:                                     T/M BAN THƯỜNG VỤ
- Ban Thường vụ Tỉnh ủy (b/c),                      PHÓ BÍ THƯ
- Ban Tổ chức Tỉnh ủy (b/c),
- Các đồng chí Huyện ủy viên,
- Lưu Văn phòng Huyện ủy.
                                               Nguyễn Thị Thanh Hương
`,
    identity: {
      docType: 'Báo cáo',
      ownNumber: '145-BC/HU',
      issuer: 'Ban Thường vụ Huyện ủy Đăk Hà',
      locality: 'huyện Đăk Hà',
      date: '2022-12-10',
      year: 2022,
      title:
        'sơ kết 05 năm thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII',
      signer: {
        name: 'Nguyễn Thị Thanh Hương',
        position: 'PHÓ BÍ THƯ',
        authority: 'T/M BAN THƯỜNG VỤ',
      },
      recipients: [
        'Ban Thường vụ Tỉnh ủy (b/c)',
        'Ban Tổ chức Tỉnh ủy (b/c)',
        'Các đồng chí Huyện ủy viên',
        'Lưu Văn phòng Huyện ủy',
      ],
    },
    cites: [
      {
        key: '18-NQ/TW',
        date: '2017-10-25',
        issuer: 'Ban Chấp hành Trung ương Đảng',
        subject: null,
        relation: 'reports_on',
      },
      { key: '86-KH/TU', date: '2018-05-07', issuer: 'Tỉnh ủy', relation: 'implements' },
      {
        key: '18-NQ/TW',
        date: '2017-10-25',
        issuer: 'Ban Chấp hành Trung ương Đảng',
        subject: null,
        relation: 'implements',
      },
      { key: '32-KH/HU', date: '2018-06-12', issuer: null, relation: 'mentions' },
      { key: '18-NQ/TW', date: null, relation: 'implements' },
    ],
    dates: ['2022-12-10', '2017-10-25', '2018-05-07', '2017-10-25', '2018-06-12'],
  },
  {
    id: 'hdnd-resolution',
    about:
      "§2.2 provincial People's Council resolution (local QPPL number), `KHÓA XII KỲ HỌP THỨ 3`, joint circular `TTLT`, worded dates, `có hiệu lực từ ngày`",
    text: `HỘI ĐỒNG NHÂN DÂN
TỈNH KON TUM
--------
Số: 20/2021/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Kon Tum, ngày 10 tháng 12 năm 2021

NGHỊ QUYẾT
Quy định mức chi hỗ trợ công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh Kon Tum

HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM
KHÓA XII KỲ HỌP THỨ 3

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Căn cứ Thông tư liên tịch số 14/2014/TTLT-BTC-BTP ngày 27 tháng 01 năm 2014 của Bộ Tài chính và Bộ Tư pháp quy định việc lập dự toán, quản lý, sử dụng và quyết toán kinh phí;
Xét Tờ trình số 145/TTr-UBND ngày 15 tháng 11 năm 2021 của Ủy ban nhân dân tỉnh về dự thảo Nghị quyết; Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.

QUYẾT NGHỊ:
Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định mức chi hỗ trợ công tác phổ biến, giáo dục pháp luật.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Kon Tum Khóa XII Kỳ họp thứ 3 thông qua ngày 10 tháng 12 năm 2021 và có hiệu lực từ ngày 01 tháng 01 năm 2022./.

Nơi nhận:
- Ủy ban Thường vụ Quốc hội;
- Chính phủ;
- Bộ Tư pháp (Cục Kiểm tra văn bản QPPL);
- Thường trực Tỉnh ủy;
- Lưu: VT, CTHĐ.
CHỦ TỊCH



Dương Văn Trang
`,
    identity: {
      docType: 'Nghị quyết',
      ownNumber: '20/2021/NQ-HĐND',
      issuer: 'Hội đồng nhân dân tỉnh Kon Tum',
      locality: 'tỉnh Kon Tum',
      date: '2021-12-10',
      year: 2021,
      title:
        'Quy định mức chi hỗ trợ công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh Kon Tum',
      signer: { name: 'Dương Văn Trang', position: 'CHỦ TỊCH', authority: null },
      recipients: [
        'Ủy ban Thường vụ Quốc hội',
        'Chính phủ',
        'Bộ Tư pháp (Cục Kiểm tra văn bản QPPL)',
        'Thường trực Tỉnh ủy',
        'Lưu: VT, CTHĐ',
      ],
    },
    cites: [
      {
        surface: 'Thông tư liên tịch số 14/2014/TTLT-BTC-BTP',
        key: '14/2014/TTLT-BTC-BTP',
        type: 'Thông tư liên tịch',
        yearInNumber: '2014',
        date: '2014-01-27',
        issuer: 'Bộ Tài chính và Bộ Tư pháp',
        subject: null,
        relation: 'basis',
      },
      {
        key: '145/TTr-UBND',
        type: 'Tờ trình',
        date: '2021-11-15',
        issuer: 'Ủy ban nhân dân tỉnh',
        subject: 'dự thảo Nghị quyết',
        relation: 'mentions',
      },
    ],
    dates: [
      '2021-12-10',
      '2015-06-19',
      '2015-06-25',
      '2014-01-27',
      '2021-11-15',
      '2021-12-10',
      '2022-01-01',
    ],
  },
  {
    id: 'youth-plan',
    about:
      '§2.4 provincial Youth Union plan: `ĐOÀN TNCS HỒ CHÍ MINH` / `BCH TỈNH ĐOÀN`, symbol with a unit `KH/TĐTN-TNTH`, `TM. BAN THƯỜNG VỤ TỈNH ĐOÀN`, a `Từ ngày … đến ngày …` range',
    text: `ĐOÀN TNCS HỒ CHÍ MINH
BCH TỈNH ĐOÀN KON TUM
***
Số: 120-KH/TĐTN-TNTH
Kon Tum, ngày 15 tháng 3 năm 2023

KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2023

Căn cứ Chương trình số 01-CTr/TWĐTN-VP ngày 10/01/2023 của Ban Bí thư Trung ương Đoàn về công tác Đoàn và phong trào thanh thiếu nhi năm 2023; Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch tổ chức Tháng Thanh niên năm 2023 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tạo môi trường để đoàn viên, thanh niên rèn luyện, cống hiến.
II. THỜI GIAN
Từ ngày 01/3/2023 đến ngày 31/3/2023.

Nơi nhận:
- Ban Bí thư Trung ương Đoàn (b/c);
- Thường trực Tỉnh ủy (b/c);
- Các huyện, thành đoàn và Đoàn trực thuộc;
- Lưu VP.
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
PHÓ BÍ THƯ



Nguyễn Thị Lan
`,
    identity: {
      docType: 'Kế hoạch',
      ownNumber: '120-KH/TĐTN-TNTH',
      issuer: 'Ban Thường vụ Tỉnh đoàn Kon Tum',
      locality: 'tỉnh Kon Tum',
      date: '2023-03-15',
      year: 2023,
      title: 'Tổ chức Tháng Thanh niên năm 2023',
      signer: {
        name: 'Nguyễn Thị Lan',
        position: 'PHÓ BÍ THƯ',
        authority: 'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN',
      },
      recipients: [
        'Ban Bí thư Trung ương Đoàn (b/c)',
        'Thường trực Tỉnh ủy (b/c)',
        'Các huyện, thành đoàn và Đoàn trực thuộc',
        'Lưu VP',
      ],
    },
    cites: [
      {
        key: '01-CTr/TWĐTN-VP',
        type: 'Chương trình',
        date: '2023-01-10',
        issuer: 'Ban Bí thư Trung ương Đoàn',
        subject: 'công tác Đoàn và phong trào thanh thiếu nhi năm 2023',
        relation: 'basis',
      },
    ],
    dates: ['2023-03-15', '2023-01-10', '2023-03-01', '2023-03-31'],
  },
  {
    id: 'commune-party',
    about:
      '§7.2 commune Party committee resolution: two parent lines (`ĐẢNG BỘ HUYỆN` / `ĐẢNG ỦY XÃ`), `Số 56 - NQ/ĐU` with spaced hyphen, `Quy định` with a `QĐ` code, `T/M ĐẢNG ỦY`',
    text: `ĐẢNG BỘ HUYỆN SA THẦY                 ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ SA NHƠN
*                                     Sa Nhơn, ngày 20 tháng 01 năm 2024
Số 56 - NQ/ĐU

NGHỊ QUYẾT
về lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội,
quốc phòng - an ninh năm 2024
-----

Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương Đảng thi hành Điều lệ Đảng;
Căn cứ Nghị quyết số 15-NQ/HU, ngày 15/12/2023 của Ban Chấp hành Đảng bộ huyện về nhiệm vụ năm 2024;
Đảng ủy xã Sa Nhơn quyết nghị:
1. Tiếp tục triển khai thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XIV, nhiệm kỳ 2020 - 2025.
2. Phấn đấu thu nhập bình quân đầu người đạt 45 triệu đồng/người/năm.

Nơi nhận:                                   T/M ĐẢNG ỦY
- Ban Thường vụ Huyện ủy (b/c);                 BÍ THƯ
- Các chi bộ trực thuộc;
- Lưu Văn phòng Đảng ủy.

                                              A Hương
`,
    identity: {
      docType: 'Nghị quyết',
      ownNumber: '56-NQ/ĐU',
      issuer: 'Đảng ủy xã Sa Nhơn',
      locality: 'xã Sa Nhơn, huyện Sa Thầy',
      date: '2024-01-20',
      year: 2024,
      title:
        'về lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2024',
      signer: { name: 'A Hương', position: 'BÍ THƯ', authority: 'T/M ĐẢNG ỦY' },
      recipients: [
        'Ban Thường vụ Huyện ủy (b/c)',
        'Các chi bộ trực thuộc',
        'Lưu Văn phòng Đảng ủy',
      ],
    },
    cites: [
      {
        key: '24-QĐ/TW',
        type: 'Quy định',
        date: '2021-07-30',
        issuer: 'Ban Chấp hành Trung ương Đảng',
        subject: null,
        relation: 'basis',
      },
      {
        key: '15-NQ/HU',
        date: '2023-12-15',
        issuer: 'Ban Chấp hành Đảng bộ huyện',
        subject: 'nhiệm vụ năm 2024',
        relation: 'basis',
      },
    ],
    dates: ['2024-01-20', '2021-07-30', '2023-12-15'],
  },
  {
    id: 'district-report-scan',
    about:
      '§1 step 6 scanned district office report: header lines one per line, `Số:    45   /BC-VHTT`, spaced worded date, a three-line title running into the body without a blank line, a range `từ ngày 02 đến ngày 04/9/2022`, a day-month date',
    text: `UBND HUYỆN KON PLÔNG
PHÒNG VĂN HÓA VÀ THÔNG TIN
Số:    45   /BC-VHTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Plông, ngày  28  tháng  11  năm 2022
BÁO CÁO
Kết quả thực hiện Kế hoạch số 102/KH-UBND ngày 14/4/2022
của Ủy ban nhân dân huyện về tổ chức các hoạt động văn hóa,
thể thao năm 2022
Thực hiện Kế hoạch số 102/KH-UBND ngày 14/4/2022 của Ủy ban nhân dân huyện về tổ chức các hoạt động văn hóa, thể thao năm 2022; Công văn số 1250/UBND-VX ngày 10/11/2022 của UBND huyện về việc báo cáo kết quả, Phòng Văn hóa và Thông tin huyện báo cáo kết quả như sau:
1. Tổ chức Giải bóng chuyền nam, nữ từ ngày 02 đến ngày 04/9/2022 với 12 đội tham gia.
2. Phối hợp Trung tâm Văn hóa - Thể thao và Truyền thông huyện tổ chức Ngày hội văn hóa các dân tộc
(ngày 18/11).
Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.
TRƯỞNG PHÒNG



Lê Văn Minh
`,
    identity: {
      docType: 'Báo cáo',
      ownNumber: '45/BC-VHTT',
      issuer: 'Phòng Văn hóa và Thông tin huyện Kon Plông',
      locality: 'huyện Kon Plông',
      date: '2022-11-28',
      year: 2022,
      title:
        'Kết quả thực hiện Kế hoạch số 102/KH-UBND ngày 14/4/2022 của Ủy ban nhân dân huyện về tổ chức các hoạt động văn hóa, thể thao năm 2022',
      signer: { name: 'Lê Văn Minh', position: 'TRƯỞNG PHÒNG', authority: null },
      recipients: ['UBND huyện (b/c)', 'Lưu: VT'],
    },
    cites: [
      {
        key: '102/KH-UBND',
        date: '2022-04-14',
        issuer: 'Ủy ban nhân dân huyện',
        subject: 'tổ chức các hoạt động văn hóa, thể thao năm 2022',
        relation: 'reports_on',
      },
      {
        key: '102/KH-UBND',
        date: '2022-04-14',
        issuer: 'Ủy ban nhân dân huyện',
        subject: 'tổ chức các hoạt động văn hóa, thể thao năm 2022',
        relation: 'implements',
      },
      {
        key: '1250/UBND-VX',
        type: 'Công văn',
        date: '2022-11-10',
        issuer: 'UBND huyện',
        subject: 'việc báo cáo kết quả',
      },
    ],
    dates: [
      '2022-11-28',
      '2022-04-14',
      '2022-04-14',
      '2022-11-10',
      '2022-09-02',
      '2022-09-04',
      '--11-18',
    ],
  },
  {
    id: 'front1',
    about:
      '§2.4 header-less commune Fatherland Front report signed `TM. BAN THƯỜNG TRỰC` / `CHỦ TỊCH`; the place comes from the body the text names',
    text: `BÁO CÁO
Kết quả thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2022

Thực hiện Kế hoạch số 45/KH-MTTQ-BTT ngày 15/02/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Kon Rẫy về tổ chức thực hiện Cuộc vận động năm 2022, Ban Thường trực Ủy ban MTTQ Việt Nam xã Đăk Ruồng báo cáo kết quả như sau:
I. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền
Ban Thường trực Ủy ban MTTQ xã phối hợp với các đoàn thể tổ chức tuyên truyền tại 07/07 thôn.
Nơi nhận:
- BTT UBMTTQ huyện;
- Đảng ủy xã;
- Lưu VT.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH



A Dũng
`,
    identity: {
      docType: 'Báo cáo',
      ownNumber: null,
      issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam xã Đăk Ruồng',
      locality: 'xã Đăk Ruồng, huyện Kon Rẫy',
      date: null,
      year: 2022,
      signer: { name: 'A Dũng', position: 'CHỦ TỊCH', authority: 'TM. BAN THƯỜNG TRỰC' },
      recipients: ['BTT UBMTTQ huyện', 'Đảng ủy xã', 'Lưu VT'],
    },
    cites: [
      {
        key: '45/KH-MTTQ-BTT',
        date: '2022-02-15',
        issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam huyện Kon Rẫy',
        subject: 'tổ chức thực hiện Cuộc vận động năm 2022',
        relation: 'implements',
      },
    ],
    dates: ['2022-02-15'],
  },
  {
    id: 'hoi1',
    about:
      "§2.4 header-less town farmers' association plan: `thị xã`, an anniversary range in the title, `TM. BAN THƯỜNG VỤ` / `CHỦ TỊCH`",
    text: `KẾ HOẠCH
Tổ chức các hoạt động kỷ niệm 92 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2022)

Thực hiện Hướng dẫn số 120-HD/HNDT ngày 20/9/2022 của Ban Thường vụ Hội Nông dân tỉnh Gia Lai về tổ chức các hoạt động kỷ niệm 92 năm Ngày thành lập Hội Nông dân Việt Nam, Ban Thường vụ Hội Nông dân thị xã An Khê xây dựng kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng trong cán bộ, hội viên nông dân về truyền thống vẻ vang của Hội.
Nơi nhận:
- Ban Thường vụ Hội Nông dân tỉnh (b/c);
- Thường trực Thị ủy (b/c);
- Các cơ sở Hội;
- Lưu VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH


Nguyễn Văn Tám
`,
    identity: {
      docType: 'Kế hoạch',
      issuer: 'Ban Thường vụ Hội Nông dân thị xã An Khê',
      locality: 'thị xã An Khê, tỉnh Gia Lai',
      date: null,
      year: 2022,
      title:
        'Tổ chức các hoạt động kỷ niệm 92 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2022)',
      signer: { name: 'Nguyễn Văn Tám', position: 'CHỦ TỊCH', authority: 'TM. BAN THƯỜNG VỤ' },
      recipients: [
        'Ban Thường vụ Hội Nông dân tỉnh (b/c)',
        'Thường trực Thị ủy (b/c)',
        'Các cơ sở Hội',
        'Lưu VP',
      ],
    },
    cites: [
      {
        key: '120-HD/HNDT',
        type: 'Hướng dẫn',
        date: '2022-09-20',
        issuer: 'Ban Thường vụ Hội Nông dân tỉnh Gia Lai',
        subject: 'tổ chức các hoạt động kỷ niệm 92 năm Ngày thành lập Hội Nông dân Việt Nam',
        relation: 'implements',
      },
    ],
    dates: ['1930-10-14', '2022-10-14', '2022-09-20'],
  },
  {
    id: 'hoi2',
    about:
      '§2.4 header-less report of an association outside the common list (`Hội Cựu giáo chức`), `TM. BAN CHẤP HÀNH` / `CHỦ TỊCH`',
    text: `BÁO CÁO
Tổng kết công tác Hội năm 2023 và phương hướng nhiệm vụ năm 2024

Năm 2023, Hội Cựu giáo chức huyện Sa Thầy triển khai thực hiện Nghị quyết Đại hội với nhiều kết quả. Thực hiện Kế hoạch số 05/KH-HCGC ngày 10/01/2023 của Hội Cựu giáo chức tỉnh Kon Tum, Ban Chấp hành Hội đã chỉ đạo các chi hội.
Nơi nhận:
- Hội Cựu giáo chức tỉnh;
- Lưu.
TM. BAN CHẤP HÀNH
CHỦ TỊCH


Trần Thị Hoa
`,
    identity: {
      docType: 'Báo cáo',
      issuer: 'Ban Chấp hành Hội Cựu giáo chức huyện Sa Thầy',
      locality: 'huyện Sa Thầy, tỉnh Kon Tum',
      date: null,
      year: 2023,
      title: 'Tổng kết công tác Hội năm 2023 và phương hướng nhiệm vụ năm 2024',
      signer: { name: 'Trần Thị Hoa', position: 'CHỦ TỊCH', authority: 'TM. BAN CHẤP HÀNH' },
      recipients: ['Hội Cựu giáo chức tỉnh', 'Lưu'],
    },
    cites: [
      {
        key: '05/KH-HCGC',
        date: '2023-01-10',
        issuer: 'Hội Cựu giáo chức tỉnh Kon Tum',
        relation: 'implements',
      },
    ],
    dates: ['2023-01-10'],
  },
  {
    id: 'old-decree',
    about:
      '§2.2 older State styles (`số 43-CP`, `92/CP`), a joint circular with two issuers and `hướng dẫn về`, a date-first clause (T65), a day range `hai ngày 14 và 15/10/2022`',
    text: `Căn cứ Nghị định số 43-CP ngày 11 tháng 7 năm 1996 của Chính phủ về việc ban hành Quy chế đầu tư và xây dựng; Nghị định số 92/CP ngày 23/8/1994 của Chính phủ; Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP ngày 06 tháng 5 năm 2005 của Bộ Nội vụ và Văn phòng Chính phủ hướng dẫn về thể thức và kỹ thuật trình bày văn bản; Chỉ thị số 17/CT-TTg ngày 05/4/2021 của Thủ tướng Chính phủ.
Ngày 22-7-1986, Bộ Chính trị đã ban hành Nghị quyết số 34-NQ/TW. Hội nghị diễn ra trong hai ngày 14 và 15/10/2022.
`,
    identity: { docType: null, date: null },
    cites: [
      {
        surface: 'Nghị định số 43-CP',
        type: 'Nghị định',
        key: '43/CP',
        date: '1996-07-11',
        issuer: 'Chính phủ',
        subject: 'việc ban hành Quy chế đầu tư và xây dựng',
        relation: 'basis',
      },
      { key: '92/CP', date: '1994-08-23', issuer: 'Chính phủ', relation: 'basis' },
      {
        key: '55/2005/TTLT-BNV-VPCP',
        type: 'Thông tư liên tịch',
        date: '2005-05-06',
        issuer: 'Bộ Nội vụ và Văn phòng Chính phủ',
        subject: 'thể thức và kỹ thuật trình bày văn bản',
        relation: 'basis',
      },
      {
        key: '17/CT-TTg',
        type: 'Chỉ thị',
        date: '2021-04-05',
        issuer: 'Thủ tướng Chính phủ',
        relation: 'basis',
      },
      { key: '34-NQ/TW', date: '1986-07-22', issuer: 'Bộ Chính trị', relation: 'mentions' },
    ],
    dates: [
      '1996-07-11',
      '1994-08-23',
      '2005-05-06',
      '2021-04-05',
      '1986-07-22',
      '2022-10-14',
      '2022-10-15',
    ],
  },
  {
    id: 'commune-nohdr',
    about:
      "header-less commune People's Committee report (`TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH`): the commune the text speaks of, not the district it names once",
    text: `BÁO CÁO
Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023

Năm 2023, Ủy ban nhân dân xã Đăk Ruồng triển khai thực hiện nhiệm vụ trong điều kiện còn nhiều khó khăn. Được sự quan tâm của Huyện ủy, UBND huyện Kon Rẫy, Đảng ủy xã Đăk Ruồng, kinh tế xã tiếp tục phát triển.
I. KẾT QUẢ THỰC HIỆN
Tổng diện tích gieo trồng toàn xã đạt 1.250 ha. Thu nhập bình quân đầu người trên địa bàn xã đạt 38 triệu đồng.
Nơi nhận:
- UBND huyện (b/c);
- TT Đảng ủy xã;
- Lưu VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH


Y Thị Hoa
`,
    identity: {
      docType: 'Báo cáo',
      ownNumber: null,
      issuer: 'Ủy ban nhân dân xã Đăk Ruồng',
      locality: 'xã Đăk Ruồng, huyện Kon Rẫy',
      date: null,
      year: 2023,
      title: 'Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023',
      signer: { name: 'Y Thị Hoa', position: 'CHỦ TỊCH', authority: 'TM. ỦY BAN NHÂN DÂN' },
      recipients: ['UBND huyện (b/c)', 'TT Đảng ủy xã', 'Lưu VT'],
    },
    cites: [],
    dates: [],
  },
  {
    id: 'commune-party-nohdr',
    about:
      "header-less commune Party committee report (`T/M ĐẢNG ỦY` / `BÍ THƯ`): the commune's Đảng ủy, never the district's Huyện ủy",
    text: `BÁO CÁO
Kết quả lãnh đạo thực hiện nhiệm vụ năm 2023

Năm 2023, Đảng bộ xã Sa Nhơn lãnh đạo thực hiện nhiệm vụ chính trị đạt nhiều kết quả. Thực hiện Nghị quyết số 15-NQ/HU, ngày 15/12/2022 của Ban Chấp hành Đảng bộ huyện Sa Thầy về nhiệm vụ năm 2023, Đảng ủy xã đã ban hành chương trình công tác toàn khóa.
Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c),
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
BÍ THƯ


A Hương
`,
    identity: {
      docType: 'Báo cáo',
      issuer: 'Đảng ủy xã Sa Nhơn',
      locality: 'xã Sa Nhơn, huyện Sa Thầy',
      date: null,
      year: 2023,
      title: 'Kết quả lãnh đạo thực hiện nhiệm vụ năm 2023',
      signer: { name: 'A Hương', position: 'BÍ THƯ', authority: 'T/M ĐẢNG ỦY' },
      recipients: ['Ban Thường vụ Huyện ủy (b/c)', 'Lưu Văn phòng Đảng ủy'],
    },
    cites: [
      {
        key: '15-NQ/HU',
        date: '2022-12-15',
        issuer: 'Ban Chấp hành Đảng bộ huyện Sa Thầy',
        subject: 'nhiệm vụ năm 2023',
        relation: 'implements',
      },
    ],
    dates: ['2022-12-15'],
  },
  {
    id: 'district-decision',
    about:
      '§7.1 district decision: `Số:` and its number on two lines, the place split across lines (T3, T4), `Về việc` title, the deciding authority line, `Như Điều 3`, an amending law in the `Căn cứ` list',
    text: `ỦY BAN NHÂN DÂN
HUYỆN ĐĂK HÀ
Số:
1520/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đăk
Hà, ngày 09 tháng 9 năm 2020
QUYẾT ĐỊNH
Về việc kiện toàn Ban Chỉ đạo thực hiện Chương trình mục tiêu
quốc gia xây dựng nông thôn mới huyện Đăk Hà
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐĂK HÀ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;
Căn cứ Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020;
Xét đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện.
QUYẾT ĐỊNH:
Điều 1. Kiện toàn Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Đăk Hà.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 850/QĐ-UBND ngày 12/5/2019 của Ủy ban nhân dân huyện.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT, NN.
CHỦ TỊCH



Nguyễn Đức Tuy
`,
    identity: {
      docType: 'Quyết định',
      ownNumber: '1520/QĐ-UBND',
      issuer: 'Ủy ban nhân dân huyện Đăk Hà',
      locality: 'huyện Đăk Hà',
      date: '2020-09-09',
      year: 2020,
      title:
        'Về việc kiện toàn Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Đăk Hà',
      signer: { name: 'Nguyễn Đức Tuy', position: 'CHỦ TỊCH', authority: null },
      recipients: ['Như Điều 3', 'UBND tỉnh (b/c)', 'TT Huyện ủy, TT HĐND huyện', 'Lưu: VT, NN'],
    },
    cites: [
      {
        key: '1600/QĐ-TTg',
        date: '2016-08-16',
        issuer: 'Thủ tướng Chính phủ',
        subject: null,
        relation: 'basis',
      },
      {
        key: '850/QĐ-UBND',
        date: '2019-05-12',
        issuer: 'Ủy ban nhân dân huyện',
        relation: 'mentions',
      },
    ],
    dates: ['2020-09-09', '2015-06-19', '2019-11-22', '2016-08-16', '2019-05-12'],
  },
  {
    id: 'party-notice',
    about:
      '§7.2 provincial Party committee conclusion notice: `THÔNG BÁO KẾT LUẬN`, `Công điện` of a Party body, `T/M BAN THƯỜNG VỤ` / `K/T BÍ THƯ` / `PHÓ BÍ THƯ THƯỜNG TRỰC`',
    text: `TỈNH ỦY KON TUM
*
Số 412-TB/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Kon Tum, ngày 03 tháng 6 năm 2021
THÔNG BÁO KẾT LUẬN
của Ban Thường vụ Tỉnh ủy về tình hình thực hiện nhiệm vụ
phòng, chống dịch Covid-19 trên địa bàn tỉnh
-----
Ngày 01/6/2021, Ban Thường vụ Tỉnh ủy họp nghe báo cáo tình hình thực hiện Chỉ thị số 05-CT/TU, ngày 28/4/2021 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng, chống dịch Covid-19. Sau khi thảo luận, Ban Thường vụ Tỉnh ủy kết luận như sau:
1. Các cấp ủy, tổ chức đảng tiếp tục quán triệt, thực hiện nghiêm Chỉ thị số 05-CT/TU và Công điện số 06-CĐ/TU, ngày 12/5/2021 của Ban Thường vụ Tỉnh ủy.
2. Giao Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo thực hiện Kế hoạch số 1503/KH-UBND ngày 20/5/2021 của Ủy ban nhân dân tỉnh.
Nơi nhận:
- Các đồng chí Tỉnh ủy viên,
- Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
K/T BÍ THƯ
PHÓ BÍ THƯ THƯỜNG TRỰC



Dương Văn Trang
`,
    identity: {
      docType: 'Thông báo kết luận',
      ownNumber: '412-TB/TU',
      issuer: 'Ban Thường vụ Tỉnh ủy Kon Tum',
      locality: 'tỉnh Kon Tum',
      date: '2021-06-03',
      year: 2021,
      title:
        'của Ban Thường vụ Tỉnh ủy về tình hình thực hiện nhiệm vụ phòng, chống dịch Covid-19 trên địa bàn tỉnh',
      signer: {
        name: 'Dương Văn Trang',
        position: 'PHÓ BÍ THƯ THƯỜNG TRỰC',
        authority: 'K/T BÍ THƯ',
      },
      recipients: [
        'Các đồng chí Tỉnh ủy viên',
        'Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
        'Lưu Văn phòng Tỉnh ủy',
      ],
    },
    cites: [
      {
        key: '05-CT/TU',
        date: '2021-04-28',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        subject: 'tăng cường công tác phòng, chống dịch Covid-19',
        relation: 'reports_on',
      },
      { key: '05-CT/TU', date: null, relation: 'implements' },
      {
        key: '06-CĐ/TU',
        type: 'Công điện',
        date: '2021-05-12',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        relation: 'implements',
      },
      {
        key: '1503/KH-UBND',
        date: '2021-05-20',
        issuer: 'Ủy ban nhân dân tỉnh',
        relation: 'implements',
      },
    ],
    dates: ['2021-06-03', '2021-06-01', '2021-04-28', '2021-05-12', '2021-05-20'],
  },
  {
    id: 'district-program',
    about:
      '§2.3 district Party action programme (`CHƯƠNG TRÌNH HÀNH ĐỘNG`, `CTr`), signature column beside `Nơi nhận` (`T/M HUYỆN ỦY`)',
    text: `HUYỆN ỦY NGỌC HỒI
*
Số 15-CTr/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Ngọc Hồi, ngày 25 tháng 02 năm 2021
CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI,
nhiệm kỳ 2020 - 2025
-----
Thực hiện Chương trình hành động số 05-CTr/TU, ngày 15/01/2021 của Tỉnh ủy thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025; Ban Chấp hành Đảng bộ huyện xây dựng Chương trình hành động như sau:
I. MỤC TIÊU
Phấn đấu đến năm 2025 thu nhập bình quân đầu người đạt 60 triệu đồng.
Nơi nhận:                                        T/M HUYỆN ỦY
- Ban Thường vụ Tỉnh ủy (b/c),                             BÍ THƯ
- Các đồng chí Huyện ủy viên,
- Các chi, đảng bộ trực thuộc,
- Lưu Văn phòng Huyện ủy.                                  Nguyễn Văn Thanh
`,
    identity: {
      docType: 'Chương trình hành động',
      ownNumber: '15-CTr/HU',
      issuer: 'Huyện ủy Ngọc Hồi',
      locality: 'huyện Ngọc Hồi',
      date: '2021-02-25',
      year: 2021,
      title: 'thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025',
      signer: { name: 'Nguyễn Văn Thanh', position: 'BÍ THƯ', authority: 'T/M HUYỆN ỦY' },
      recipients: [
        'Ban Thường vụ Tỉnh ủy (b/c)',
        'Các đồng chí Huyện ủy viên',
        'Các chi, đảng bộ trực thuộc',
        'Lưu Văn phòng Huyện ủy',
      ],
    },
    cites: [
      {
        key: '05-CTr/TU',
        type: 'Chương trình hành động',
        date: '2021-01-15',
        issuer: 'Tỉnh ủy',
        subject: null,
        relation: 'implements',
      },
    ],
    dates: ['2021-02-25', '2021-01-15'],
  },
  {
    id: 'submission',
    about:
      '§7.1 district office submission: `TỜ TRÌNH`, `Về việc` title on two lines, `Kính gửi` line, `Nơi nhận: - Như trên;` on one line',
    text: `UBND HUYỆN SA THẦY
PHÒNG TÀI CHÍNH - KẾ HOẠCH
Số: 87/TTr-TCKH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sa Thầy, ngày 14 tháng 7 năm 2022
TỜ TRÌNH
Về việc đề nghị phê duyệt dự toán kinh phí tổ chức Đại hội
Thể dục thể thao huyện lần thứ VII năm 2022
Kính gửi: Ủy ban nhân dân huyện Sa Thầy.
Căn cứ Quyết định số 245/QĐ-UBND ngày 02/3/2022 của Ủy ban nhân dân huyện về việc ban hành Kế hoạch tổ chức Đại hội Thể dục thể thao các cấp;
Phòng Tài chính - Kế hoạch kính trình Ủy ban nhân dân huyện xem xét, phê duyệt./.
Nơi nhận: - Như trên;
- Lưu: VT, TCKH.
TRƯỞNG PHÒNG



Phạm Thị Hằng
`,
    identity: {
      docType: 'Tờ trình',
      ownNumber: '87/TTr-TCKH',
      issuer: 'Phòng Tài chính - Kế hoạch huyện Sa Thầy',
      locality: 'huyện Sa Thầy',
      date: '2022-07-14',
      year: 2022,
      title:
        'Về việc đề nghị phê duyệt dự toán kinh phí tổ chức Đại hội Thể dục thể thao huyện lần thứ VII năm 2022',
      signer: { name: 'Phạm Thị Hằng', position: 'TRƯỞNG PHÒNG', authority: null },
      recipients: ['Như trên', 'Lưu: VT, TCKH'],
    },
    cites: [
      {
        key: '245/QĐ-UBND',
        date: '2022-03-02',
        issuer: 'Ủy ban nhân dân huyện',
        subject: 'việc ban hành Kế hoạch tổ chức Đại hội Thể dục thể thao các cấp',
        relation: 'basis',
      },
    ],
    dates: ['2022-07-14', '2022-03-02'],
  },
  {
    id: 'submission-scan',
    about:
      'the submission as a poor scan gives it: the place-and-date line without its comma, `NƠI NHẬN:` in capitals',
    text: `UBND HUYỆN SA THẦY
PHÒNG TÀI CHÍNH - KẾ HOẠCH
Số: 87/TTr-TCKH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sa Thầy ngày 14 tháng 7 năm 2022
TỜ TRÌNH
Về việc đề nghị phê duyệt dự toán kinh phí tổ chức Đại hội
Thể dục thể thao huyện lần thứ VII năm 2022
Kính gửi: Ủy ban nhân dân huyện Sa Thầy.
Căn cứ Quyết định số 245/QĐ-UBND ngày 02/3/2022 của Ủy ban nhân dân huyện về việc ban hành Kế hoạch tổ chức Đại hội Thể dục thể thao các cấp;
Phòng Tài chính - Kế hoạch kính trình Ủy ban nhân dân huyện xem xét, phê duyệt./.
NƠI NHẬN:
- Như trên;
- Lưu: VT, TCKH.
TRƯỞNG PHÒNG



Phạm Thị Hằng
`,
    identity: {
      docType: 'Tờ trình',
      ownNumber: '87/TTr-TCKH',
      issuer: 'Phòng Tài chính - Kế hoạch huyện Sa Thầy',
      locality: 'huyện Sa Thầy',
      date: '2022-07-14',
      year: 2022,
      title:
        'Về việc đề nghị phê duyệt dự toán kinh phí tổ chức Đại hội Thể dục thể thao huyện lần thứ VII năm 2022',
      signer: { name: 'Phạm Thị Hằng', position: 'TRƯỞNG PHÒNG', authority: null },
      recipients: ['Như trên', 'Lưu: VT, TCKH'],
    },
    cites: [
      {
        key: '245/QĐ-UBND',
        date: '2022-03-02',
        issuer: 'Ủy ban nhân dân huyện',
        subject: 'việc ban hành Kế hoạch tổ chức Đại hội Thể dục thể thao các cấp',
        relation: 'basis',
      },
    ],
    dates: ['2022-07-14', '2022-03-02'],
  },
  {
    id: 'front-letter',
    about:
      '§2.4 provincial Fatherland Front letter: three header lines, `Số: 256 /MTTQ-BTT`, `V/v`, `+` recipients, `TM. BAN THƯỜNG TRỰC` / `KT. CHỦ TỊCH`, a range `từ ngày 01/10 đến ngày 18/11/2023`',
    text: `ỦY BAN MTTQ VIỆT NAM                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH KON TUM                                  Độc lập - Tự do - Hạnh phúc
BAN THƯỜNG TRỰC
Số: 256 /MTTQ-BTT                           Kon Tum, ngày 21 tháng 9 năm 2023
V/v hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023

Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thành phố.

Thực hiện Hướng dẫn số 58/HD-MTTW-BTT ngày 05/8/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thành phố thực hiện một số nội dung sau:
1. Tổ chức Ngày hội ở 100% khu dân cư từ ngày 01/10 đến ngày 18/11/2023.
2. Báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh trước ngày 30/11/2023.
Nơi nhận:
+ Như trên;
+ Thường trực Tỉnh ủy (b/c);
+ Ban Dân vận Tỉnh ủy;
+ Lưu VT.
TM. BAN THƯỜNG TRỰC
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH



Y Ngọc
`,
    identity: {
      docType: 'Công văn',
      ownNumber: '256/MTTQ-BTT',
      issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum',
      locality: 'tỉnh Kon Tum',
      date: '2023-09-21',
      year: 2023,
      title: 'hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023',
      signer: { name: 'Y Ngọc', position: 'PHÓ CHỦ TỊCH', authority: 'KT. CHỦ TỊCH' },
      recipients: ['Như trên', 'Thường trực Tỉnh ủy (b/c)', 'Ban Dân vận Tỉnh ủy', 'Lưu VT'],
    },
    cites: [
      {
        key: '58/HD-MTTW-BTT',
        type: 'Hướng dẫn',
        date: '2023-08-05',
        issuer: 'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam',
        subject: 'tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023',
        relation: 'implements',
      },
    ],
    dates: ['2023-09-21', '2023-08-05', '2023-10-01', '2023-11-18', '2023-11-30'],
  },
  {
    id: 'long-report',
    about:
      "§7.1 district People's Committee yearly report (T10 `Số: 301 /BC-UBND`): a `Căn cứ:` list of items, ratios (`7/9 chỉ tiêu`, `03/11 xã`), a range `(từ ngày 10 - 12/5/2019)`, an anniversary range, `Tuyên truyền` (mentions), `sơ kết … thực hiện` (reports_on), repeated short citations",
    text: `ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐĂK GLEI                            Độc lập - Tự do - Hạnh phúc

Số: 301 /BC-UBND                    Đăk Glei, ngày 26 tháng 11 năm 2019

BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2019;
mục tiêu, nhiệm vụ, giải pháp chủ yếu năm 2020

Căn cứ:
- Nghị quyết số 12-NQ/HU ngày 20/12/2018 của Ban Chấp hành Đảng bộ huyện về nhiệm vụ năm 2019;
- Nghị quyết số 25/NQ-HĐND ngày 21/12/2018 của Hội đồng nhân dân huyện về kế hoạch phát triển kinh tế - xã hội năm 2019;
Ủy ban nhân dân huyện báo cáo tình hình thực hiện nhiệm vụ năm 2019 như sau:
Phần thứ nhất
KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2019
I. LĨNH VỰC KINH TẾ
1. Sản xuất nông nghiệp: Tổng diện tích gieo trồng 11.250 ha, đạt 101,2% kế hoạch. Giá trị sản xuất đạt 2,19% so với cùng kỳ; 7/9 chỉ tiêu đạt và vượt kế hoạch.
2. Xây dựng nông thôn mới: Triển khai thực hiện Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ; đến nay có 03/11 xã đạt chuẩn nông thôn mới.
II. VĂN HÓA - XÃ HỘI
Tổ chức thành công Đại hội Thể dục thể thao huyện lần thứ VI (từ ngày 10 - 12/5/2019) và các hoạt động kỷ niệm 89 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2019). Tuyên truyền Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị khóa XII và Kết luận số 01-KL/TW.
Phần thứ hai
NHIỆM VỤ NĂM 2020
Tiếp tục thực hiện Nghị quyết số 12-NQ/HU và Nghị quyết số 25/NQ-HĐND; tổ chức sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW trong quý II năm 2020.

Nơi nhận:                                           TM. ỦY BAN NHÂN DÂN
- Thường trực Huyện ủy (b/c);                              CHỦ TỊCH
- Thường trực HĐND huyện;
- Chủ tịch, các PCT UBND huyện;
- Các phòng, ban, ngành thuộc huyện;
- UBND các xã, thị trấn;
- Lưu: VT, TH.                                         Nguyễn Văn Lực
`,
    identity: {
      docType: 'Báo cáo',
      ownNumber: '301/BC-UBND',
      issuer: 'Ủy ban nhân dân huyện Đăk Glei',
      locality: 'huyện Đăk Glei',
      date: '2019-11-26',
      year: 2019,
      title:
        'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2019; mục tiêu, nhiệm vụ, giải pháp chủ yếu năm 2020',
      signer: { name: 'Nguyễn Văn Lực', position: 'CHỦ TỊCH', authority: 'TM. ỦY BAN NHÂN DÂN' },
      recipients: [
        'Thường trực Huyện ủy (b/c)',
        'Thường trực HĐND huyện',
        'Chủ tịch, các PCT UBND huyện',
        'Các phòng, ban, ngành thuộc huyện',
        'UBND các xã, thị trấn',
        'Lưu: VT, TH',
      ],
    },
    cites: [
      {
        key: '12-NQ/HU',
        date: '2018-12-20',
        issuer: 'Ban Chấp hành Đảng bộ huyện',
        subject: 'nhiệm vụ năm 2019',
        relation: 'basis',
      },
      {
        key: '25/NQ-HĐND',
        date: '2018-12-21',
        issuer: 'Hội đồng nhân dân huyện',
        subject: 'kế hoạch phát triển kinh tế - xã hội năm 2019',
        relation: 'basis',
      },
      {
        key: '1600/QĐ-TTg',
        date: '2016-08-16',
        issuer: 'Thủ tướng Chính phủ',
        relation: 'implements',
      },
      { key: '05-CT/TW', date: '2016-05-15', issuer: 'Bộ Chính trị', relation: 'mentions' },
      { key: '01-KL/TW', date: null, relation: 'mentions' },
      { key: '12-NQ/HU', date: null, relation: 'implements' },
      { key: '25/NQ-HĐND', date: null, relation: 'implements' },
      { key: '05-CT/TW', date: null, relation: 'reports_on' },
    ],
    dates: [
      '2019-11-26',
      '2018-12-20',
      '2018-12-21',
      '2016-08-16',
      '2019-05-10',
      '2019-05-12',
      '1930-02-03',
      '2019-02-03',
      '2016-05-15',
    ],
  },
];
