import type { Relation } from '../types.ts';

/**
 * Variety cases beyond the five seeds: short passages written the way Vietnamese administrative and
 * Party documents are written, covering the forms vn-docs-spec.md describes (§2 types and codes, §3
 * number grammars and their deviations, §4 issuer codes, §5 dates, §6.4–6.5 coreference and partial
 * mentions) and the conventions of shared/seeds/gold/README.md (surface, key, issuer, subject,
 * relation labels). Expectations were written from the spec and the gold README, not from the
 * analyser's output. Each case lists every citation the passage holds, in text order; a field left
 * out of a wanted citation is not checked.
 */
export interface WantCitation {
  readonly surface?: string;
  readonly key: string;
  readonly type?: string | null;
  readonly number?: string;
  readonly symbol?: string;
  readonly yearInNumber?: string | null;
  readonly date?: string | null;
  readonly issuer?: string | null;
  readonly subject?: string | null;
  readonly relation?: Relation;
  readonly partial?: boolean;
}

export interface VarietyCase {
  readonly id: string;
  /** what the case is about, with the spec section it comes from */
  readonly about: string;
  readonly text: string;
  /** every citation of the text, in order */
  readonly cites: readonly WantCitation[];
  /** when given: the ISO values of every date of the text, in order (`--MM-DD` without a year) */
  readonly dates?: readonly string[];
}

export const VARIETY_CASES: readonly VarietyCase[] = [
  // ── §2.1 State administrative types and their codes ─────────────────────────────────────────
  {
    id: 'state-types-1',
    about: '§2.1 every state type word with its NĐ 30 code',
    text: 'Quy chế số 03/QC-UBND; Quy định số 07/QyĐ-UBND; Thông cáo số 01/TC-UBND; Thông báo số 122/TB-VPCP; Hướng dẫn số 05/HD-SNV.',
    cites: [
      { surface: 'Quy chế số 03/QC-UBND', key: '03/QC-UBND', type: 'Quy chế', symbol: 'QC-UBND' },
      { surface: 'Quy định số 07/QyĐ-UBND', key: '07/QyĐ-UBND', type: 'Quy định' },
      { key: '01/TC-UBND', type: 'Thông cáo' },
      { key: '122/TB-VPCP', type: 'Thông báo', number: '122', symbol: 'TB-VPCP' },
      { key: '05/HD-SNV', type: 'Hướng dẫn' },
    ],
  },
  {
    id: 'state-types-2',
    about: '§2.1 programme, plan, option, project proposal, project, report, minutes',
    text: 'Chương trình số 12/CTr-UBND; Kế hoạch số 434/KH-UBND; Phương án số 02/PA-UBND; Đề án số 04/ĐA-UBND; Dự án số 12/DA-BQL; Báo cáo số 301/BC-UBND; Biên bản số 03/BB-HĐND.',
    cites: [
      { key: '12/CTr-UBND', type: 'Chương trình', symbol: 'CTr-UBND' },
      { key: '434/KH-UBND', type: 'Kế hoạch' },
      { key: '02/PA-UBND', type: 'Phương án' },
      { key: '04/ĐA-UBND', type: 'Đề án' },
      { key: '12/DA-BQL', type: 'Dự án' },
      { key: '301/BC-UBND', type: 'Báo cáo' },
      { key: '03/BB-HĐND', type: 'Biên bản' },
    ],
  },
  {
    id: 'state-types-3',
    about: '§2.1 submission, contract, dispatch, invitation, letter of introduction',
    text: 'Tờ trình số 46/TTr-STTTT; Hợp đồng số 11/HĐ-UBND; Công điện số 05/CĐ-UBND; Giấy mời số 15/GM-UBND; Giấy giới thiệu số 25/GGT-UBND.',
    cites: [
      { key: '46/TTr-STTTT', type: 'Tờ trình', symbol: 'TTr-STTTT' },
      { key: '11/HĐ-UBND', type: 'Hợp đồng' },
      { key: '05/CĐ-UBND', type: 'Công điện' },
      { key: '15/GM-UBND', type: 'Giấy mời' },
      { key: '25/GGT-UBND', type: 'Giấy giới thiệu' },
    ],
  },
  {
    id: 'state-types-4',
    about: '§2.1 rarer types: power of attorney, memorandum, leave permit, dispatch slip, copies',
    text: 'Giấy ủy quyền số 05/GUQ-UBND; Bản ghi nhớ số 02/BGN-UBND; Giấy nghỉ phép số 03/GNP-VP; Phiếu gửi số 11/PG-VP; Bản sao y số 01/SY-UBND.',
    cites: [
      { surface: 'Giấy ủy quyền số 05/GUQ-UBND', key: '05/GUQ-UBND', type: 'Giấy ủy quyền' },
      { surface: 'Bản ghi nhớ số 02/BGN-UBND', key: '02/BGN-UBND', type: 'Bản ghi nhớ' },
      { surface: 'Giấy nghỉ phép số 03/GNP-VP', key: '03/GNP-VP', type: 'Giấy nghỉ phép' },
      { surface: 'Phiếu gửi số 11/PG-VP', key: '11/PG-VP', type: 'Phiếu gửi' },
      { surface: 'Bản sao y số 01/SY-UBND', key: '01/SY-UBND', type: 'Bản sao y' },
    ],
  },
  {
    id: 'state-cong-van',
    about: '§3.1 STATE_CV: công văn has no type code; symbol is issuer + drafting unit',
    text: 'Công văn số 05/BNV-VP; Công văn số 12/UBND-VX; Công văn số 398/BTTTT-TTCS; Công văn số 150/SGDĐT-VP; Công văn số 50/VHTT.',
    cites: [
      { key: '05/BNV-VP', type: 'Công văn', symbol: 'BNV-VP' },
      { key: '12/UBND-VX', type: 'Công văn' },
      { key: '398/BTTTT-TTCS', type: 'Công văn' },
      { key: '150/SGDĐT-VP', type: 'Công văn' },
      { key: '50/VHTT', type: 'Công văn', symbol: 'VHTT' },
    ],
  },
  {
    id: 'state-generic-type',
    about: '§2.5 `Văn bản` / `Văn bản chỉ đạo` are generic: the type comes from the symbol',
    text: 'Văn bản số 4912/UBND-NC ngày 12/10/2019 của UBND tỉnh; văn bản chỉ đạo số 398/BTTTT-TTCS; Văn bản số 15/KH-UBND.',
    cites: [
      {
        surface: 'Văn bản số 4912/UBND-NC',
        key: '4912/UBND-NC',
        type: 'Công văn',
        date: '2019-10-12',
        issuer: 'UBND tỉnh',
      },
      { surface: 'văn bản chỉ đạo số 398/BTTTT-TTCS', key: '398/BTTTT-TTCS', type: 'Công văn' },
      { key: '15/KH-UBND', type: 'Kế hoạch' },
    ],
  },
  {
    id: 'state-issuers',
    about: '§4.1 ministries, departments and other bodies as issuer codes',
    text: 'Quyết định số 15/QĐ-BNV; Quyết định số 45/QĐ-BGDĐT; Kế hoạch số 12/KH-SNV; Quyết định số 1206/QĐ-HVTC; Công văn số 3087/CV-BCĐ; Thông báo số 20/TB-VPQH.',
    cites: [
      { key: '15/QĐ-BNV', type: 'Quyết định' },
      { key: '45/QĐ-BGDĐT' },
      { key: '12/KH-SNV' },
      { key: '1206/QĐ-HVTC' },
      { key: '3087/CV-BCĐ', type: 'Công văn' },
      { key: '20/TB-VPQH' },
    ],
  },
  // ── §2.2 Legal-normative documents ──────────────────────────────────────────────────────────
  {
    id: 'qppl-central',
    about: '§2.2 laws, NA resolutions, UBTVQH, presidential order, decree, PM decision, circulars',
    text: 'Luật số 80/2015/QH13; Nghị quyết số 51/2001/QH10; Nghị quyết số 76/2025/UBTVQH15; Lệnh số 12/2008/L-CTN; Nghị định số 118/2014/NĐ-CP; Quyết định số 25/2013/QĐ-TTg; Thông tư số 01/2021/TT-BTTTT.',
    cites: [
      {
        surface: 'Luật số 80/2015/QH13',
        key: '80/2015/QH13',
        type: 'Luật',
        number: '80',
        symbol: 'QH13',
        yearInNumber: '2015',
      },
      { key: '51/2001/QH10', type: 'Nghị quyết', yearInNumber: '2001' },
      { key: '76/2025/UBTVQH15', type: 'Nghị quyết', symbol: 'UBTVQH15' },
      { key: '12/2008/L-CTN', type: 'Lệnh', symbol: 'L-CTN' },
      { key: '118/2014/NĐ-CP', type: 'Nghị định', symbol: 'NĐ-CP', yearInNumber: '2014' },
      { key: '25/2013/QĐ-TTg', type: 'Quyết định', symbol: 'QĐ-TTg' },
      { key: '01/2021/TT-BTTTT', type: 'Thông tư' },
    ],
  },
  {
    id: 'qppl-joint-local',
    about: '§2.2 joint circular (two issuers), local normative acts, consolidated text, Pháp lệnh',
    text: 'Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP ngày 06 tháng 5 năm 2005 của Bộ Nội vụ và Văn phòng Chính phủ; Nghị quyết số 22/2019/NQ-HĐND; Quyết định số 38/2013/QĐ-UBND; Văn bản hợp nhất số 03/VBHN-VPQH; Pháp lệnh số 02/2022/UBTVQH15.',
    cites: [
      {
        surface: 'Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP',
        key: '55/2005/TTLT-BNV-VPCP',
        type: 'Thông tư liên tịch',
        symbol: 'TTLT-BNV-VPCP',
        date: '2005-05-06',
        issuer: 'Bộ Nội vụ và Văn phòng Chính phủ',
      },
      { key: '22/2019/NQ-HĐND', yearInNumber: '2019' },
      { key: '38/2013/QĐ-UBND' },
      { key: '03/VBHN-VPQH', type: 'Văn bản hợp nhất', yearInNumber: null },
      { key: '02/2022/UBTVQH15', type: 'Pháp lệnh' },
    ],
  },
  {
    id: 'qppl-non-normative',
    about: '§2.2 non-normative acts of the same bodies have no year',
    text: 'Nghị quyết số 152/NQ-CP ngày 15/11/2022 của Chính phủ; Quyết định số 439/QĐ-TTg; Kế hoạch số 42/KH-UBND.',
    cites: [
      { key: '152/NQ-CP', yearInNumber: null, date: '2022-11-15', issuer: 'Chính phủ' },
      { key: '439/QĐ-TTg', yearInNumber: null },
      { key: '42/KH-UBND' },
    ],
  },
  {
    id: 'qppl-old-decree',
    about: '§2.2 1990s decree without a year (`15/CP`), and a law cited with its name before `số`',
    text: 'Căn cứ Nghị định số 15/CP ngày 02 tháng 3 năm 1993 của Chính phủ; Luật Giao dịch điện tử số 20/2023/QH15 năm 2023.',
    cites: [
      {
        surface: 'Nghị định số 15/CP',
        key: '15/CP',
        type: 'Nghị định',
        date: '1993-03-02',
        issuer: 'Chính phủ',
        relation: 'basis',
      },
      {
        surface: 'Luật Giao dịch điện tử số 20/2023/QH15',
        key: '20/2023/QH15',
        type: 'Luật',
        relation: 'basis',
      },
    ],
  },
  // ── §2.3 Party documents ────────────────────────────────────────────────────────────────────
  {
    id: 'party-types-1',
    about: '§2.3 Party types: resolution, decision, directive, conclusion, regulation, rules',
    text: 'Nghị quyết số 35-NQ/TW; Quyết định số 259-QĐ/TW; Chỉ thị số 26-CT/TW; Kết luận số 111-KL/TU; Quy chế số 09-QC/TW; Quy định số 162-QĐ/TW.',
    cites: [
      { key: '35-NQ/TW', type: 'Nghị quyết', number: '35', symbol: 'NQ/TW' },
      { key: '259-QĐ/TW', type: 'Quyết định' },
      { key: '26-CT/TW', type: 'Chỉ thị' },
      { key: '111-KL/TU', type: 'Kết luận' },
      { key: '09-QC/TW', type: 'Quy chế' },
      { surface: 'Quy định số 162-QĐ/TW', key: '162-QĐ/TW', type: 'Quy định' },
    ],
  },
  {
    id: 'party-types-2',
    about: '§2.3 Quy định with QĐi and QyĐ; Thông tri, guidance, notice, report, plan',
    text: 'Quy định số 08-QĐi/TW; Quy định số 04-QyĐ/ĐU; Thông tri số 04-TT/TW; Hướng dẫn số 36-HD/VPTW; Thông báo số 05-TB/BCĐTW; Báo cáo số 120-BC/HU; Kế hoạch số 128-KH/HU.',
    cites: [
      { key: '08-QĐi/TW', type: 'Quy định', symbol: 'QĐi/TW' },
      { key: '04-QyĐ/ĐU', type: 'Quy định', symbol: 'QyĐ/ĐU' },
      { key: '04-TT/TW', type: 'Thông tri' },
      { key: '36-HD/VPTW', type: 'Hướng dẫn' },
      { key: '05-TB/BCĐTW', type: 'Thông báo' },
      { key: '120-BC/HU', type: 'Báo cáo' },
      { key: '128-KH/HU', type: 'Kế hoạch' },
    ],
  },
  {
    id: 'party-types-3',
    about:
      '§2.3 programme (CTr), action programme (CTHĐ), submission, project, minutes, công văn (CV)',
    text: 'Chương trình số 50-CTr/TU; Chương trình hành động số 147-CTHĐ/TU; Tờ trình số 12-TTr/HU; Đề án số 05-ĐA/TU; Phương án số 02-PA/HU; Biên bản số 01-BB/ĐU; Công văn số 1025-CV/TU.',
    cites: [
      { key: '50-CTr/TU', type: 'Chương trình', symbol: 'CTr/TU' },
      {
        surface: 'Chương trình hành động số 147-CTHĐ/TU',
        key: '147-CTHĐ/TU',
        type: 'Chương trình hành động',
      },
      { key: '12-TTr/HU', type: 'Tờ trình' },
      { key: '05-ĐA/TU', type: 'Đề án' },
      { key: '02-PA/HU', type: 'Phương án' },
      { key: '01-BB/ĐU', type: 'Biên bản' },
      { key: '1025-CV/TU', type: 'Công văn', symbol: 'CV/TU' },
    ],
  },
  {
    id: 'party-issuers',
    about:
      '§4.2 Party issuer codes: central organs, provincial and district organs, cells, congress',
    text: 'Hướng dẫn số 22-HD/BTGTW; Hướng dẫn số 15-HD/BTGTU; Kế hoạch số 05-KH/BTCTU; Hướng dẫn số 12-HD/BDVTU; Quyết định số 88-QĐ/UBKTTU; Công văn số 225-CV/BTGHU; Kế hoạch số 09-KH/ĐUK; Nghị quyết số 02-NQ/BCSĐ; Nghị quyết số 04-NQ/CB; Quyết định số 21-QĐ/ĐH.',
    cites: [
      { key: '22-HD/BTGTW' },
      { key: '15-HD/BTGTU' },
      { key: '05-KH/BTCTU' },
      { key: '12-HD/BDVTU' },
      { key: '88-QĐ/UBKTTU' },
      { key: '225-CV/BTGHU', type: 'Công văn' },
      { key: '09-KH/ĐUK' },
      { key: '02-NQ/BCSĐ' },
      { key: '04-NQ/CB' },
      { key: '21-QĐ/ĐH' },
    ],
  },
  {
    id: 'party-unit-suffix',
    about: '§3.1 PARTY with a unit suffix, and a steering committee with its number (`BCĐ 35`)',
    text: 'Công văn số 103-CV/BCĐ 35, ngày 17/02/2023 của Ban Chỉ đạo 35 cấp tỉnh; Quyết định số 367 - QĐ/TWĐTN-VP.',
    cites: [
      {
        surface: 'Công văn số 103-CV/BCĐ 35',
        key: '103-CV/BCĐ35',
        date: '2023-02-17',
        issuer: 'Ban Chỉ đạo 35 cấp tỉnh',
      },
      { surface: 'Quyết định số 367 - QĐ/TWĐTN-VP', key: '367-QĐ/TWĐTN-VP' },
    ],
  },
  {
    id: 'mass-orgs',
    about:
      '§2.4 youth union (missing or space separator, enumeration) and the Fatherland Front (state-style)',
    text: 'quyết định số 362QĐ/TĐTN-TCKT và 363 QĐ/TĐTN-TCKT ngày 07/02/2020; Thông tri số 25/TT-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.',
    cites: [
      {
        surface: 'quyết định số 362QĐ/TĐTN-TCKT',
        key: '362-QĐ/TĐTN-TCKT',
        type: 'Quyết định',
        date: '2020-02-07',
      },
      {
        surface: '363 QĐ/TĐTN-TCKT',
        key: '363-QĐ/TĐTN-TCKT',
        type: 'Quyết định',
        date: '2020-02-07',
      },
      { surface: 'Thông tri số 25/TT-MTTW-BTT', key: '25/TT-MTTW-BTT', type: 'Thông tri' },
    ],
  },
  // ── §3.3 deviations ────────────────────────────────────────────────────────────────────────
  {
    id: 'dev-so-missing',
    about: '§3.3 `số` missing, lower-case type words',
    text: 'theo quyết định 1234/QĐ-UBND ngày 2/3/2022 của UBND huyện; công văn 56/UBND-VP; kết luận 21-KL/TW; Nghị định 09/2017/NĐ-CP.',
    cites: [
      {
        surface: 'quyết định 1234/QĐ-UBND',
        key: '1234/QĐ-UBND',
        type: 'Quyết định',
        date: '2022-03-02',
        issuer: 'UBND huyện',
      },
      { surface: 'công văn 56/UBND-VP', key: '56/UBND-VP', type: 'Công văn' },
      { surface: 'kết luận 21-KL/TW', key: '21-KL/TW', type: 'Kết luận' },
      { surface: 'Nghị định 09/2017/NĐ-CP', key: '09/2017/NĐ-CP' },
    ],
  },
  {
    id: 'dev-so-forms',
    about: '§3.3 `số:` with a colon, `số` glued, `số` duplicated',
    text: 'Quyết định số: 1206 /QĐ-HVTC; Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997; Công văn số Số 25 -CV/BCĐ ngày 27/02/2023.',
    cites: [
      { surface: 'Quyết định số: 1206 /QĐ-HVTC', key: '1206/QĐ-HVTC' },
      { key: '31-QĐ/TW', type: 'Quyết định', date: '1997-10-01', issuer: 'Bộ Chính trị' },
      { surface: 'Công văn số Số 25 -CV/BCĐ', key: '25-CV/BCĐ', date: '2023-02-27' },
    ],
  },
  {
    id: 'dev-spaces',
    about: '§3.3 spaces around `/` and `-`, a space after a unit hyphen',
    text: 'Báo cáo số 301 /BC-UBND; Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư; Quyết định số 979/QĐ-CĐVX- ĐT, ngày 12 tháng 12 năm 2019.',
    cites: [
      { surface: 'Báo cáo số 301 /BC-UBND', key: '301/BC-UBND' },
      {
        surface: 'Kết luận số 100 - KL/TW',
        key: '100-KL/TW',
        date: '2014-08-18',
        issuer: 'Ban Bí thư',
      },
      { surface: 'Quyết định số 979/QĐ-CĐVX- ĐT', key: '979/QĐ-CĐVX-ĐT', date: '2019-12-12' },
    ],
  },
  {
    id: 'dev-state-order-party',
    about: '§3.3/§3.5 a Party document written state-style is keyed in Party form',
    text: 'Thực hiện Thực hiện Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư Trung ương Đảng.',
    cites: [
      {
        surface: 'Chỉ thị số 22/CT-TW',
        key: '22-CT/TW',
        date: '2018-01-23',
        issuer: 'Ban Bí thư Trung ương Đảng',
        relation: 'implements',
      },
    ],
  },
  {
    id: 'dev-tu-variants',
    about: "§3.3 `TƯ`, `T.Ư` and OCR `TU'` for `TW`; `Ð` (U+00D0) for `Đ`",
    text: "Chỉ thị số 05-CT/TƯ ngày 15-5-2016 của Bộ Chính trị (khóa XII); Chỉ thị 05-CT/T.Ư; Chỉ thị số 05-CT/TU'; Nghị định 09/2017/N\u00D0-CP; Nghị quyết số 03-NQ/\u00D0U.",
    cites: [
      {
        surface: 'Chỉ thị số 05-CT/TƯ',
        key: '05-CT/TW',
        date: '2016-05-15',
        issuer: 'Bộ Chính trị',
      },
      { surface: 'Chỉ thị 05-CT/T.Ư', key: '05-CT/TW' },
      { surface: "Chỉ thị số 05-CT/TU'", key: '05-CT/TW' },
      { surface: 'Nghị định 09/2017/N\u00D0-CP', key: '09/2017/NĐ-CP' },
      { key: '03-NQ/ĐU' },
    ],
  },
  {
    id: 'dev-dashes',
    about:
      '§9.3 en dash, em dash, minus sign and fullwidth slash inside symbols; NBSP and zero-width space',
    text: 'Kế hoạch số 102\u2013KH/TU; Kế hoạch số 3006/KH\u2014UBND; Kết luận số 01\u2212KL/TW; Công văn số 728\uFF0FUBND-TH; Kế hoạch\u00A0số\u00A0131-KH/HU; Chỉ thị số 05\u200B-CT/TW.',
    cites: [
      { key: '102-KH/TU' },
      { key: '3006/KH-UBND' },
      { key: '01-KL/TW' },
      { key: '728/UBND-TH' },
      { surface: 'Kế hoạch\u00A0số\u00A0131-KH/HU', key: '131-KH/HU' },
      { key: '05-CT/TW' },
    ],
  },
  {
    id: 'dev-all-caps',
    about: '§3.3 all caps in titles (`CTR` keyed `CTr`)',
    text: 'CHƯƠNG TRÌNH SỐ 50-CTR/TU NGÀY 09 THÁNG 01 NĂM 2023 CỦA BAN THƯỜNG VỤ TỈNH ỦY',
    cites: [
      {
        surface: 'CHƯƠNG TRÌNH SỐ 50-CTR/TU',
        key: '50-CTr/TU',
        type: 'Chương trình',
        date: '2023-01-09',
      },
    ],
  },
  {
    id: 'dev-line-breaks',
    about: '§1 step 6: type word, number, symbol and date broken across lines',
    text: 'Triển khai Chương\ntrình số 50-CTr/TU\nngày 09 tháng 01 năm 2023 của Ban Thường vụ Tỉnh ủy; Kế hoạch số\n3006/KH-UBND ngày\n13/11/2019; Kế hoạch số 102-\nKH/TU ngày 10-7-2019.',
    cites: [
      {
        surface: 'Chương\ntrình số 50-CTr/TU',
        key: '50-CTr/TU',
        date: '2023-01-09',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        relation: 'implements',
      },
      {
        surface: 'Kế hoạch số\n3006/KH-UBND',
        key: '3006/KH-UBND',
        date: '2019-11-13',
        relation: 'implements',
      },
      {
        surface: 'Kế hoạch số 102-\nKH/TU',
        key: '102-KH/TU',
        date: '2019-07-10',
        relation: 'implements',
      },
    ],
  },
  {
    id: 'dev-double-number',
    about: '§3.3 a malformed double number is kept raw',
    text: 'công văn số 232/STTTT-TTBCXB ngày 12/03/2020; công văn số 241/232/STTTT-TTBCXB.',
    cites: [
      { key: '232/STTTT-TTBCXB', date: '2020-03-12' },
      { surface: 'công văn số 241/232/STTTT-TTBCXB', key: '241/232/STTTT-TTBCXB', number: '241' },
    ],
  },
  {
    id: 'dev-abbrev-type',
    about: '§2.5 abbreviated type words in prose',
    text: 'NĐ 30/2020/NĐ-CP; QĐ số 238-QĐ/TW; NQ 35-NQ/TW; KH số 131-KH/HU; CV 728/UBND-TH.',
    cites: [
      { surface: 'NĐ 30/2020/NĐ-CP', key: '30/2020/NĐ-CP', type: 'Nghị định' },
      { surface: 'QĐ số 238-QĐ/TW', key: '238-QĐ/TW', type: 'Quyết định' },
      { surface: 'NQ 35-NQ/TW', key: '35-NQ/TW', type: 'Nghị quyết' },
      { surface: 'KH số 131-KH/HU', key: '131-KH/HU', type: 'Kế hoạch' },
      { surface: 'CV 728/UBND-TH', key: '728/UBND-TH', type: 'Công văn' },
    ],
  },
  // ── enumerations ───────────────────────────────────────────────────────────────────────────
  {
    id: 'enum-shared-type',
    about: '§3.3 enumerations: later items take the type of the first; a trailing date is shared',
    text: 'Thực hiện các Kế hoạch số 12-KH/TU, 15-KH/TU và 20-KH/TU ngày 02/8/2021 của Tỉnh ủy.',
    cites: [
      {
        surface: 'Kế hoạch số 12-KH/TU',
        key: '12-KH/TU',
        type: 'Kế hoạch',
        relation: 'implements',
      },
      { surface: '15-KH/TU', key: '15-KH/TU', type: 'Kế hoạch', relation: 'implements' },
      {
        surface: '20-KH/TU',
        key: '20-KH/TU',
        type: 'Kế hoạch',
        date: '2021-08-02',
        issuer: 'Tỉnh ủy',
        relation: 'implements',
      },
    ],
  },
  {
    id: 'enum-shared-suffix',
    about: '§3.3 enumerations sharing the suffix: number-only items take the closing symbol',
    text: 'Nghị quyết Trung ương 6 khóa XII (Nghị quyết số 18, 19-NQ/TW) đã được quán triệt.',
    cites: [
      {
        surface: 'Nghị quyết số 18',
        key: '18-NQ/TW',
        type: 'Nghị quyết',
        number: '18',
        partial: true,
      },
      { surface: '19-NQ/TW', key: '19-NQ/TW', type: 'Nghị quyết', number: '19' },
    ],
  },
  {
    id: 'enum-shared-suffix-3',
    about: '§3.3 three numbers sharing one symbol, `,` and `và`',
    text: 'Tiếp tục thực hiện các Nghị quyết số 01, 02 và 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.',
    cites: [
      { surface: 'Nghị quyết số 01', key: '01-NQ/TU', relation: 'implements' },
      { surface: '02', key: '02-NQ/TU', type: 'Nghị quyết', relation: 'implements' },
      {
        surface: '05-NQ/TU',
        key: '05-NQ/TU',
        issuer: 'Ban Chấp hành Đảng bộ tỉnh',
        relation: 'implements',
      },
    ],
  },
  {
    id: 'enum-state-list',
    about: 'a list of state symbols after a colon shares the type of the first',
    text: 'Ủy ban nhân dân huyện đã ban hành các văn bản: Công văn số 123/UBND-VX, 456/UBND-VX; Kế hoạch số 78/KH-UBND.',
    cites: [
      { surface: 'Công văn số 123/UBND-VX', key: '123/UBND-VX', relation: 'mentions' },
      { surface: '456/UBND-VX', key: '456/UBND-VX', type: 'Công văn', relation: 'mentions' },
      { key: '78/KH-UBND', relation: 'mentions' },
    ],
  },
  // ── date attached to a citation (§5.3) ─────────────────────────────────────────────────────
  {
    id: 'cite-date-forms',
    about: '§5.2 every written form of a citation date; comma before the date',
    text: 'Nghị quyết số 35-NQ/TW, ngày 22-10-2018 của Bộ Chính trị; Kế hoạch số 135-KH/TU ngày 09/5/2019; Thông báo số 122/TB-VPCP ngày 24 tháng 3 năm 2020; Nghị định 75/2009/NĐ-CP, ngày 10/9/2009 của Chính phủ; Công văn số 12/UBND-VX ngày 26.11.2019.',
    cites: [
      { key: '35-NQ/TW', date: '2018-10-22', issuer: 'Bộ Chính trị' },
      { key: '135-KH/TU', date: '2019-05-09' },
      { key: '122/TB-VPCP', date: '2020-03-24' },
      { key: '75/2009/NĐ-CP', date: '2009-09-10', issuer: 'Chính phủ' },
      { key: '12/UBND-VX', date: '2019-11-26' },
    ],
  },
  {
    id: 'cite-date-broken',
    about: '§5.2 a date broken across lines inside a citation',
    text: 'Nghị quyết số 152/NQ-CP ngày\n15 tháng 11 năm 2022 của Chính phủ',
    cites: [{ key: '152/NQ-CP', date: '2022-11-15', issuer: 'Chính phủ' }],
    dates: ['2022-11-15'],
  },
  {
    id: 'cite-date-before',
    about: '§5.3 date and issuer before the citation (`ngày …, <issuer> đã ban hành …`)',
    text: 'Ngày 18/3/2021, Uỷ ban nhân dân tỉnh đã ban hành Kế hoạch số 42/KH-UBND. Ngày 22-7-1986, Bộ Chính trị đã ban hành Nghị quyết số 34-NQ/TW.',
    cites: [
      {
        key: '42/KH-UBND',
        date: '2021-03-18',
        issuer: 'Uỷ ban nhân dân tỉnh',
        relation: 'mentions',
      },
      { key: '34-NQ/TW', date: '1986-07-22', issuer: 'Bộ Chính trị', relation: 'mentions' },
    ],
  },
  {
    id: 'cite-date-before-verbs',
    about: '§5.3 date-first clauses with `ký ban hành` and `đã có`',
    text: 'Ngày 10/3/2023, Chủ tịch UBND huyện ký ban hành Quyết định số 123/QĐ-UBND. Ngày 15/3/2023, Ủy ban nhân dân tỉnh đã có Công văn số 456/UBND-VX về việc tuyên truyền.',
    cites: [
      {
        key: '123/QĐ-UBND',
        date: '2023-03-10',
        issuer: 'Chủ tịch UBND huyện',
        relation: 'mentions',
      },
      {
        key: '456/UBND-VX',
        date: '2023-03-15',
        issuer: 'Ủy ban nhân dân tỉnh',
        subject: 'việc tuyên truyền',
      },
    ],
  },
  {
    id: 'cite-date-after-issuer',
    about: '§3.2 the issuer written before the date',
    text: 'Kế hoạch số 12-KH/TU của Tỉnh ủy ngày 02/8/2021 về công tác tuyên giáo.',
    cites: [
      { key: '12-KH/TU', date: '2021-08-02', issuer: 'Tỉnh ủy', subject: 'công tác tuyên giáo' },
    ],
  },
  {
    id: 'cite-date-after-term',
    about: '§3.2 the issuer and its term before the date',
    text: 'Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy khóa XV ngày 02/8/2021 về công tác cán bộ; Chỉ thị số 05-CT/TW của Bộ Chính trị (khóa XII) ngày 15/5/2016.',
    cites: [
      {
        key: '12-KH/TU',
        date: '2021-08-02',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        subject: 'công tác cán bộ',
      },
      { key: '05-CT/TW', date: '2016-05-15', issuer: 'Bộ Chính trị' },
    ],
  },
  {
    id: 'cite-effective-date',
    about: '§5.3 a date after `có hiệu lực từ ngày` is not the issue date',
    text: 'Nghị định số 09/2017/NĐ-CP có hiệu lực từ ngày 01/5/2017.',
    cites: [{ key: '09/2017/NĐ-CP', date: null }],
    dates: ['2017-05-01'],
  },
  {
    id: 'cite-term-instead-of-date',
    about: 'T66: the plenum and term instead of a date; the subject after it',
    text: 'Thực hiện Nghị quyết số 26-NQ/TW ngày 05/8/2008, Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa X về nông nghiệp, nông dân, nông thôn.',
    cites: [
      {
        key: '26-NQ/TW',
        date: '2008-08-05',
        issuer: 'Ban Chấp hành Trung ương Đảng',
        subject: 'nông nghiệp, nông dân, nông thôn',
        relation: 'implements',
      },
    ],
  },
  {
    id: 'cite-term-of-plenum',
    about: 'T66 with `của` and without a date',
    text: 'Nghị quyết số 26-NQ/TW, Hội nghị lần thứ 7 của Ban Chấp hành Trung ương khóa X về nông nghiệp, nông dân, nông thôn',
    cites: [
      {
        key: '26-NQ/TW',
        date: null,
        issuer: 'Ban Chấp hành Trung ương',
        subject: 'nông nghiệp, nông dân, nông thôn',
      },
    ],
  },
  // ── issuer phrases ─────────────────────────────────────────────────────────────────────────
  {
    id: 'issuer-qualifiers',
    about: 'gold README: Party-term qualifiers are dropped from the issuer',
    text: 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban chấp hành Trung ương Đảng khóa XII; Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng (khóa XIII).',
    cites: [
      { key: '18-NQ/TW', date: '2017-10-25', issuer: 'Ban chấp hành Trung ương Đảng' },
      { key: '21-KL/TW', date: '2021-10-25', issuer: 'Ban Chấp hành Trung ương Đảng' },
    ],
  },
  {
    id: 'issuer-names',
    about: '§8.3 issuer names with `và`, places and abbreviations',
    text: 'Công văn số 2153 /STTTT-TTBCXB ngày 05/4/2019 của Sở Thông tin và Truyền thông tỉnh Kon Tum; Nghị quyết số 22/2019/NQ-HĐND ngày 17/10/2019 của HĐND tỉnh; Kế hoạch số 05-KH/ĐU ngày 10/01/2022 của Ban Thường vụ Đảng ủy xã Đăk Mar.',
    cites: [
      { key: '2153/STTTT-TTBCXB', issuer: 'Sở Thông tin và Truyền thông tỉnh Kon Tum' },
      { key: '22/2019/NQ-HĐND', issuer: 'HĐND tỉnh' },
      { key: '05-KH/ĐU', issuer: 'Ban Thường vụ Đảng ủy xã Đăk Mar' },
    ],
  },
  {
    id: 'issuer-old-tone',
    about: '§9.4 old tone placement in the issuer is kept as written',
    text: 'Quyết định số 1624/QĐ-UBND ngày 10 tháng 9 năm 2007 của Uỷ ban nhân dân tỉnh Khánh Hoà.',
    cites: [{ key: '1624/QĐ-UBND', date: '2007-09-10', issuer: 'Uỷ ban nhân dân tỉnh Khánh Hoà' }],
  },
  // ── subjects ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'subject-quoted',
    about: 'gold README: `về` inside the quotes, `về` before the quotes, unquoted',
    text: 'Hướng dẫn số 15-HD/BTGTU ngày 20 tháng 01 năm 2023 của Ban Tuyên giáo Tỉnh ủy “về việc tổ chức các hoạt động kỷ niệm”; Kế hoạch số 102-KH/TU ngày 10-7-2019 của Ban Thường vụ Tỉnh ủy về “tăng cường bảo vệ nền tảng tư tưởng của Đảng”; Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    cites: [
      { key: '15-HD/BTGTU', subject: 'việc tổ chức các hoạt động kỷ niệm' },
      { key: '102-KH/TU', subject: 'tăng cường bảo vệ nền tảng tư tưởng của Đảng' },
      {
        key: '05-CT/TW',
        subject: 'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      },
    ],
  },
  {
    id: 'subject-vv',
    about: '§3.2 `V/v` introduces a subject like `về`',
    text: 'Công văn số 728/UBND-TH ngày 26/02/2023 của UBND huyện V/v triển khai công tác tuyên truyền.',
    cites: [{ key: '728/UBND-TH', subject: 'triển khai công tác tuyên truyền' }],
  },
  {
    id: 'subject-nested',
    about: 'gold README: the outer subject stops in front of the nested citation`s own `về`',
    text: 'Thực hiện Kế hoạch số 3006/KH-UBND ngày 13/11/2019 của UBND tỉnh về triển khai Kế hoạch số 102-KH/TU ngày 10-7-2019 của Ban Thường vụ Tỉnh ủy về tăng cường công tác tuyên truyền.',
    cites: [
      {
        key: '3006/KH-UBND',
        subject: 'triển khai Kế hoạch số 102-KH/TU ngày 10-7-2019 của Ban Thường vụ Tỉnh ủy',
        relation: 'implements',
      },
      {
        key: '102-KH/TU',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        subject: 'tăng cường công tác tuyên truyền',
        relation: 'implements',
      },
    ],
  },
  // ── relations ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'rel-implements',
    about: 'relation labels: the implementing cue words',
    text: 'Thực hiện Nghị quyết số 01-NQ/TU; triển khai Kế hoạch số 02-KH/TU. Tổ chức thực hiện Kết luận số 23-KL/TW. Tiếp tục thực hiện Chỉ thị số 05-CT/TW. Gắn với việc thực hiện Quy định số 144-QĐ/TW. Quán triệt, triển khai Nghị quyết số 45-NQ/TW.',
    cites: [
      { key: '01-NQ/TU', relation: 'implements' },
      { key: '02-KH/TU', relation: 'implements' },
      { key: '23-KL/TW', relation: 'implements' },
      { key: '05-CT/TW', relation: 'implements' },
      { key: '144-QĐ/TW', relation: 'implements' },
      { key: '45-NQ/TW', relation: 'implements' },
    ],
  },
  {
    id: 'rel-implements-more',
    about: 'relation labels: `cụ thể hóa`, `thi hành`, `về việc thực hiện` implement',
    text: 'Kế hoạch cụ thể hóa Kết luận số 14-KL/TW. Hướng dẫn thi hành Luật số 20/2023/QH15. Công văn về việc thực hiện Nghị quyết số 10-NQ/HU.',
    cites: [
      { key: '14-KL/TW', relation: 'implements' },
      { key: '20/2023/QH15', relation: 'implements' },
      { key: '10-NQ/HU', relation: 'implements' },
    ],
  },
  {
    id: 'rel-reports-on',
    about: 'relation labels: report and review phrases',
    text: 'Báo cáo kết quả tổ chức thực hiện Chỉ thị số 42-CT/TW. Kết quả triển khai thực hiện Kế hoạch số 131-KH/HU. Sơ kết 03 năm thực hiện Chỉ thị số 17-CT/HU. Tổng kết 10 năm thực hiện Nghị quyết số 26-NQ/TW.',
    cites: [
      { key: '42-CT/TW', relation: 'reports_on' },
      { key: '131-KH/HU', relation: 'reports_on' },
      { key: '17-CT/HU', relation: 'reports_on' },
      { key: '26-NQ/TW', relation: 'reports_on' },
    ],
  },
  {
    id: 'rel-reports-on-review',
    about:
      'relation labels: `báo cáo tình hình`, `đánh giá`, `kiểm điểm` … `thực hiện` review a document',
    text: 'Báo cáo tình hình thực hiện Nghị quyết số 10-NQ/TU. Đánh giá việc thực hiện Chỉ thị số 08-CT/TU. Kiểm điểm việc thực hiện Quy định số 08-QĐi/TW.',
    cites: [
      { key: '10-NQ/TU', relation: 'reports_on' },
      { key: '08-CT/TU', relation: 'reports_on' },
      { key: '08-QĐi/TW', relation: 'reports_on' },
    ],
  },
  {
    id: 'rel-basis',
    about: 'relation labels: `Căn cứ` lines and a `Căn cứ:` list',
    text: 'Căn cứ Quyết định số 25/2013/QĐ-TTg ngày 04 tháng 5 năm 2013 của Thủ tướng Chính phủ;\nCăn cứ vào Thông tư số 01/2021/TT-BTTTT của Bộ Thông tin và Truyền thông;\nCăn cứ:\n- Nghị quyết số 22/2019/NQ-HĐND ngày 17/10/2019 của HĐND tỉnh;\n- Kế hoạch số 86-KH/TU ngày 07/5/2018 của Tỉnh ủy.',
    cites: [
      {
        key: '25/2013/QĐ-TTg',
        date: '2013-05-04',
        issuer: 'Thủ tướng Chính phủ',
        relation: 'basis',
      },
      { key: '01/2021/TT-BTTTT', issuer: 'Bộ Thông tin và Truyền thông', relation: 'basis' },
      { key: '22/2019/NQ-HĐND', relation: 'basis' },
      { key: '86-KH/TU', issuer: 'Tỉnh ủy', relation: 'basis' },
    ],
  },
  {
    id: 'rel-mentions',
    about:
      'relation labels: `theo tinh thần`, `bám sát`, `quán triệt, tuyên truyền`, `ban hành`, aliases',
    text: 'Theo tinh thần Kết luận số 21-KL/TW. Bám sát Quyết định 238-QĐ/TW, Hướng dẫn số 170-HD/BTGTW. Quán triệt, tuyên truyền Quy định số 144-QĐ/TW. Ban Thường vụ Huyện ủy ban hành Kế hoạch số 88-KH/HU.',
    cites: [
      { key: '21-KL/TW', relation: 'mentions' },
      { key: '238-QĐ/TW', relation: 'mentions' },
      { key: '170-HD/BTGTW', relation: 'mentions' },
      { key: '144-QĐ/TW', relation: 'mentions' },
      { key: '88-KH/HU', relation: 'mentions' },
    ],
  },
  {
    id: 'rel-mentions-amend',
    about: 'replacing, repealing or amending a document is a mention, not an implementation',
    text: 'Thực hiện Nghị quyết số 12-NQ/TU; Quyết định này thay thế Quyết định số 12/2015/QĐ-UBND; bãi bỏ Công văn số 15/UBND-VP.',
    cites: [
      { key: '12-NQ/TU', relation: 'implements' },
      { key: '12/2015/QĐ-UBND', relation: 'mentions' },
      { key: '15/UBND-VP', relation: 'mentions' },
    ],
  },
  {
    id: 'rel-alias-aside',
    about: 'an alias aside in parentheses does not break a list that inherits `Thực hiện`',
    text: 'Thực hiện Nghị quyết số 23-NQ/TW ngày 06/10/2022 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 23); Chương trình hành động số 12-CTr/TU ngày 20/12/2022 của Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch.',
    cites: [
      { key: '23-NQ/TW', relation: 'implements' },
      { surface: 'Nghị quyết 23', key: '23-NQ/TW', relation: 'mentions', partial: true },
      { key: '12-CTr/TU', relation: 'implements', date: '2022-12-20', issuer: 'Tỉnh ủy' },
    ],
  },
  {
    id: 'rel-nested',
    about: 'gold README: the label describes the words around each occurrence',
    text: 'Kết quả thực hiện Kế hoạch số 3006/KH-UBND ngày 13/11/2019 của Ủy ban nhân dân tỉnh về triển khai Kế hoạch số 102-KH/TU.',
    cites: [
      { key: '3006/KH-UBND', relation: 'reports_on' },
      { key: '102-KH/TU', relation: 'implements' },
    ],
  },
  // ── footnotes ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'footnote-superscript',
    about:
      'gold README: a footnote body lists documents (mentions); a marker on the issuer gives the subject',
    text: 'Thực hiện Kế hoạch số 102-KH/TU ngày 10-7-2019 của Ban Thường vụ Tỉnh ủy¹, năm 2023 Ủy ban nhân dân huyện ban hành văn bản².\n\n¹ về “tăng cường bảo vệ nền tảng tư tưởng của Đảng”\n\n² Công văn số 1724/UBND-TH ngày 14/10/2023 của Ủy ban nhân dân huyện.',
    cites: [
      {
        key: '102-KH/TU',
        subject: 'tăng cường bảo vệ nền tảng tư tưởng của Đảng',
        relation: 'implements',
      },
      {
        key: '1724/UBND-TH',
        date: '2023-10-14',
        issuer: 'Ủy ban nhân dân huyện',
        relation: 'mentions',
      },
    ],
  },
  {
    id: 'footnote-pdf-glued',
    about:
      'design.md: pdf-parse glues the marker to the word and writes the body with a plain digit',
    text: 'Thực hiện Kế hoạch số 102-KH/TU ngày 10 tháng 7 năm 2019 của Ban Thường vụ Tỉnh ủy1, Ủy ban nhân dân huyện ban hành Kế hoạch số 131-KH/HU.\n1 về “tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ nền tảng tư tưởng”.',
    cites: [
      {
        key: '102-KH/TU',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        subject: 'tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ nền tảng tư tưởng',
        relation: 'implements',
      },
      { key: '131-KH/HU', relation: 'mentions' },
    ],
    dates: ['2019-07-10'],
  },
  {
    id: 'footnote-repeats-citation',
    about:
      'gold README: a marker on the issuer whose note repeats the document with `về …` gives the subject',
    text: 'Thực hiện Hướng dẫn số 05-HD/BTGTU, ngày 10/01/2023 của Ban Tuyên giáo Tỉnh ủy¹, Ban Thường vụ Huyện ủy xây dựng Kế hoạch.\n\n¹ Hướng dẫn số 05-HD/BTGTU về tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng (03/2/1930 - 03/2/2023).',
    cites: [
      {
        key: '05-HD/BTGTU',
        date: '2023-01-10',
        issuer: 'Ban Tuyên giáo Tỉnh ủy',
        subject: 'tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng',
        relation: 'implements',
      },
      {
        key: '05-HD/BTGTU',
        subject: 'tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng',
        relation: 'mentions',
      },
    ],
    dates: ['2023-01-10', '1930-02-03', '2023-02-03'],
  },
  // ── coreference and partial mentions (§6.4, §6.5) ─────────────────────────────────────────
  {
    id: 'coref-alias-and-back-reference',
    about: '§6.4 an alias and later bare-number back references resolve to the full citation',
    text: 'Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 35). Sau 5 năm, Nghị quyết 35 đã đi vào cuộc sống; sơ kết việc thực hiện Nghị quyết số 35.',
    cites: [
      { key: '35-NQ/TW', partial: false },
      { surface: 'Nghị quyết 35', key: '35-NQ/TW', partial: true, relation: 'mentions' },
      { surface: 'Nghị quyết 35', key: '35-NQ/TW', partial: true },
      { surface: 'Nghị quyết số 35', key: '35-NQ/TW', partial: true, relation: 'reports_on' },
    ],
  },
  {
    id: 'coref-back-reference-verb',
    about: '§6.4 `Kế hoạch 3006` before and after the full citation; `Quyết định 1624 đạt 85%`',
    text: 'Kết quả thực hiện Kế hoạch 3006 năm 2020. Kế hoạch số 3006/KH-UBND ngày 13/11/2019 của Ủy ban nhân dân tỉnh; thực hiện Kế hoạch 3006 trên địa bàn; Quyết định số 1624/QĐ-UBND; kết quả thực hiện Quyết định 1624 đạt 85%.',
    cites: [
      { surface: 'Kế hoạch 3006', key: '3006/KH-UBND', partial: true, relation: 'reports_on' },
      { key: '3006/KH-UBND', date: '2019-11-13' },
      { surface: 'Kế hoạch 3006', key: '3006/KH-UBND', partial: true, relation: 'implements' },
      { key: '1624/QĐ-UBND' },
      { surface: 'Quyết định 1624', key: '1624/QĐ-UBND', partial: true, relation: 'reports_on' },
    ],
  },
  {
    id: 'coref-abbreviated',
    about:
      '§2.5 `NQ 35` after the full citation is a back reference; `QĐ 238` with nothing to resolve is not kept',
    text: 'Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị; sơ kết NQ 35 và QĐ 238; KH 12 năm 2023.',
    cites: [
      { key: '35-NQ/TW', date: '2018-10-22', relation: 'implements' },
      {
        surface: 'NQ 35',
        key: '35-NQ/TW',
        type: 'Nghị quyết',
        partial: true,
        relation: 'reports_on',
      },
    ],
  },
  {
    id: 'coref-short-symbol',
    about: '§6.4 a short later form (`Nghị định số 92/CP`) takes the key of the earlier full form',
    text: 'Nghị định số 92/2004/NĐ-CP ngày 12/4/2004 của Chính phủ quy định chi tiết. Căn cứ Nghị định số 92/CP, Ủy ban nhân dân huyện ban hành Kế hoạch.',
    cites: [
      { key: '92/2004/NĐ-CP', date: '2004-04-12' },
      { surface: 'Nghị định số 92/CP', key: '92/2004/NĐ-CP', partial: true, relation: 'basis' },
    ],
  },
  {
    id: 'partial-central-issuer',
    about: '§6.5 T22: a number-only mention with a central Party organ is keyed `N-T/TW`',
    text: 'Nghị quyết 35 ngày 22/10/2018 của Bộ Chính trị là cơ sở quan trọng.',
    cites: [
      {
        surface: 'Nghị quyết 35',
        key: '35-NQ/TW',
        date: '2018-10-22',
        issuer: 'Bộ Chính trị',
        partial: true,
      },
    ],
  },
  {
    id: 'partial-local-party-issuer',
    about: '§4.2/§6.5: a number-only mention of a provincial or district Party body takes its code',
    text: 'Triển khai Chỉ thị số 17 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 08 của Huyện ủy; Hướng dẫn số 05 ngày 10/01/2023 của Ban Tuyên giáo Tỉnh ủy.',
    cites: [
      {
        surface: 'Chỉ thị số 17',
        key: '17-CT/TU',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        partial: true,
        relation: 'implements',
      },
      { surface: 'Kế hoạch số 08', key: '08-KH/HU', issuer: 'Huyện ủy', partial: true },
      { surface: 'Hướng dẫn số 05', key: '05-HD/BTGTU', date: '2023-01-10', partial: true },
    ],
  },
  {
    id: 'partial-people-committee',
    about: '§3.1/§4.1: a People`s Committee plan is `N/KH-UBND` at every level',
    text: 'Thực hiện Kế hoạch số 42 ngày 18/3/2021 của Ủy ban nhân dân tỉnh.',
    cites: [
      {
        surface: 'Kế hoạch số 42',
        key: '42/KH-UBND',
        date: '2021-03-18',
        partial: true,
        relation: 'implements',
      },
    ],
  },
  {
    id: 'partial-unresolved',
    about: '§6.5: a number-only mention nothing resolves stays partial (`?` in the key)',
    text: 'Thực hiện Chỉ thị số 17 và Kế hoạch số 08, các đơn vị triển khai.',
    cites: [
      { surface: 'Chỉ thị số 17', key: '17-CT/?', partial: true },
      { surface: 'Kế hoạch số 08', key: '08-KH/?', partial: true },
    ],
  },
  {
    id: 'partial-central-issuer-types',
    about:
      '§4.2: `TW` covers Bộ Chính trị, Ban Bí thư and the Central Committee; Thông báo kết luận is `TB`',
    text: 'Chỉ thị số 05 của Bộ Chính trị; Kết luận số 01 của Ban Bí thư; Thông báo kết luận số 12 của Ban Thường vụ Tỉnh ủy; Quyết định số 99 của Ban Chấp hành Trung ương.',
    cites: [
      { surface: 'Chỉ thị số 05', key: '05-CT/TW', partial: true },
      { surface: 'Kết luận số 01', key: '01-KL/TW', partial: true },
      {
        surface: 'Thông báo kết luận số 12',
        key: '12-TB/TU',
        type: 'Thông báo kết luận',
        partial: true,
      },
      { surface: 'Quyết định số 99', key: '99-QĐ/TW', partial: true },
    ],
  },
  {
    id: 'partial-number-and-year',
    about: '§2.5 `NĐ 30/2020`: a normative act by number and year; a decree is always `NĐ-CP`',
    text: 'Thực hiện NĐ 30/2020 về công tác văn thư; Nghị định số 09/2017 của Chính phủ.',
    cites: [
      {
        surface: 'NĐ 30/2020',
        key: '30/2020/NĐ-CP',
        type: 'Nghị định',
        yearInNumber: '2020',
        partial: true,
        subject: 'công tác văn thư',
        relation: 'implements',
      },
      { surface: 'Nghị định số 09/2017', key: '09/2017/NĐ-CP', issuer: 'Chính phủ', partial: true },
    ],
    dates: [],
  },
  {
    id: 'partial-number-and-year-coref',
    about:
      '§6.4 `Quyết định 25/2013` after `25/2013/QĐ-TTg` takes its key; an unknown one stays open',
    text: 'Căn cứ Quyết định số 25/2013/QĐ-TTg ngày 04/5/2013 của Thủ tướng Chính phủ; thực hiện Quyết định 25/2013 và Thông tư 01/2021.',
    cites: [
      { key: '25/2013/QĐ-TTg', relation: 'basis' },
      {
        surface: 'Quyết định 25/2013',
        key: '25/2013/QĐ-TTg',
        partial: true,
        relation: 'implements',
      },
      { surface: 'Thông tư 01/2021', key: '01/2021/TT-?', partial: true, relation: 'implements' },
    ],
  },
  {
    id: 'footnote-after-symbol',
    about: 'design.md: a pdf-parse footnote digit glued to a symbol is not part of it',
    text: 'Ban Thường vụ Huyện ủy ban hành Kế hoạch số 88-KH/HU2, ngày 28-02-2023; Kế hoạch số 3006/KH-UBND1 của UBND tỉnh; Luật số 80/2015/QH13, Nghị quyết số 76/2025/UBTVQH15.',
    cites: [
      { surface: 'Kế hoạch số 88-KH/HU', key: '88-KH/HU', date: '2023-02-28' },
      { surface: 'Kế hoạch số 3006/KH-UBND', key: '3006/KH-UBND', issuer: 'UBND tỉnh' },
      { key: '80/2015/QH13' },
      { key: '76/2025/UBTVQH15' },
    ],
  },
  {
    id: 'issuer-plenum-after-of',
    about: 'T66: `của Hội nghị lần thứ sáu Ban Chấp hành …`: the issuer is the committee',
    text: 'Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy.',
    cites: [
      {
        key: '18-NQ/TW',
        date: '2017-10-25',
        issuer: 'Ban Chấp hành Trung ương Đảng',
        subject: 'một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy',
      },
    ],
  },
  {
    id: 'issuer-position',
    about: 'an issuer that is a position of a body (`Chủ tịch UBND tỉnh`); subject `về việc …`',
    text: 'Quyết định số 1234/QĐ-UBND ngày 05/01/2020 của Chủ tịch UBND tỉnh về việc thành lập Ban Chỉ đạo 35 huyện.',
    cites: [
      {
        key: '1234/QĐ-UBND',
        date: '2020-01-05',
        issuer: 'Chủ tịch UBND tỉnh',
        subject: 'việc thành lập Ban Chỉ đạo 35 huyện',
      },
    ],
  },
  {
    id: 'issuer-then-implements',
    about:
      'T70: a plan `của Ban Thường vụ Tỉnh ủy thực hiện Kết luận …`: the issuer stops at the verb',
    text: 'Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 100-KL/TW của Ban Bí thư.',
    cites: [
      {
        key: '25-KH/TU',
        date: '2016-11-30',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        relation: 'mentions',
      },
      { key: '100-KL/TW', issuer: 'Ban Bí thư', relation: 'implements' },
    ],
  },
  {
    id: 'qppl-joint-resolution',
    about: '§2.2 a joint resolution of the Government and the Front (`NQLT`)',
    text: 'Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTƯMTTQVN ngày 17/4/2008.',
    cites: [
      {
        key: '09/2008/NQLT-CP-UBTƯMTTQVN',
        type: 'Nghị quyết liên tịch',
        yearInNumber: '2008',
        date: '2008-04-17',
      },
    ],
  },
  {
    id: 'rel-implements-phrasing',
    about:
      'relation labels: `Để triển khai thực hiện`, `Thực hiện chỉ đạo … tại`, `nhằm triển khai`; `Theo` is a mention',
    text: 'Để triển khai thực hiện có hiệu quả Nghị quyết số 57-NQ/TW; Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 123-CV/TU. Theo Kế hoạch số 99-KH/TU, các xã tổ chức; nhằm triển khai Chỉ thị số 35-CT/TW.',
    cites: [
      { key: '57-NQ/TW', relation: 'implements' },
      { key: '123-CV/TU', relation: 'implements' },
      { key: '99-KH/TU', relation: 'mentions' },
      { key: '35-CT/TW', relation: 'implements' },
    ],
  },
  {
    id: 'rel-basis-then-implements',
    about: 'relation labels: `Căn cứ` lines then a `Thực hiện` line',
    text: 'Căn cứ Điều lệ Đảng; Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương; Căn cứ chức năng, nhiệm vụ; Thực hiện Kế hoạch số 10-KH/HU; triển khai thực hiện theo Hướng dẫn số 12-HD/BTGTU.',
    cites: [
      {
        key: '24-QĐ/TW',
        type: 'Quy định',
        date: '2021-07-30',
        issuer: 'Ban Chấp hành Trung ương',
        relation: 'basis',
      },
      { key: '10-KH/HU', relation: 'implements' },
      { key: '12-HD/BTGTU', relation: 'implements' },
    ],
  },
  {
    id: 'rel-conference-review',
    about: 'gold README: `Hội nghị sơ kết … thực hiện` reports on; `theo` a guidance is a mention',
    text: 'Ngày 15/3/2023, Huyện ủy Tam Đường ban hành Kế hoạch số 88-KH/HU về tổ chức các hoạt động; Hội nghị sơ kết 02 năm thực hiện Kết luận số 01-KL/TW. Báo cáo tổng kết công tác năm 2023 theo Hướng dẫn số 45-HD/BTGTW.',
    cites: [
      {
        key: '88-KH/HU',
        date: '2023-03-15',
        issuer: 'Huyện ủy Tam Đường',
        subject: 'tổ chức các hoạt động',
        relation: 'mentions',
      },
      { key: '01-KL/TW', relation: 'reports_on' },
      { key: '45-HD/BTGTW', relation: 'mentions' },
    ],
  },
  {
    id: 'table-rows',
    about:
      '§7.5/T25: a table of documents (pdftotext -layout columns, `|` cells): symbol, date, trích yếu',
    text: 'TT   Số, ký hiệu      Ngày ban hành    Trích yếu\n1    35-NQ/TW         22/10/2018       Về tăng cường bảo vệ nền tảng tư tưởng của Đảng\n2    3006/KH-UBND     13/11/2019       Triển khai Kế hoạch số 102-KH/TU\n| 3 | Nghị quyết số 23-NQ/TW | 06/10/2022 | Bộ Chính trị |',
    cites: [
      {
        surface: '35-NQ/TW',
        key: '35-NQ/TW',
        type: 'Nghị quyết',
        date: '2018-10-22',
        subject: 'tăng cường bảo vệ nền tảng tư tưởng của Đảng',
      },
      {
        surface: '3006/KH-UBND',
        key: '3006/KH-UBND',
        type: 'Kế hoạch',
        date: '2019-11-13',
        subject: null,
      },
      { key: '102-KH/TU', relation: 'implements' },
      { key: '23-NQ/TW', date: '2022-10-06' },
    ],
  },
  {
    id: 'cite-date-punctuation',
    about: '§5.3 a comma after the date, and the date in parentheses',
    text: 'Nghị quyết số 35-NQ/TW, ngày 22/10/2018, của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng; Nghị quyết số 23-NQ/TW (ngày 06/10/2022) của Bộ Chính trị về phát triển vùng Tây Nguyên.',
    cites: [
      {
        key: '35-NQ/TW',
        date: '2018-10-22',
        issuer: 'Bộ Chính trị',
        subject: 'tăng cường bảo vệ nền tảng tư tưởng',
      },
      {
        key: '23-NQ/TW',
        date: '2022-10-06',
        issuer: 'Bộ Chính trị',
        subject: 'phát triển vùng Tây Nguyên',
      },
    ],
  },
  {
    id: 'rel-list-inside-subject',
    about:
      'gold README: a document coordinated with `và` inside another`s `về thực hiện …` takes that verb',
    text: 'Huyện ủy ban hành Kế hoạch số 131-KH/HU ngày 20/4/2019 về thực hiện Nghị quyết số 35-NQ/TW và Kế hoạch số 102-KH/TU.',
    cites: [
      {
        key: '131-KH/HU',
        date: '2019-04-20',
        subject: 'thực hiện Nghị quyết số 35-NQ/TW',
        relation: 'mentions',
      },
      { key: '35-NQ/TW', relation: 'implements' },
      { key: '102-KH/TU', relation: 'implements' },
    ],
  },
  {
    id: 'party-unit-codes',
    about: '§3.1 PARTY `N-T/I-U`: an issuer with a unit (`HU-BTG`, `ĐU-UBKT`); youth union `HĐTN`',
    text: 'Huyện đoàn ban hành Kế hoạch số 45-KH/HĐTN; Công văn số 12-CV/HU-BTG; Kế hoạch số 15-KH/ĐU-UBKT.',
    cites: [
      { key: '45-KH/HĐTN', relation: 'mentions' },
      { key: '12-CV/HU-BTG', symbol: 'CV/HU-BTG' },
      { key: '15-KH/ĐU-UBKT' },
    ],
  },
  {
    id: 'rel-alias-viet-tat',
    about:
      '§3.3/§6.4 an alias `(sau đây viết tắt là Nghị định 30)` is a mention keyed to the full citation',
    text: 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư (sau đây viết tắt là Nghị định 30);',
    cites: [
      {
        key: '30/2020/NĐ-CP',
        date: '2020-03-05',
        issuer: 'Chính phủ',
        subject: 'công tác văn thư',
        relation: 'basis',
      },
      { surface: 'Nghị định 30', key: '30/2020/NĐ-CP', partial: true, relation: 'mentions' },
    ],
  },
  {
    id: 'unicode-nfd-mixed',
    about: '§9.1 decomposed (NFD) and mixed NFC/NFD text: offsets into the stored text, NFC values',
    text:
      'Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị'.normalize('NFD') +
      '; triển khai Kế hoạch số 102-KH/TU của Ban Thường vụ Tỉnh ủy về tăng cường'.normalize(
        'NFD',
      ) +
      ' công tác tuyên truyền.',
    cites: [
      {
        key: '35-NQ/TW',
        type: 'Nghị quyết',
        date: '2018-10-22',
        issuer: 'Bộ Chính trị',
        relation: 'implements',
      },
      {
        key: '102-KH/TU',
        type: 'Kế hoạch',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        subject: 'tăng cường công tác tuyên truyền',
        relation: 'implements',
      },
    ],
  },
  // ── not citations ──────────────────────────────────────────────────────────────────────────
  {
    id: 'not-phone-money',
    about: '§3.4 post-filters: phone numbers, accounts, money, percentages',
    text: 'Đồng chí Nguyễn Văn A, số điện thoại 0913.456.789; Fax: 0260 3 862 457; tài khoản số 3711-0000-1234; kinh phí 14.782 tỷ đồng, đạt 2,19%.',
    cites: [],
    dates: [],
  },
  {
    id: 'not-steering-committees',
    about: 'design.md: `Ban Chỉ đạo 35` is a body, not a citation',
    text: 'Kính gửi: Ban Chỉ đạo 35 tỉnh; Ban chỉ đạo 389 huyện; Ban Chỉ đạo 138 huyện họp ngày 5/4.',
    cites: [],
    dates: ['--04-05'],
  },
  {
    id: 'not-addresses',
    about: '§3.4: decree-like strings in addresses, form and annex labels are not citations',
    text: 'Địa chỉ: Số 12/2A đường Lê Lợi, Tổ 5/KP3; Lô 15/TĐC-ĐT; số nhà 25/QL14; căn hộ số 3/CT2; Quốc lộ QL14. Báo cáo theo Mẫu số 01/BC-BTGTU; Biểu số 03/TK-NV.',
    cites: [],
  },
  {
    id: 'not-standards-articles',
    about: '§3.4: standards, diseases, agency e-codes, articles, periods, quarters',
    text: 'TCVN 6909:2001; ISO 9001:2015; QCVN 01:2021/BXD; Covid-19; SARS-CoV-2; 000.00.23.H53; Điều 3; khoản 2 Điều 5; giai đoạn 2021-2025; quý I-2018.',
    cites: [],
    dates: [],
  },
  {
    id: 'not-programme-names',
    about:
      'named programmes without `số` (`Chương trình 135`, `Đề án 06`) are not number-only citations',
    text: 'Thực hiện Chương trình 135, Chương trình 30a và Đề án 06 của Chính phủ; Kế hoạch 5 năm 2021-2025; Nghị quyết Trung ương 4 khóa XII.',
    cites: [],
  },
  {
    id: 'not-page-numbers',
    about: 'page numbers and ratios are neither citations nor dates',
    text: 'Xem trang 3/12 của báo cáo; tổ chức 12/15 lớp; tỷ lệ 3/4 xã hoàn thành; 4/4 đồng chí; lớp 12/3; bằng 1/2 kế hoạch; chiếm 2/3.',
    cites: [],
    dates: [],
  },
  // ── dates (§5.2) ───────────────────────────────────────────────────────────────────────────
  {
    id: 'dates-forms',
    about: '§5.2 every written form of a full date',
    text: 'ngày 13/11/2019; ngày 22-10-2018; ngày 5/7/2021; 26.11.2019; ngày 10 tháng 7 năm 2019; NGÀY 09 THÁNG 01 NĂM 2023; ngày\n15 tháng 11\nnăm 2022; Thứ Hai ngày 18/2/2019.',
    cites: [],
    dates: [
      '2019-11-13',
      '2018-10-22',
      '2021-07-05',
      '2019-11-26',
      '2019-07-10',
      '2023-01-09',
      '2022-11-15',
      '2019-02-18',
    ],
  },
  {
    id: 'dates-ranges',
    about: '§5.2 ranges give two entries; the shared year is copied to the start',
    text: '(từ 10-02 đến 16-02-2020); (11/6/1948 - 11/6/2018); 03/2/1930 –03/2/2023.',
    cites: [],
    dates: ['2020-02-10', '2020-02-16', '1948-06-11', '2018-06-11', '1930-02-03', '2023-02-03'],
  },
  {
    id: 'dates-day-month',
    about: 'gold README: day/month without a year is `--MM-DD`',
    text: 'Chiều 21/8, đoàn công tác làm việc; sáng 10-2 khai mạc; Ngày 20/8, Ban Chỉ đạo họp.',
    cites: [],
    dates: ['--08-21', '--02-10', '--08-20'],
  },
  {
    id: 'dates-not',
    about:
      'gold README: month expressions, years, periods, invalid dates and blank template dates are not dates',
    text: 'từ tháng 1 đến tháng 11 năm 2023; tháng 3/2020; năm 2023; 2020 – 2025; ngày 31/4/2020; ngày 30/2/2020; ngày      tháng      năm 2026; 6 tháng đầu năm 2024.',
    cites: [],
    dates: [],
  },
];
