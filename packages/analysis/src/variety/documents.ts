import type { Analysis } from '../types.ts';
import type { WantCitation } from './cases.ts';

/**
 * Whole synthetic documents in packages/analysis/test-data/variety/, written the way district Party
 * and People's Committee documents are laid out (spec §7: header cells interleaved in two columns, `Số`
 * with or without a colon, place-and-date line, type heading and trích yếu or `V/v`, `Căn cứ` lines,
 * footnotes, `Nơi nhận` beside the signature block). Expectations follow the gold README conventions.
 */
export interface VarietyDocument {
  readonly file: string;
  readonly identity: Partial<
    Pick<
      Analysis,
      'docType' | 'ownNumber' | 'issuer' | 'date' | 'year' | 'title' | 'signer' | 'recipients'
    >
  >;
  readonly cites: readonly WantCitation[];
  readonly dates?: readonly string[];
}

export const VARIETY_DOCUMENTS: readonly VarietyDocument[] = [
  {
    file: 'party-plan.txt',
    identity: {
      docType: 'Kế hoạch',
      ownNumber: '45-KH/HU',
      issuer: 'Ban Thường vụ Huyện ủy Đăk Hà',
      date: '2022-03-15',
      year: 2022,
      title:
        'thực hiện Nghị quyết số 23-NQ/TW ngày 06/10/2022 của Bộ Chính trị và Chương trình hành động số 12-CTr/TU của Tỉnh ủy',
      signer: { name: 'Nguyễn Văn Hùng', position: 'BÍ THƯ', authority: 'T/M BAN THƯỜNG VỤ' },
      recipients: [
        'Ban Thường vụ Tỉnh ủy (b/c)',
        'Ban Tuyên giáo Tỉnh ủy (b/c)',
        'Các chi bộ, đảng bộ trực thuộc',
        'Lưu Văn phòng Huyện ủy',
      ],
    },
    cites: [
      { key: '23-NQ/TW', date: '2022-10-06', issuer: 'Bộ Chính trị', relation: 'implements' },
      {
        key: '12-CTr/TU',
        type: 'Chương trình hành động',
        issuer: 'Tỉnh ủy',
        relation: 'implements',
      },
      {
        key: '23-NQ/TW',
        date: '2022-10-06',
        issuer: 'Bộ Chính trị',
        subject:
          'phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng Tây Nguyên đến năm 2030, tầm nhìn đến năm 2045',
        relation: 'implements',
      },
      { surface: 'Nghị quyết 23', key: '23-NQ/TW', partial: true, relation: 'mentions' },
      {
        key: '12-CTr/TU',
        date: '2022-12-20',
        issuer: 'Ban Chấp hành Đảng bộ tỉnh',
        subject: 'thực hiện Nghị quyết số 23-NQ/TW',
        relation: 'implements',
      },
      { key: '23-NQ/TW', date: null, relation: 'implements' },
      {
        key: '05-HD/BTGTU',
        date: '2023-01-10',
        issuer: 'Ban Tuyên giáo Tỉnh ủy',
        subject: 'tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng',
        relation: 'implements',
      },
      { surface: 'Nghị quyết 23', key: '23-NQ/TW', partial: true, relation: 'mentions' },
      { key: '12-CTr/TU', relation: 'mentions' },
      {
        surface: 'Chỉ thị số 05-CT/TƯ',
        key: '05-CT/TW',
        date: '2016-05-15',
        issuer: 'Bộ Chính trị',
        relation: 'implements',
      },
      {
        key: '01-KL/TW',
        date: '2021-05-18',
        issuer: 'Bộ Chính trị',
        subject: 'tiếp tục thực hiện Chỉ thị số 05-CT/TW',
        relation: 'implements',
      },
      { key: '05-CT/TW', relation: 'implements' },
      {
        key: '08-QĐi/TW',
        type: 'Quy định',
        date: '2018-10-25',
        issuer: 'Ban Chấp hành Trung ương',
        relation: 'mentions',
      },
      { key: '21-KL/TW', relation: 'mentions' },
      { key: '23-NQ/TW', relation: 'reports_on' },
      {
        key: '3006/KH-UBND',
        date: '2019-11-13',
        issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
        relation: 'implements',
      },
      { key: '728/UBND-TH', date: '2023-02-26', issuer: 'UBND huyện', relation: 'implements' },
      {
        key: '05-HD/BTGTU',
        subject: 'tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng',
        relation: 'mentions',
      },
    ],
    dates: [
      '2022-03-15',
      '2022-10-06',
      '2022-10-06',
      '2022-12-20',
      '2023-01-10',
      '2016-05-15',
      '2021-05-18',
      '2018-10-25',
      '2024-11-30',
      '2024-12-15',
      '2019-11-13',
      '2023-02-26',
      '1930-02-03',
      '2023-02-03',
    ],
  },
  {
    file: 'state-report.txt',
    identity: {
      docType: 'Báo cáo',
      ownNumber: '301/BC-UBND',
      issuer: 'Ủy ban nhân dân huyện Ngọc Hồi',
      date: '2019-11-26',
      year: 2019,
      title:
        'Kết quả thực hiện Quyết định số 1624/QĐ-UBND ngày 10/9/2019 của Ủy ban nhân dân tỉnh về chuyển đổi số',
      signer: { name: 'Lê Thị Hoa', position: 'PHÓ CHỦ TỊCH', authority: 'KT. CHỦ TỊCH' },
      recipients: [
        'UBND tỉnh (b/c)',
        'Sở Thông tin và Truyền thông',
        'TT Huyện ủy, HĐND huyện',
        'Lưu: VT, VHTT',
      ],
    },
    cites: [
      {
        key: '1624/QĐ-UBND',
        date: '2019-09-10',
        issuer: 'Ủy ban nhân dân tỉnh',
        subject: 'chuyển đổi số',
        relation: 'reports_on',
      },
      {
        surface: 'Nghị định số 30/2020/NÐ-CP',
        key: '30/2020/NĐ-CP',
        date: '2020-03-05',
        issuer: 'Chính phủ',
        subject: 'công tác văn thư',
        relation: 'basis',
      },
      {
        key: '25/2013/QĐ-TTg',
        date: '2013-05-04',
        issuer: 'Thủ tướng Chính phủ',
        relation: 'basis',
      },
      {
        key: '1624/QĐ-UBND',
        date: '2019-09-10',
        issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
        subject: 'chuyển đổi số',
        relation: 'implements',
      },
      {
        key: '4912/UBND-NC',
        type: 'Công văn',
        date: '2019-10-12',
        issuer: 'UBND tỉnh',
        relation: 'implements',
      },
      {
        key: '42/KH-UBND',
        date: '2019-03-18',
        issuer: 'Ủy ban nhân dân huyện',
        subject: 'triển khai Quyết định số 1624/QĐ-UBND',
        relation: 'mentions',
      },
      { key: '1624/QĐ-UBND', relation: 'implements' },
      {
        surface: 'Công văn số 2153 /STTTT-TTBCXB',
        key: '2153/STTTT-TTBCXB',
        date: '2019-04-05',
        issuer: 'Sở Thông tin và Truyền thông',
      },
      { key: '46/TTr-STTTT', date: '2019-11-11' },
      { surface: 'Quyết định 1624', key: '1624/QĐ-UBND', partial: true, relation: 'reports_on' },
      { key: '09/2017/NĐ-CP', relation: 'mentions' },
      { surface: 'Nghị định số 09/CP', key: '09/2017/NĐ-CP', date: '2017-03-30', partial: true },
      { key: '55/2005/TTLT-BNV-VPCP', type: 'Thông tư liên tịch' },
      { key: '20/2023/QH15', type: 'Luật' },
      { key: '25/2013/QĐ-TTg', relation: 'implements' },
      { key: '12/2015/QĐ-UBND', relation: 'mentions' },
    ],
  },
  {
    file: 'state-letter.txt',
    identity: {
      docType: 'Công văn',
      ownNumber: '1724/UBND-TH',
      issuer: "Ủy ban nhân dân huyện Ia H'Drai",
      date: '2023-10-14',
      year: 2023,
      title: 'triển khai thực hiện Kết luận số 01-KL/TW của Bộ Chính trị',
      signer: { name: 'Nguyễn Văn Dũng', position: 'PHÓ CHỦ TỊCH', authority: 'KT. CHỦ TỊCH' },
      recipients: ['Như trên', 'TT Huyện ủy (b/c)', 'CT, các PCT UBND huyện', 'Lưu: VT, TH'],
    },
    cites: [
      {
        surface: 'Kết luận\nsố 01-KL/TW',
        key: '01-KL/TW',
        issuer: 'Bộ Chính trị',
        relation: 'implements',
      },
      {
        key: '2577/UBND-KGVX',
        date: '2023-08-20',
        issuer: 'UBND tỉnh Kon Tum',
        subject: 'việc triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị',
        relation: 'implements',
      },
      {
        key: '01-KL/TW',
        date: '2021-05-18',
        subject: 'tiếp tục thực hiện Chỉ thị số 05-CT/TW',
        relation: 'implements',
      },
      { key: '05-CT/TW', relation: 'implements' },
      { key: '36-KH/HU', date: '2023-09-01', issuer: "Huyện ủy Ia H'Drai", relation: 'implements' },
      { key: '01-KL/TW', relation: 'mentions' },
      {
        surface: 'Kế hoạch 36',
        key: '36-KH/HU',
        partial: true,
        subject: null,
        relation: 'reports_on',
      },
    ],
    dates: ['2023-10-14', '2023-08-20', '2021-05-18', '2023-09-01', '2023-12-15'],
  },
  {
    file: 'state-decision.txt',
    identity: {
      docType: 'Quyết định',
      ownNumber: '2150/QĐ-UBND',
      issuer: 'Ủy ban nhân dân huyện Tam Đường',
      date: '2022-12-05',
      year: 2022,
      title: 'Về việc kiện toàn Ban Chỉ đạo 35 huyện Tam Đường',
      signer: { name: 'Hoàng Văn Thắng', position: 'CHỦ TỊCH', authority: null },
      recipients: ['Như Điều 3', 'TT Huyện ủy, TT HĐND huyện (b/c)', 'Lưu: VT, NV'],
    },
    cites: [
      {
        key: '1115/QĐ-UBND',
        date: '2019-08-15',
        issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
        subject: 'việc thành lập Ban Chỉ đạo 35 tỉnh',
        relation: 'basis',
      },
      {
        key: '146-KH/TU',
        date: '2023-04-12',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        subject: 'thực hiện Kết luận số 23-KL/TW',
        relation: 'implements',
      },
      { key: '23-KL/TW', relation: 'implements' },
      {
        key: '472-CV/HU',
        date: '2023-04-20',
        issuer: 'Ban Thường vụ Huyện ủy',
        relation: 'implements',
      },
      { key: '88/TTr-NV', type: 'Tờ trình', date: '2022-12-01', relation: 'mentions' },
      {
        key: '1980/QĐ-UBND',
        date: '2021-10-10',
        issuer: 'Chủ tịch Ủy ban nhân dân huyện',
        relation: 'mentions',
      },
    ],
    dates: [
      '2022-12-05',
      '2015-06-19',
      '2019-11-22',
      '2019-08-15',
      '2023-04-12',
      '2023-04-20',
      '2022-12-01',
      '2021-10-10',
    ],
  },
];
