/**
 * vn-docs-spec §7.5 step 6: the type code in the own symbol against the type heading, and the year in
 * the symbol against the own date. Mismatches become warnings.
 */

const TYPE_CODES: Record<string, readonly string[]> = {
  'Nghị quyết': ['NQ'],
  'Quyết định': ['QĐ'],
  'Chỉ thị': ['CT'],
  'Kết luận': ['KL'],
  'Quy chế': ['QC'],
  'Quy định': ['QĐ', 'QĐI', 'QYĐ'],
  'Thông báo': ['TB'],
  'Thông tri': ['TT'],
  'Hướng dẫn': ['HD'],
  'Chương trình': ['CTR'],
  'Chương trình hành động': ['CTR', 'CTHĐ'],
  'Kế hoạch': ['KH'],
  'Phương án': ['PA'],
  'Đề án': ['ĐA'],
  'Báo cáo': ['BC'],
  'Biên bản': ['BB'],
  'Tờ trình': ['TTR'],
  'Giấy mời': ['GM'],
  'Công văn': ['CV'],
};

export function crossCheck(id: {
  docType: string | null;
  ownNumber: string | null;
  date: string | null;
}): string[] {
  const warnings: string[] = [];
  if (!id.ownNumber) return warnings;
  const parts = id.ownNumber.toUpperCase().split(/[-/]/u);
  const expected = id.docType ? TYPE_CODES[id.docType] : undefined;
  // state công văn carries no type code; only check types that have one
  if (expected && id.docType !== 'Công văn' && !parts.some((p) => expected.includes(p))) {
    warnings.push(
      `Ký hiệu ${id.ownNumber} không chứa mã loại của “${id.docType}” (${expected.join('/')})`,
    );
  }
  const yearInNumber = /^\d+\/((?:19|20)\d\d)\//u.exec(id.ownNumber)?.[1];
  if (yearInNumber && id.date && !id.date.startsWith(yearInNumber)) {
    warnings.push(
      `Năm trong số ký hiệu (${yearInNumber}) khác năm ban hành (${id.date.slice(0, 4)})`,
    );
  }
  return warnings;
}

const ISSUER_CODES = new Set([
  'UBND',
  'HĐND',
  'VP',
  'VPUB',
  'VPHU',
  'VPTU',
  'HU',
  'TU',
  'ĐU',
  'BTGHU',
  'BTGTU',
]);
const CODE_TO_TYPE = new Map<string, string>([
  ['NQ', 'Nghị quyết'],
  ['QĐ', 'Quyết định'],
  ['CT', 'Chỉ thị'],
  ['KL', 'Kết luận'],
  ['QC', 'Quy chế'],
  ['QYĐ', 'Quy định'],
  ['QĐI', 'Quy định'],
  ['TB', 'Thông báo'],
  ['TT', 'Thông tri'],
  ['HD', 'Hướng dẫn'],
  ['CTR', 'Chương trình'],
  ['CTHĐ', 'Chương trình hành động'],
  ['KH', 'Kế hoạch'],
  ['PA', 'Phương án'],
  ['ĐA', 'Đề án'],
  ['BC', 'Báo cáo'],
  ['BB', 'Biên bản'],
  ['TTR', 'Tờ trình'],
  ['GM', 'Giấy mời'],
  ['CV', 'Công văn'],
  ['CĐ', 'Công điện'],
]);

/**
 * The type a symbol's code names (`12/TB-UBND` → Thông báo, `15-CV/HU` → Công văn); a State symbol that
 * starts with an issuer code (`728/UBND-TH`) is a công văn, which has no type code.
 */
export function typeFromSymbol(key: string): string | null {
  const party = /^\d+-([^/]+)\//u.exec(key);
  const state = /^\d+\/(?:(?:19|20)\d\d\/)?([^-/]+)/u.exec(key);
  const code = (party?.[1] ?? state?.[1] ?? '').toUpperCase();
  const type = CODE_TO_TYPE.get(code);
  if (type) return type;
  if (!party && ISSUER_CODES.has(code)) return 'Công văn';
  return null;
}
