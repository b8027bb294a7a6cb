import { describe, expect, it } from 'vitest';
import { findCitations, parseReference } from './find-citations.ts';
import { parseCitationQuery } from './query.ts';
import { findDates } from '../dates/find-dates.ts';

/**
 * Every real test string of vn-docs-spec.md §13 (T1–T83). Expectations were written from the spec's
 * "Expected" column and the key rule of the gold README (pad2(number) + separator + symbol without
 * spaces, homoglyphs folded, Party form for Party symbols), not from the parser's output.
 * `⏎` in the spec is a line break here. `header: true` strings are header forms (the document's own
 * number, `Số: …`), parsed with `parseReference`; in running text such a header is not a citation.
 */
interface Want {
  key: string;
  type: string | null;
  number: string;
  symbol: string;
  date?: string | null;
  issuer?: string | null;
  relation?: string;
  partial?: boolean;
  surface?: string;
}

interface Case {
  id: string;
  text: string;
  header?: boolean;
  want: Want[];
  dates?: string[];
}

const CASES: Case[] = [
  {
    id: 'T1',
    text: 'Thông báo số 122/TB-VPCP ngày 24 tháng 3 năm 2020 của Văn phòng Chính phủ',
    want: [
      {
        key: '122/TB-VPCP',
        type: 'Thông báo',
        number: '122',
        symbol: 'TB-VPCP',
        date: '2020-03-24',
        issuer: 'Văn phòng Chính phủ',
      },
    ],
  },
  {
    id: 'T2',
    text: 'Công văn số 1025-CV/TU ngày 24 tháng 3 năm 2020',
    want: [
      { key: '1025-CV/TU', type: 'Công văn', number: '1025', symbol: 'CV/TU', date: '2020-03-24' },
    ],
  },
  {
    id: 'T3',
    text: 'Số:\n434/KH-UBND',
    header: true,
    want: [{ key: '434/KH-UBND', type: 'Kế hoạch', number: '434', symbol: 'KH-UBND' }],
  },
  { id: 'T4', text: 'Kon\nTum, ngày 22 tháng 02 năm 2023', want: [], dates: ['2023-02-22'] },
  {
    id: 'T5',
    text: 'CHƯƠNG TRÌNH SỐ 50-CTR/TU NGÀY 09 THÁNG 01 NĂM 2023',
    want: [
      {
        key: '50-CTr/TU',
        type: 'Chương trình',
        number: '50',
        symbol: 'CTR/TU',
        date: '2023-01-09',
      },
    ],
  },
  {
    id: 'T6',
    text: 'Nghị quyết số 152/NQ-CP ngày\n15 tháng 11 năm 2022 của Chính phủ',
    want: [
      {
        key: '152/NQ-CP',
        type: 'Nghị quyết',
        number: '152',
        symbol: 'NQ-CP',
        date: '2022-11-15',
        issuer: 'Chính phủ',
      },
    ],
  },
  {
    id: 'T7',
    text: 'Nghị quyết số 23-NQ/TW ngày 06 tháng 10 năm 2022 của Bộ Chính trị',
    want: [
      {
        key: '23-NQ/TW',
        type: 'Nghị quyết',
        number: '23',
        symbol: 'NQ/TW',
        date: '2022-10-06',
        issuer: 'Bộ Chính trị',
      },
    ],
  },
  {
    id: 'T8',
    text: '(sau đây gọi tắt là Nghị quyết số 23-NQ/TW của Bộ Chính trị)',
    want: [
      {
        key: '23-NQ/TW',
        type: 'Nghị quyết',
        number: '23',
        symbol: 'NQ/TW',
        issuer: 'Bộ Chính trị',
        relation: 'mentions',
      },
    ],
  },
  {
    id: 'T9',
    text: 'Chương trình số 50-CTr/TU\nngày 09 tháng 01 năm 2023 của Ban Thường vụ Tỉnh ủy; Chương\ntrình số 50-CTr/TU',
    want: [
      {
        key: '50-CTr/TU',
        type: 'Chương trình',
        number: '50',
        symbol: 'CTr/TU',
        date: '2023-01-09',
        issuer: 'Ban Thường vụ Tỉnh ủy',
      },
      {
        key: '50-CTr/TU',
        type: 'Chương trình',
        number: '50',
        symbol: 'CTr/TU',
        surface: 'Chương\ntrình số 50-CTr/TU',
      },
    ],
  },
  {
    id: 'T10',
    text: 'Số: 301 /BC-UBND Kon Tum, ngày 26 tháng 11 năm 2019',
    header: true,
    want: [{ key: '301/BC-UBND', type: 'Báo cáo', number: '301', symbol: 'BC-UBND' }],
    dates: ['2019-11-26'],
  },
  {
    id: 'T11',
    text: 'Công văn 3087/CV-BCĐ',
    want: [{ key: '3087/CV-BCĐ', type: 'Công văn', number: '3087', symbol: 'CV-BCĐ' }],
  },
  {
    id: 'T12',
    text: 'Nghị định 118/2014/NĐ-CP',
    want: [{ key: '118/2014/NĐ-CP', type: 'Nghị định', number: '118', symbol: 'NĐ-CP' }],
  },
  {
    id: 'T13',
    text: 'quyết định số 362QĐ/TĐTN-TCKT và 363 QĐ/TĐTN-TCKT ngày 07/02/2020',
    want: [
      {
        key: '362-QĐ/TĐTN-TCKT',
        type: 'Quyết định',
        number: '362',
        symbol: 'QĐ/TĐTN-TCKT',
        date: '2020-02-07',
      },
      {
        key: '363-QĐ/TĐTN-TCKT',
        type: 'Quyết định',
        number: '363',
        symbol: 'QĐ/TĐTN-TCKT',
        date: '2020-02-07',
      },
    ],
  },
  { id: 'T14', text: '(từ 10-02 đến 16-02-2020)', want: [], dates: ['2020-02-10', '2020-02-16'] },
  {
    id: 'T15',
    text: 'Công văn số 103-CV/BCĐ 35, ngày 17/02/2023 của Ban Chỉ đạo 35 cấp tỉnh',
    want: [
      {
        key: '103-CV/BCĐ35',
        type: 'Công văn',
        number: '103',
        symbol: 'CV/BCĐ35',
        date: '2023-02-17',
        issuer: 'Ban Chỉ đạo 35 cấp tỉnh',
      },
    ],
  },
  {
    id: 'T16',
    text: 'Công văn số Số 25 -CV/BCĐ ngày 27/02/2023',
    want: [
      { key: '25-CV/BCĐ', type: 'Công văn', number: '25', symbol: 'CV/BCĐ', date: '2023-02-27' },
    ],
  },
  {
    id: 'T17',
    text: 'Nghị quyết số 35-NQ/TW, ngày 22-10-2018 của Bộ Chính trị về bảo vệ nền tảng tư tưởng của Ðảng',
    want: [
      {
        key: '35-NQ/TW',
        type: 'Nghị quyết',
        number: '35',
        symbol: 'NQ/TW',
        date: '2018-10-22',
        issuer: 'Bộ Chính trị',
      },
    ],
  },
  {
    id: 'T18',
    text: 'Kế hoạch số 135-KH/TU ngày 09/5/2019 của Ban Thường vụ Tỉnh ủy',
    want: [
      {
        key: '135-KH/TU',
        type: 'Kế hoạch',
        number: '135',
        symbol: 'KH/TU',
        date: '2019-05-09',
        issuer: 'Ban Thường vụ Tỉnh ủy',
      },
    ],
  },
  {
    id: 'T19',
    text: 'Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị',
    want: [
      {
        key: '35-NQ/TW',
        type: 'Nghị quyết',
        number: '35',
        symbol: 'NQ/TW',
        date: '2018-10-22',
        issuer: 'Bộ Chính trị',
      },
    ],
  },
  {
    id: 'T20',
    text: 'Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị khóa XII',
    want: [
      {
        key: '35-NQ/TW',
        type: 'Nghị quyết',
        number: '35',
        symbol: 'NQ/TW',
        date: '2018-10-22',
        issuer: 'Bộ Chính trị',
      },
    ],
  },
  {
    id: 'T21',
    text: 'Nghị quyết số 35-NQ/TW ngày 22-10-2018 của Bộ Chính trị khóa XII',
    want: [
      {
        key: '35-NQ/TW',
        type: 'Nghị quyết',
        number: '35',
        symbol: 'NQ/TW',
        date: '2018-10-22',
        issuer: 'Bộ Chính trị',
      },
    ],
  },
  {
    id: 'T22',
    text: 'Nghị quyết 35 ngày 22/10/2018 của Bộ Chính trị',
    want: [
      {
        key: '35-NQ/TW',
        type: 'Nghị quyết',
        number: '35',
        symbol: '',
        date: '2018-10-22',
        issuer: 'Bộ Chính trị',
        partial: true,
      },
    ],
  },
  {
    id: 'T23',
    text: 'Nghị định 09/2017/N\u00D0-CP; ngày 30-3-2017',
    want: [
      {
        key: '09/2017/NĐ-CP',
        type: 'Nghị định',
        number: '09',
        symbol: 'NĐ-CP',
        surface: 'Nghị định 09/2017/N\u00D0-CP',
      },
    ],
    dates: ['2017-03-30'],
  },
  {
    id: 'T24',
    text: 'Nghị định số 09/2017/NĐ-CP',
    want: [{ key: '09/2017/NĐ-CP', type: 'Nghị định', number: '09', symbol: 'NĐ-CP' }],
  },
  {
    id: 'T25',
    text: 'Số: 38/2013/QĐ-UBND | Vị Thanh, ngày 16 tháng 12 năm 2013 |',
    header: true,
    want: [{ key: '38/2013/QĐ-UBND', type: 'Quyết định', number: '38', symbol: 'QĐ-UBND' }],
    dates: ['2013-12-16'],
  },
  {
    id: 'T26',
    text: 'Nghị định số 51/2002/NĐ-CP ngày 26 tháng 4 năm 2002 của Chính phủ',
    want: [
      {
        key: '51/2002/NĐ-CP',
        type: 'Nghị định',
        number: '51',
        symbol: 'NĐ-CP',
        date: '2002-04-26',
        issuer: 'Chính phủ',
      },
    ],
  },
  {
    id: 'T27',
    text: 'Quyết định số 25/2013/QĐ-TTg ngày 04 tháng 5 năm 2013 của Thủ tướng Chính phủ',
    want: [
      {
        key: '25/2013/QĐ-TTg',
        type: 'Quyết định',
        number: '25',
        symbol: 'QĐ-TTg',
        date: '2013-05-04',
        issuer: 'Thủ tướng Chính phủ',
      },
    ],
  },
  {
    id: 'T28',
    text: 'Tờ trình số 46/TTr-STTTT ngày 11 tháng 11 năm 2013',
    want: [
      {
        key: '46/TTr-STTTT',
        type: 'Tờ trình',
        number: '46',
        symbol: 'TTr-STTTT',
        date: '2013-11-11',
      },
    ],
  },
  {
    id: 'T29',
    text: 'Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03 tháng 12 năm 2004',
    want: [],
    dates: ['2004-12-03'],
  },
  {
    id: 'T30',
    text: 'Quyết định số 1624/QĐ-UBND ngày 10 tháng 9 năm 2007',
    want: [
      {
        key: '1624/QĐ-UBND',
        type: 'Quyết định',
        number: '1624',
        symbol: 'QĐ-UBND',
        date: '2007-09-10',
      },
    ],
  },
  {
    id: 'T31',
    text: 'Tờ trình số 656/TTr-STTTT ngày 06 tháng 8 năm 2009',
    want: [
      {
        key: '656/TTr-STTTT',
        type: 'Tờ trình',
        number: '656',
        symbol: 'TTr-STTTT',
        date: '2009-08-06',
      },
    ],
  },
  {
    id: 'T32',
    text: 'Nghị định 75/2009/NĐ-CP, ngày 10/9/2009 của Chính phủ.',
    want: [
      {
        key: '75/2009/NĐ-CP',
        type: 'Nghị định',
        number: '75',
        symbol: 'NĐ-CP',
        date: '2009-09-10',
        issuer: 'Chính phủ',
      },
    ],
  },
  {
    id: 'T33',
    text: 'quyết định số 25/2013/QĐ-TTg',
    want: [{ key: '25/2013/QĐ-TTg', type: 'Quyết định', number: '25', symbol: 'QĐ-TTg' }],
  },
  {
    id: 'T34',
    text: 'Thực hiện Thực hiện Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư Trung ương Đảng',
    want: [
      {
        key: '22-CT/TW',
        type: 'Chỉ thị',
        number: '22',
        symbol: 'CT/TW',
        date: '2018-01-23',
        issuer: 'Ban Bí thư Trung ương Đảng',
        relation: 'implements',
      },
    ],
  },
  {
    id: 'T35',
    text: 'văn bản số 238/UBND-KGVX ngày 19/3/2018',
    want: [
      {
        key: '238/UBND-KGVX',
        type: 'Công văn',
        number: '238',
        symbol: 'UBND-KGVX',
        date: '2018-03-19',
      },
    ],
  },
  { id: 'T36', text: '(11/6/1948 - 11/6/2018)', want: [], dates: ['1948-06-11', '2018-06-11'] },
  {
    id: 'T37',
    text: 'văn bản số 4912/UBND-NC',
    want: [{ key: '4912/UBND-NC', type: 'Công văn', number: '4912', symbol: 'UBND-NC' }],
  },
  {
    id: 'T38',
    text: 'Văn bản chỉ đạo số 398/BTTTT-TTCS; Ngày 14 tháng 02 năm 2017',
    want: [{ key: '398/BTTTT-TTCS', type: 'Công văn', number: '398', symbol: 'BTTTT-TTCS' }],
    dates: ['2017-02-14'],
  },
  {
    id: 'T39',
    text: 'Hướng dẫn số 22-HD/BTGTW ngày 10/01/2017',
    want: [
      {
        key: '22-HD/BTGTW',
        type: 'Hướng dẫn',
        number: '22',
        symbol: 'HD/BTGTW',
        date: '2017-01-10',
      },
    ],
  },
  {
    id: 'T40',
    text: 'Công văn số 50/VHTT',
    want: [{ key: '50/VHTT', type: 'Công văn', number: '50', symbol: 'VHTT' }],
  },
  {
    id: 'T41',
    text: 'Kế hoạch số 86-KH/TU ngày 07/5/2018 của Tỉnh ủy',
    want: [
      {
        key: '86-KH/TU',
        type: 'Kế hoạch',
        number: '86',
        symbol: 'KH/TU',
        date: '2018-05-07',
        issuer: 'Tỉnh ủy',
      },
    ],
  },
  {
    id: 'T42',
    text: 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban chấp hành Trung ương Đảng khóa XII',
    want: [
      {
        key: '18-NQ/TW',
        type: 'Nghị quyết',
        number: '18',
        symbol: 'NQ/TW',
        date: '2017-10-25',
        issuer: 'Ban chấp hành Trung ương Đảng',
      },
    ],
  },
  {
    id: 'T43',
    text: 'Chương trình hành động số 147-CTHĐ/TU ngày 09/5/2019 của Tỉnh ủy',
    want: [
      {
        key: '147-CTHĐ/TU',
        type: 'Chương trình hành động',
        number: '147',
        symbol: 'CTHĐ/TU',
        date: '2019-05-09',
        issuer: 'Tỉnh ủy',
      },
    ],
  },
  {
    id: 'T44',
    text: 'Nghị quyết số 22/2019/NQ-HĐND ngày 17/10/2019 của HĐND tỉnh',
    want: [
      {
        key: '22/2019/NQ-HĐND',
        type: 'Nghị quyết',
        number: '22',
        symbol: 'NQ-HĐND',
        date: '2019-10-17',
        issuer: 'HĐND tỉnh',
      },
    ],
  },
  {
    id: 'T45',
    text: 'Số 09-QC/TW\nHà Nội, ngày 05 tháng 01 năm 2026',
    header: true,
    want: [{ key: '09-QC/TW', type: 'Quy chế', number: '09', symbol: 'QC/TW' }],
    dates: ['2026-01-05'],
  },
  {
    id: 'T46',
    text: 'Luật Giao dịch điện tử số 20/2023/QH15 năm 2023',
    want: [{ key: '20/2023/QH15', type: 'Luật', number: '20', symbol: 'QH15' }],
  },
  {
    id: 'T47',
    text: 'Nghị định số 42/2022/NĐ-CP, ngày 24/6/2022 của Chính phủ',
    want: [
      {
        key: '42/2022/NĐ-CP',
        type: 'Nghị định',
        number: '42',
        symbol: 'NĐ-CP',
        date: '2022-06-24',
        issuer: 'Chính phủ',
      },
    ],
  },
  {
    id: 'T48',
    text: 'Quyết định số 259-QĐ/TW, ngày 24/01/2025 của Bộ Chính trị',
    want: [
      {
        key: '259-QĐ/TW',
        type: 'Quyết định',
        number: '259',
        symbol: 'QĐ/TW',
        date: '2025-01-24',
        issuer: 'Bộ Chính trị',
      },
    ],
  },
  {
    id: 'T49',
    text: 'Thông báo số 05-TB/BCĐTW, ngày 04/7/2025 của Ban Chỉ đạo Trung ương',
    want: [
      {
        key: '05-TB/BCĐTW',
        type: 'Thông báo',
        number: '05',
        symbol: 'TB/BCĐTW',
        date: '2025-07-04',
        issuer: 'Ban Chỉ đạo Trung ương',
      },
    ],
  },
  {
    id: 'T50',
    text: 'Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư',
    want: [
      {
        key: '100-KL/TW',
        type: 'Kết luận',
        number: '100',
        symbol: 'KL/TW',
        date: '2014-08-18',
        issuer: 'Ban Bí thư',
      },
    ],
  },
  {
    id: 'T51',
    text: 'Kết luận số 111-KL/TU ngày 14/8/2017 của Ban Thường vụ Tỉnh ủy',
    want: [
      {
        key: '111-KL/TU',
        type: 'Kết luận',
        number: '111',
        symbol: 'KL/TU',
        date: '2017-08-14',
        issuer: 'Ban Thường vụ Tỉnh ủy',
      },
    ],
  },
  {
    id: 'T52',
    text: 'Chỉ thị số 17',
    want: [{ key: '17-CT/?', type: 'Chỉ thị', number: '17', symbol: '', partial: true }],
  },
  {
    id: 'T53',
    text: 'Chỉ thị số 26-CT/TW ngày 23/11/2023',
    want: [{ key: '26-CT/TW', type: 'Chỉ thị', number: '26', symbol: 'CT/TW', date: '2023-11-23' }],
  },
  {
    id: 'T54',
    text: 'Chỉ thị số 45-CT/TW, ngày 14/4/2025; Kế hoạch số 08',
    want: [
      { key: '45-CT/TW', type: 'Chỉ thị', number: '45', symbol: 'CT/TW', date: '2025-04-14' },
      { key: '08-KH/?', type: 'Kế hoạch', number: '08', symbol: '', partial: true },
    ],
  },
  {
    id: 'T55',
    text: 'Quy định số 162-QĐ/TW, ngày 29/5/2024 của Ban Bí thư',
    want: [
      {
        key: '162-QĐ/TW',
        type: 'Quy định',
        number: '162',
        symbol: 'QĐ/TW',
        date: '2024-05-29',
        issuer: 'Ban Bí thư',
      },
    ],
  },
  {
    id: 'T56',
    text: 'ngày 18/3/2021, Uỷ ban nhân dân tỉnh đã ban hành Kế hoạch số 42/KH-UBND',
    want: [
      {
        key: '42/KH-UBND',
        type: 'Kế hoạch',
        number: '42',
        symbol: 'KH-UBND',
        date: '2021-03-18',
        issuer: 'Uỷ ban nhân dân tỉnh',
      },
    ],
  },
  { id: 'T57', text: 'năm 2021 và giai đoạn 2021 - 2025', want: [], dates: [] },
  {
    id: 'T58',
    text: 'Nghị quyết số 20/NQ-HĐND ngày 23/9/2021 của HĐND T…',
    want: [
      {
        key: '20/NQ-HĐND',
        type: 'Nghị quyết',
        number: '20',
        symbol: 'NQ-HĐND',
        date: '2021-09-23',
      },
    ],
  },
  {
    id: 'T59',
    text: 'Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP ngày 06 tháng 5 năm 2005 của Bộ Nội vụ và Văn phòng Chính phủ',
    want: [
      {
        key: '55/2005/TTLT-BNV-VPCP',
        type: 'Thông tư liên tịch',
        number: '55',
        symbol: 'TTLT-BNV-VPCP',
        date: '2005-05-06',
        issuer: 'Bộ Nội vụ và Văn phòng Chính phủ',
      },
    ],
  },
  {
    id: 'T60a',
    text: 'Quyết định số: 1206 /QĐ-HVTC',
    want: [
      {
        key: '1206/QĐ-HVTC',
        type: 'Quyết định',
        number: '1206',
        symbol: 'QĐ-HVTC',
        surface: 'Quyết định số: 1206 /QĐ-HVTC',
      },
    ],
  },
  {
    id: 'T60b',
    text: 'Số: 666/2015/QĐ-UBND',
    header: true,
    want: [{ key: '666/2015/QĐ-UBND', type: 'Quyết định', number: '666', symbol: 'QĐ-UBND' }],
  },
  {
    id: 'T61',
    text: 'Quyết định số: 979/QĐ-CĐVX- ĐT, ngày 12 tháng 12 năm\n2019',
    want: [
      {
        key: '979/QĐ-CĐVX-ĐT',
        type: 'Quyết định',
        number: '979',
        symbol: 'QĐ-CĐVX-ĐT',
        date: '2019-12-12',
      },
    ],
  },
  {
    id: 'T62',
    text: 'Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997; số91-QĐ/TW, ngày 16-02-2004',
    want: [
      {
        key: '31-QĐ/TW',
        type: 'Quyết định',
        number: '31',
        symbol: 'QĐ/TW',
        date: '1997-10-01',
        issuer: 'Bộ Chính trị',
        surface: 'Quyết định của Bộ Chính trị số31-QĐ/TW',
      },
      { key: '91-QĐ/TW', type: 'Quyết định', number: '91', symbol: 'QĐ/TW', date: '2004-02-16' },
    ],
  },
  {
    id: 'T63',
    text: 'Quyết định của BộChính trị số 31-QĐ/TW, ngày 01/10/1997',
    want: [
      { key: '31-QĐ/TW', type: 'Quyết định', number: '31', symbol: 'QĐ/TW', date: '1997-10-01' },
    ],
  },
  {
    id: 'T64a',
    text: '***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH',
    header: true,
    want: [{ key: '367-QĐ/TWĐTN-VP', type: 'Quyết định', number: '367', symbol: 'QĐ/TWĐTN-VP' }],
  },
  {
    id: 'T64b',
    text: 'Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013; khoá X, nhiệm kỳ 2012 - 2017',
    want: [
      {
        key: '84-QĐ/TWĐTN',
        type: 'Quyết định',
        number: '84',
        symbol: 'QĐ/TWĐTN',
        date: '2013-02-22',
      },
    ],
  },
  {
    id: 'T65',
    text: 'Ngày 22-7-1986, Bộ Chính trị đã ban hành Nghị quyết số 34-NQ/TW',
    want: [
      {
        key: '34-NQ/TW',
        type: 'Nghị quyết',
        number: '34',
        symbol: 'NQ/TW',
        date: '1986-07-22',
        issuer: 'Bộ Chính trị',
      },
    ],
  },
  {
    id: 'T66',
    text: 'Nghị quyết số 26-NQ/TW, Hội nghị lần thứ 7 của Ban Chấp hành Trung ương khóa X',
    want: [{ key: '26-NQ/TW', type: 'Nghị quyết', number: '26', symbol: 'NQ/TW', date: null }],
  },
  { id: 'T67', text: 'Hội nghị BCH TƯ Hội Nông dân VN lần thứ 7 (Khóa V)', want: [] },
  { id: 'T68', text: 'UVT.Ư Đảng', want: [] },
  {
    id: 'T69',
    text: 'Nghị quyết số 76/2025/UBTVQH15',
    want: [{ key: '76/2025/UBTVQH15', type: 'Nghị quyết', number: '76', symbol: 'UBTVQH15' }],
  },
  {
    id: 'T70',
    text: 'Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 100-KL/TW của Ban Bí thư',
    want: [
      {
        key: '25-KH/TU',
        type: 'Kế hoạch',
        number: '25',
        symbol: 'KH/TU',
        date: '2016-11-30',
        issuer: 'Ban Thường vụ Tỉnh ủy',
      },
      {
        key: '100-KL/TW',
        type: 'Kết luận',
        number: '100',
        symbol: 'KL/TW',
        issuer: 'Ban Bí thư',
        relation: 'implements',
      },
    ],
  },
  {
    id: 'T71a',
    text: 'No. 17/2008/QH12',
    want: [{ key: '17/2008/QH12', type: null, number: '17', symbol: 'QH12' }],
  },
  {
    id: 'T71b',
    text: 'ORDER No. 12/2008/L-CTN',
    want: [{ key: '12/2008/L-CTN', type: 'Lệnh', number: '12', symbol: 'L-CTN' }],
  },
  {
    id: 'T71c',
    text: 'Resolution No. 51/2001/QH10',
    want: [{ key: '51/2001/QH10', type: null, number: '51', symbol: 'QH10' }],
  },
  {
    id: 'T72a',
    text: 'Số: 44/2009/QH12',
    header: true,
    want: [{ key: '44/2009/QH12', type: null, number: '44', symbol: 'QH12' }],
  },
  {
    id: 'T72b',
    text: 'Luật: 38/2005/QH11',
    header: true,
    want: [{ key: '38/2005/QH11', type: 'Luật', number: '38', symbol: 'QH11' }],
  },
  {
    id: 'T72c',
    text: 'Luật số: 08/2012/QH13',
    header: true,
    want: [{ key: '08/2012/QH13', type: 'Luật', number: '08', symbol: 'QH13' }],
  },
  {
    id: 'T73',
    text: 'Số hiệu:28/2004/QH11',
    header: true,
    want: [{ key: '28/2004/QH11', type: null, number: '28', symbol: 'QH11' }],
  },
  {
    id: 'T74a',
    text: 'Số: 15/QĐ-BNV',
    header: true,
    want: [{ key: '15/QĐ-BNV', type: 'Quyết định', number: '15', symbol: 'QĐ-BNV' }],
  },
  {
    id: 'T74b',
    text: 'Số: 05/BNV-VP',
    header: true,
    want: [{ key: '05/BNV-VP', type: 'Công văn', number: '05', symbol: 'BNV-VP' }],
  },
  {
    id: 'T74c',
    text: 'Số: 12/UBND-VX',
    header: true,
    want: [{ key: '12/UBND-VX', type: 'Công văn', number: '12', symbol: 'UBND-VX' }],
  },
  {
    id: 'T75',
    text: 'Chỉ thị số 05-CT/TƯ ngày 15-5-2016 của Bộ Chính trị (khóa XII)',
    want: [
      {
        key: '05-CT/TW',
        type: 'Chỉ thị',
        number: '05',
        symbol: 'CT/TW',
        date: '2016-05-15',
        issuer: 'Bộ Chính trị',
      },
    ],
  },
  { id: 'T77', text: 'quý I-2018; Chiều 5/4', want: [], dates: ['--04-05'] },
  {
    id: 'T78',
    text: 'Ngày 20/8, Ban Chỉ đạo … ban hành Công văn 3087/CV-BCĐ; Chiều 21/8',
    want: [{ key: '3087/CV-BCĐ', type: 'Công văn', number: '3087', symbol: 'CV-BCĐ', date: null }],
    dates: ['--08-20', '--08-21'],
  },
  {
    id: 'T79',
    text: 'Thông tri số 25/TT-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam',
    want: [
      {
        key: '25/TT-MTTW-BTT',
        type: 'Thông tri',
        number: '25',
        symbol: 'TT-MTTW-BTT',
        issuer: 'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam',
      },
    ],
  },
  {
    id: 'T80',
    text: 'công văn số 232/STTTT-TTBCXB ngày 12/03/2020; công văn số 241/232/STTTT-TTBCXB',
    want: [
      {
        key: '232/STTTT-TTBCXB',
        type: 'Công văn',
        number: '232',
        symbol: 'STTTT-TTBCXB',
        date: '2020-03-12',
      },
      { key: '241/232/STTTT-TTBCXB', type: 'Công văn', number: '241', symbol: 'STTTT-TTBCXB' },
    ],
  },
  {
    id: 'T81',
    text: 'Kế hoạch số 128-KH/HU ngày 10/7/2019 của Huyện ủy Cô Tô',
    want: [
      {
        key: '128-KH/HU',
        type: 'Kế hoạch',
        number: '128',
        symbol: 'KH/HU',
        date: '2019-07-10',
        issuer: 'Huyện ủy Cô Tô',
      },
    ],
  },
  {
    id: 'T82',
    text: 'Căn cứ Nghị định số 15/CP',
    want: [{ key: '15/CP', type: 'Nghị định', number: '15', symbol: 'CP', relation: 'basis' }],
  },
  {
    id: 'T83',
    text: 'Chỉ thị số 05-CT/TW của Bộ Chính trị; Quy định số 101-QĐ/TW ngày 07/6/2012; Quy định số 08-QĐi/TW ngày 25/10/2018; Quy định số 205-QĐ/TW ngày 23/9/2019',
    want: [
      { key: '05-CT/TW', type: 'Chỉ thị', number: '05', symbol: 'CT/TW', issuer: 'Bộ Chính trị' },
      { key: '101-QĐ/TW', type: 'Quy định', number: '101', symbol: 'QĐ/TW', date: '2012-06-07' },
      { key: '08-QĐi/TW', type: 'Quy định', number: '08', symbol: 'QĐi/TW', date: '2018-10-25' },
      { key: '205-QĐ/TW', type: 'Quy định', number: '205', symbol: 'QĐ/TW', date: '2019-09-23' },
    ],
  },
];

describe('vn-docs-spec §13 test strings', () => {
  it.each(CASES)('$id', (c) => {
    const got = c.header
      ? [parseReference(c.text)].filter((x) => x !== null)
      : findCitations(c.text).citations;
    expect(got.length, JSON.stringify(got)).toBe(c.want.length);
    c.want.forEach((w, i) => {
      const g = got[i];
      expect(g, `${c.id} #${i}`).toBeDefined();
      if (!g) return;
      expect({ key: g.key, type: g.type, number: g.number, symbol: g.symbol }).toEqual({
        key: w.key,
        type: w.type,
        number: w.number,
        symbol: w.symbol,
      });
      expect(c.text.slice(g.start, g.end)).toBe(g.surface);
      if (w.surface !== undefined) expect(g.surface).toBe(w.surface);
      if (w.date !== undefined) expect(g.date).toBe(w.date);
      if (w.issuer !== undefined) expect(g.issuer).toBe(w.issuer);
      if (w.relation !== undefined) expect(g.relation).toBe(w.relation);
      if (w.partial !== undefined) expect(g.partial === true).toBe(w.partial);
    });
    if (c.dates !== undefined) expect(findDates(c.text).map((d) => d.iso)).toEqual(c.dates);
  });

  it('T3/T10/T25/T45/T74: a header number opening a line is the own number, not a citation', () => {
    for (const t of [
      'Số:\n434/KH-UBND',
      'Số: 301 /BC-UBND Kon Tum, ngày 26 tháng 11 năm 2019',
      'Số 09-QC/TW',
      'Số: 15/QĐ-BNV',
      'KẾ HOẠCH\nSố: 131-KH/HU',
      // two header columns read as one line by PDF extraction
      'HUYỆN NGỌC HỒI Số: 434/KH-UBND Ngọc Hồi, ngày 13 tháng 11 năm 2020',
    ]) {
      expect(findCitations(t).citations, t).toEqual([]);
    }
  });

  it('T34/T80: the state-style Party symbol and the double number are reported in warnings', () => {
    expect(findCitations('Chỉ thị số 22/CT-TW ngày 23/01/2018').warnings.join('\n')).toMatch(
      /nonstandard_separator/,
    );
    expect(findCitations('công văn số 241/232/STTTT-TTBCXB').warnings.join('\n')).toMatch(
      /malformed/,
    );
  });

  it('T52/T54: an unresolved number-only mention is partial and warned about', () => {
    const r = findCitations('Chỉ thị số 17');
    expect(r.warnings.join('\n')).toMatch(/partial_unresolved/);
  });

  it('T76: the ASCII slug form names two NA resolutions', () => {
    const q = parseCitationQuery('nghi-quyet-28-2016-qh14-sua-doi-nghi-quyet-55-2010-qh12');
    expect(q.keys).toEqual(['28/2016/QH14', '55/2010/QH12']);
    expect(q.candidates.map((c) => c.type)).toEqual(['Nghị quyết', 'Nghị quyết']);
  });
});
