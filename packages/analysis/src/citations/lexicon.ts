import { isUpperCode } from '../text/chars.ts';

/**
 * Type-word lexicon for running text (vn-docs-spec §2.5) and type/issuer codes (§2, §4).
 * Phrases are matched case-insensitively on whole words; abbreviations only in upper case.
 */

const TYPE_WORDS = [
  'Nghị quyết liên tịch',
  'Thông tư liên tịch',
  'Kế hoạch liên tịch',
  'Hướng dẫn liên tịch',
  'Chương trình phối hợp',
  'Quy chế phối hợp',
  'Chương trình hành động',
  'Thông báo kết luận',
  'Văn bản hợp nhất',
  'Văn bản chỉ đạo',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Chỉ thị',
  'Kết luận',
  'Quy chế',
  'Quy định',
  'Thông tri',
  'Thông tư',
  'Thông cáo',
  'Thông báo',
  'Hướng dẫn',
  'Chương trình',
  'Kế hoạch',
  'Phương án',
  'Đề án',
  'Dự án',
  'Báo cáo',
  'Biên bản',
  'Tờ trình',
  'Hợp đồng',
  'Công điện',
  'Điện',
  'Công văn',
  'Văn bản',
  'Giấy mời',
  'Giấy giới thiệu',
  'Giấy ủy quyền',
  'Giấy nghỉ phép',
  'Giấy chứng nhận',
  'Giấy đi đường',
  'Bản ghi nhớ',
  'Bản thỏa thuận',
  'Phiếu gửi',
  'Phiếu chuyển',
  'Phiếu báo',
  'Bản sao y',
  'Bản trích sao',
  'Bản sao lục',
  'Luật',
  'Pháp lệnh',
  'Lệnh',
  'Hiến pháp',
  'Đề cương',
] as const;

/** Type words that name no particular type: the type comes from the symbol. */
export const GENERIC_TYPES: ReadonlySet<string> = new Set(['Văn bản', 'Văn bản chỉ đạo']);

/** lower-cased phrase (single spaces, both tone placements) → normal capitalisation */
const PHRASES = new Map<string, string>();
for (const w of TYPE_WORDS) {
  const lower = w.toLowerCase();
  PHRASES.set(lower, w);
  // old tone placement (spec §9.4): `uỷ`, `thoả`
  PHRASES.set(lower.replace('ủy', 'uỷ').replace('ỏa', 'oả'), w);
}

/**
 * A type word with the qualifier it is often cited with (`Chương trình công tác số 10-CTr/HU`,
 * `Báo cáo tổng kết số 45-BC/HU`, `Công văn hỏa tốc số 15/UBND-VP`): the surface starts at the type
 * word, the type is the plain one (as a `BÁO CÁO TỔNG KẾT` heading is a `Báo cáo`).
 */
const QUALIFIED_TYPE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['chương trình công tác', 'Chương trình'],
  ['chương trình làm việc', 'Chương trình'],
  ['kế hoạch kiểm tra', 'Kế hoạch'],
  ['kế hoạch giám sát', 'Kế hoạch'],
  ['báo cáo tổng kết', 'Báo cáo'],
  ['báo cáo sơ kết', 'Báo cáo'],
  ['nghị quyết chuyên đề', 'Nghị quyết'],
  ['công văn hỏa tốc', 'Công văn'],
  ['quyết định chuẩn y', 'Quyết định'],
];
for (const [lower, w] of QUALIFIED_TYPE_WORDS) {
  PHRASES.set(lower, w);
  PHRASES.set(lower.replace('ỏa', 'oả'), w);
}

export const MAX_TYPE_WORDS = 4;

/** A word of a type phrase, read backwards from the phrase's last word (a trie over {@link PHRASES}). */
export interface PhraseNode {
  /** the type when the words read so far are a whole phrase */
  type: string | undefined;
  /** the lower-cased word before, and its node */
  readonly before: Map<string, PhraseNode>;
}

const LAST_WORD_NODES = new Map<string, PhraseNode>();
for (const [phrase, type] of PHRASES) {
  const words = phrase.split(' ');
  let nodes = LAST_WORD_NODES;
  let node: PhraseNode | undefined;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] ?? '';
    node = nodes.get(w);
    if (node === undefined) {
      node = { type: undefined, before: new Map() };
      nodes.set(w, node);
    }
    nodes = node.before;
  }
  if (node !== undefined) node.type = type;
}

/**
 * The node of a lower-cased last word of a type phrase (`quyết` → `nghị quyết`, `quyết`), or
 * undefined: the phrases ending in `… nghị quyết` are read by going on with `before`, one lower-cased
 * word at a time, without building the phrase strings.
 */
export function phraseEndingWith(lowerWord: string): PhraseNode | undefined {
  return LAST_WORD_NODES.get(lowerWord);
}

/** The type named by a lower-cased phrase of whole words, or undefined. */
export function typeOfPhrase(lowerPhrase: string): string | undefined {
  return PHRASES.get(lowerPhrase);
}

/** Upper-case abbreviations used as type words in prose (`NĐ 30/2020`). */
const ABBREVIATIONS = new Map<string, string>([
  ['NQ', 'Nghị quyết'],
  ['NĐ', 'Nghị định'],
  ['QĐ', 'Quyết định'],
  ['CT', 'Chỉ thị'],
  ['KL', 'Kết luận'],
  ['KH', 'Kế hoạch'],
  ['CV', 'Công văn'],
  ['TT', 'Thông tư'],
  ['TB', 'Thông báo'],
  ['HD', 'Hướng dẫn'],
]);

export function typeOfAbbreviation(word: string): string | undefined {
  return ABBREVIATIONS.get(word);
}

/** Type codes inside symbols (canonical upper case) → type. `QĐ` may also be a Party Quy định. */
const CODE_TYPES = new Map<string, string>([
  ['NQ', 'Nghị quyết'],
  ['NQLT', 'Nghị quyết liên tịch'],
  ['KHLT', 'Kế hoạch liên tịch'],
  ['HDLT', 'Hướng dẫn liên tịch'],
  ['CTPH', 'Chương trình phối hợp'],
  ['QCPH', 'Quy chế phối hợp'],
  ['QĐ', 'Quyết định'],
  ['CT', 'Chỉ thị'],
  ['KL', 'Kết luận'],
  ['QC', 'Quy chế'],
  ['QYĐ', 'Quy định'],
  ['QĐI', 'Quy định'],
  ['TC', 'Thông cáo'],
  ['TB', 'Thông báo'],
  ['HD', 'Hướng dẫn'],
  ['CTR', 'Chương trình'],
  ['CTHĐ', 'Chương trình hành động'],
  ['KH', 'Kế hoạch'],
  ['PA', 'Phương án'],
  ['ĐA', 'Đề án'],
  ['DA', 'Dự án'],
  ['BC', 'Báo cáo'],
  ['BB', 'Biên bản'],
  ['TTR', 'Tờ trình'],
  ['HĐ', 'Hợp đồng'],
  ['CĐ', 'Công điện'],
  ['GM', 'Giấy mời'],
  ['GGT', 'Giấy giới thiệu'],
  ['GT', 'Giấy giới thiệu'],
  ['GUQ', 'Giấy ủy quyền'],
  ['UQ', 'Giấy ủy quyền'],
  ['GNP', 'Giấy nghỉ phép'],
  ['NP', 'Giấy nghỉ phép'],
  ['BGN', 'Bản ghi nhớ'],
  ['GN', 'Bản ghi nhớ'],
  ['TTH', 'Bản thỏa thuận'],
  ['PG', 'Phiếu gửi'],
  ['PC', 'Phiếu chuyển'],
  ['PB', 'Phiếu báo'],
  ['SY', 'Bản sao y'],
  ['TRS', 'Bản trích sao'],
  ['SL', 'Bản sao lục'],
  ['CV', 'Công văn'],
  ['TT', 'Thông tư'],
  ['TTLT', 'Thông tư liên tịch'],
  ['NĐ', 'Nghị định'],
  ['L', 'Lệnh'],
  ['VBHN', 'Văn bản hợp nhất'],
  ['ĐC', 'Đề cương'],
]);

export function typeOfCode(code: string): string | undefined {
  return CODE_TYPES.get(code.toUpperCase());
}

export function isTypeCode(code: string): boolean {
  return CODE_TYPES.has(code.toUpperCase());
}

/** Type codes that Party documents use (for `22/CT-TW`, a Party symbol written state-style). */
const PARTY_TYPE_CODES = new Set([
  'NQ',
  'QĐ',
  'CT',
  'KL',
  'QC',
  'QYĐ',
  'QĐI',
  'TT',
  'HD',
  'TB',
  'TC',
  'BC',
  'KH',
  'CTR',
  'CTHĐ',
  'TTR',
  'ĐA',
  'PA',
  'BB',
  'CV',
]);

export function isPartyTypeCode(code: string): boolean {
  return PARTY_TYPE_CODES.has(code.toUpperCase());
}

/** Party issuer codes (spec §4.2) that identify a Party symbol whatever its separators. */
const PARTY_ISSUERS = new Set([
  'TW',
  'TU',
  'HU',
  'ĐU',
  'QU',
  'THU',
  'TXU',
  'VPTW',
  'BTGTW',
  'BCĐTW',
  'BTCTW',
  'UBKTTW',
  'BDVTW',
  'BTGTU',
  'BTCTU',
  'BDVTU',
  'UBKTTU',
  'VPTU',
  'BNCTU',
  'BTGHU',
  'BTCHU',
  'UBKTHU',
  'VPHU',
  'ĐUK',
  'BCSĐ',
]);

export function isPartyIssuer(code: string): boolean {
  return PARTY_ISSUERS.has(code.toUpperCase());
}

/** Mixed-case codes kept in their own spelling in keys (spec §3.5 item 5). */
const MIXED_CASE = new Map<string, string>([
  ['CTR', 'CTr'],
  ['TTR', 'TTr'],
  ['QYĐ', 'QyĐ'],
  ['TRS', 'TrS'],
  ['QĐI', 'QĐi'],
  ['TTG', 'TTg'],
]);

export function canonicalCodeCase(code: string): string {
  const up = code.toUpperCase();
  return MIXED_CASE.get(up) ?? up;
}

/** The code a type is abbreviated to, for keys of number-only mentions (`Chỉ thị số 17` → `CT`). */
const TYPE_TO_CODE = new Map<string, string>([
  ['Nghị quyết', 'NQ'],
  ['Nghị quyết liên tịch', 'NQLT'],
  ['Nghị định', 'NĐ'],
  ['Quyết định', 'QĐ'],
  ['Chỉ thị', 'CT'],
  ['Kết luận', 'KL'],
  ['Quy chế', 'QC'],
  ['Quy định', 'QĐ'],
  ['Thông tri', 'TT'],
  ['Thông tư', 'TT'],
  ['Thông tư liên tịch', 'TTLT'],
  ['Thông cáo', 'TC'],
  ['Thông báo', 'TB'],
  ['Thông báo kết luận', 'TB'],
  ['Hướng dẫn', 'HD'],
  ['Chương trình', 'CTr'],
  ['Chương trình hành động', 'CTHĐ'],
  ['Kế hoạch', 'KH'],
  ['Kế hoạch liên tịch', 'KHLT'],
  ['Hướng dẫn liên tịch', 'HDLT'],
  ['Chương trình phối hợp', 'CTPH'],
  ['Quy chế phối hợp', 'QC'],
  ['Phương án', 'PA'],
  ['Đề án', 'ĐA'],
  ['Dự án', 'DA'],
  ['Báo cáo', 'BC'],
  ['Biên bản', 'BB'],
  ['Tờ trình', 'TTr'],
  ['Hợp đồng', 'HĐ'],
  ['Công điện', 'CĐ'],
  ['Công văn', 'CV'],
  ['Giấy mời', 'GM'],
  ['Luật', 'L'],
  ['Pháp lệnh', 'PL'],
  ['Đề cương', 'ĐC'],
]);

export function codeOfType(type: string): string | undefined {
  return TYPE_TO_CODE.get(type);
}

/** Types that a number-only mention may carry (`Chỉ thị số 17`, `Nghị quyết 35`). */
export const PARTIAL_TYPES: ReadonlySet<string> = new Set([
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Chỉ thị',
  'Kết luận',
  'Kế hoạch',
  'Công văn',
  'Hướng dẫn',
  'Thông báo',
  'Chương trình',
  'Quy định',
  'Quy chế',
  'Thông tư',
  'Thông tri',
  'Luật',
  'Pháp lệnh',
  'Tờ trình',
  'Đề án',
  'Chương trình hành động',
  'Thông báo kết luận',
]);

/** Code families compared as one (spec §2.3: `QĐ`, `QĐi`, `QyĐ` for Party Quy định). */
export function codeFamily(code: string): string {
  const up = code.toUpperCase();
  return up === 'QĐI' || up === 'QYĐ' ? 'QĐ' : up;
}

/** Type phrases without diacritics (`nghi quyet`), longest first, for search queries. */
let FOLDED: Array<{ folded: string; type: string }> | null = null;

export function typeWordsFolded(): ReadonlyArray<{ folded: string; type: string }> {
  if (FOLDED === null) {
    FOLDED = TYPE_WORDS.filter((w) => !GENERIC_TYPES.has(w))
      .map((w) => ({
        folded: w
          .toLowerCase()
          .normalize('NFD')
          .replace(/\p{M}+/gu, '')
          .replace(/đ/g, 'd')
          .normalize('NFC'),
        type: w as string,
      }))
      .sort((a, b) => b.folded.length - a.folded.length);
  }
  return FOLDED;
}

/** an act's type word (capitalised, as in its name) right before a cue, `sửa đổi,` allowed between */
const ACT_NAME_BEFORE_CUE =
  /(?:^|[^\p{L}])(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định)(?: sửa đổi,?)? $/u;

/**
 * The relation cue at `at` of `clause` (`ban hành`, `phổ biến`, `sửa đổi`, `bổ sung` …) is a word of
 * an unnumbered act's name, not a verb governing the citations after it: capitalised after the act's
 * type word (`Luật Ban hành văn bản quy phạm pháp luật`, `Luật Phổ biến, giáo dục pháp luật`), or the
 * amending words of an amending act (`Luật sửa đổi, bổ sung một số điều của …`, `Nghị định sửa đổi …`).
 */
export function isCueInActName(clause: string, at: number): boolean {
  if (!ACT_NAME_BEFORE_CUE.test(clause.slice(Math.max(0, at - 24), at))) return false;
  return (
    isUpperCode(clause.charCodeAt(at)) ||
    clause.startsWith('sửa đổi', at) ||
    clause.startsWith('bổ sung', at)
  );
}

/** words that open a sentence of their own, never a continuation of a noun phrase on the next line */
const SENTENCE_OPENER =
  /^(?:Thực hiện|Căn cứ|Triển khai|Theo|Để|Nhằm|Trên cơ sở|Sau khi|Hưởng ứng|Xét|Kính gửi|Nhận được)(?![\p{L}])/u;

/**
 * A sentence of its own starts at `at` (a line start): a capitalised opener such as `Thực hiện`,
 * `Căn cứ`, `Triển khai` — a title's last line followed by the body's first sentence (`… năm 2022⏎Thực
 * hiện Kế hoạch …`), which a PDF's text gives with no blank line between them.
 */
export function opensSentence(s: string, at: number): boolean {
  return isUpperCode(s.charCodeAt(at)) && SENTENCE_OPENER.test(s.slice(at, at + 14));
}
