import { codeFamily, codeOfType } from './lexicon.ts';
import { pad2 } from './key.ts';
import { lastAtOrBefore } from '../text/sorted.ts';

/**
 * In-document coreference (spec §6.4, §6.5): a number-only mention (`Nghị quyết 35`, `Chỉ thị số 17`)
 * or a short symbol (`Nghị định số 92/CP` after `Nghị định số 92/2004/NĐ-CP`) takes the key of a full
 * citation of the same type and number in the same document (the nearest earlier one, else the first
 * later one). A number-only mention whose issuer is a central Party organ is keyed `N-T/TW`.
 * Anything left is kept as partial with a `?` key and reported in the warnings.
 */
export interface CorefItem {
  readonly type: string | null;
  readonly number: string;
  readonly symbol: string;
  key: string;
  partial: boolean;
  /** number-only mention */
  readonly numberOnly: boolean;
  /** the year of a legal-normative number (`09/2017/NĐ-CP`, or the number-only `NĐ 09/2017`) */
  readonly yearInNumber: string | null;
  /** a weak number-only mention (`Kế hoạch 3006 trên địa bàn`): resolved only by a full citation */
  readonly weak: boolean;
  /** set when a full citation of this document gave the key */
  resolved: boolean;
  /** bare short symbol (`92/CP`) */
  readonly short: boolean;
  readonly issuer: string | null;
  readonly surface: string;
}

/**
 * Issuer phrases whose symbol code is certain (spec §4.2), most specific first. Party codes carry no
 * year, so `Chỉ thị số 17 của Ban Thường vụ Tỉnh ủy` is `17-CT/TU`.
 */
const PARTY_ISSUER_CODES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Ban Tuyên giáo Trung ương/u, 'BTGTW'],
  [/^Văn phòng Trung ương/u, 'VPTW'],
  [/^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|BCH Trung ương|BCHTW|Trung ương)/u, 'TW'],
  [/^Ban Tuyên giáo (?:Tỉnh|Thành) (?:ủy|uỷ)/u, 'BTGTU'],
  [/^Ban Tuyên giáo Huyện (?:ủy|uỷ)/u, 'BTGHU'],
  [
    /^(?:(?:Ban Thường vụ|Ban Chấp hành Đảng bộ tỉnh|Ban Chấp hành|Thường trực|BTV|BCH) )?(?:Tỉnh|Thành) (?:ủy|uỷ)(?! ban)/u,
    'TU',
  ],
  [
    /^(?:(?:Ban Thường vụ|Ban Chấp hành Đảng bộ huyện|Ban Chấp hành|Thường trực|BTV|BCH) )?Huyện (?:ủy|uỷ)(?! ban)/u,
    'HU',
  ],
  [
    /^(?:(?:Ban Thường vụ|Ban Chấp hành|Thường trực|BTV|BCH) )?Đảng (?:ủy|uỷ) (?:xã|phường|thị trấn)/u,
    'ĐU',
  ],
];

/** Party types with a code (spec §2.3) that a number-only mention of a Party issuer may take. */
const PARTY_TYPES = new Set([
  'Nghị quyết',
  'Quyết định',
  'Chỉ thị',
  'Kết luận',
  'Quy chế',
  'Quy định',
  'Thông tri',
  'Hướng dẫn',
  'Thông báo',
  'Thông báo kết luận',
  'Kế hoạch',
  'Chương trình',
  'Chương trình hành động',
  'Tờ trình',
  'Đề án',
  'Công văn',
]);

/**
 * People's Committees and Councils use `UBND` / `HĐND` at every level; their non-normative plans,
 * reports and notices are `N/T-UBND`. (Decisions and resolutions may be normative and carry a year;
 * công văn carry a drafting-unit code: neither can be inferred.)
 */
const STATE_ISSUER_CODES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)(?: |$)/u, 'UBND'],
  [/^(?:Hội đồng nhân dân|HĐND)(?: |$)/u, 'HĐND'],
];
const STATE_INFERABLE_TYPES = new Set([
  'Kế hoạch',
  'Báo cáo',
  'Thông báo',
  'Tờ trình',
  'Hướng dẫn',
  'Chương trình',
  'Đề án',
  'Phương án',
]);

/**
 * Issuer phrases that name a State body (spec §4.1): the Government, a ministry or department, a
 * People's Committee or Council (or its chair), the National Assembly, a court or procuracy. A
 * number-only mention of theirs that cannot be resolved is keyed in the State shape `N/T-?` (spec
 * §3.1: number, `/`, type code, `-`, issuer code), not the Party shape `N-T/?`.
 */
const STATE_BODY =
  /^(?:(?:Chủ tịch |Văn phòng )?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)|(?:Thường trực )?(?:Hội đồng nhân dân|HĐND)|Chính phủ|Thủ tướng|Quốc hội|(?:Ủy|Uỷ) ban Thường vụ Quốc hội|Bộ (?!Chính trị)|Sở |Tòa án|Toà án|Viện kiểm sát|Kiểm toán Nhà nước|Ngân hàng Nhà nước|Tổng cục |Cục )/u;

/** The key a number-only mention gets from its issuer phrase, or null. */
function keyFromIssuer(type: string | null, number: string, issuer: string | null): string | null {
  if (type === null || issuer === null) return null;
  const code = codeOfType(type);
  if (code === undefined) return null;
  if (PARTY_TYPES.has(type)) {
    for (const [re, iss] of PARTY_ISSUER_CODES) {
      if (re.test(issuer)) return `${pad2(number)}-${code}/${iss}`;
    }
  }
  if (STATE_INFERABLE_TYPES.has(type)) {
    for (const [re, iss] of STATE_ISSUER_CODES) {
      if (re.test(issuer)) return `${pad2(number)}/${code}-${iss}`;
    }
  }
  return null;
}

/** `UBND` / `HĐND` for a People's Committee or Council (not its chair or office), else `?` */
function stateIssuerCode(issuer: string): string {
  for (const [re, iss] of STATE_ISSUER_CODES) if (re.test(issuer)) return iss;
  return '?';
}

/** type → family, filled on first use (few distinct types) */
const FAMILIES = new Map<string, string>();

function typeFamily(type: string | null): string {
  if (type === null) return '';
  let f = FAMILIES.get(type);
  if (f === undefined) {
    f = codeFamily(codeOfType(type) ?? type);
    FAMILIES.set(type, f);
  }
  return f;
}

/** the group after the last `/` or `-`, upper case */
function lastGroup(symbol: string): string {
  const cut = Math.max(symbol.lastIndexOf('/'), symbol.lastIndexOf('-'));
  return symbol.slice(cut + 1).toUpperCase();
}

/** type family + number: the slot a number-only mention is resolved in */
function corefSlot(type: string | null, number: string): string {
  return `${typeFamily(type)}|${Number.parseInt(number, 10)}`;
}

/** A full citation `o` can give its key to the mention `it` (same last group, same year). */
function matches(it: CorefItem, o: CorefItem | undefined): boolean {
  return (
    o !== undefined &&
    (!it.short || lastGroup(o.symbol) === lastGroup(it.symbol)) &&
    (!it.numberOnly || it.yearInNumber === null || o.yearInNumber === it.yearInNumber)
  );
}

export function resolveCoreference(items: readonly CorefItem[], warnings: string[]): void {
  // full citations indexed by type family + number, in text order: lookups stay O(log n)
  const index = new Map<string, number[]>();
  items.forEach((o, k) => {
    if (o.numberOnly || o.short || o.type === null) return;
    const key = corefSlot(o.type, o.number);
    const list = index.get(key);
    if (list) list.push(k);
    else index.set(key, [k]);
  });
  items.forEach((it, i) => {
    if (!it.numberOnly && !it.short) return;
    const list = index.get(corefSlot(it.type, it.number)) ?? [];
    // nearest earlier full citation, else the first later one
    const before = lastAtOrBefore(list, i - 1);
    let found: CorefItem | undefined;
    for (let j = before; j >= 0 && j > before - 8 && !found; j--) {
      const k = list[j];
      if (k !== undefined && matches(it, items[k])) found = items[k];
    }
    for (let j = before + 1; j < list.length && j < before + 9 && !found; j++) {
      const k = list[j];
      if (k !== undefined && matches(it, items[k])) found = items[k];
    }
    if (found) {
      it.key = found.key;
      it.partial = true;
      it.resolved = true;
      return;
    }
    if (it.short || it.weak) return;
    const code = it.type !== null ? codeOfType(it.type) : undefined;
    if (it.yearInNumber !== null) {
      // `Nghị định 30/2020`: decrees are the Government's (`NĐ-CP`, spec §2.2); other types stay open
      const known = it.type === 'Nghị định';
      it.key = `${pad2(it.number)}/${it.yearInNumber}/${known ? 'NĐ-CP' : `${code ?? '?'}-?`}`;
      it.partial = true;
      warnings.push(
        known
          ? `partial_inferred: "${it.surface}" → ${it.key} (số ký hiệu suy ra từ loại văn bản)`
          : `partial_unresolved: "${it.surface}" (chỉ có số và năm, không xác định được ký hiệu)`,
      );
      return;
    }
    const inferred = keyFromIssuer(it.type, it.number, it.issuer);
    if (inferred !== null) {
      it.key = inferred;
      it.partial = true;
      warnings.push(
        `partial_inferred: "${it.surface}" → ${it.key} (số ký hiệu suy ra từ cơ quan ban hành)`,
      );
      return;
    }
    // the issuer code is unknown; a State body's documents are `N/T-…` (a công văn: `N/<issuer>-<unit>`)
    if (it.issuer !== null && STATE_BODY.test(it.issuer)) {
      const head = it.type === 'Công văn' ? stateIssuerCode(it.issuer) : (code ?? '?');
      it.key = `${pad2(it.number)}/${head}-?`;
    } else it.key = `${pad2(it.number)}-${code ?? '?'}/?`;
    it.partial = true;
    warnings.push(`partial_unresolved: "${it.surface}" (chỉ có số, không xác định được ký hiệu)`);
  });
}
