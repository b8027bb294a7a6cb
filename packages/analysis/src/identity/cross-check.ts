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
