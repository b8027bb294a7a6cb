import { codeFamily, codeOfType } from './lexicon.ts';
import { pad2 } from './key.ts';

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
  /** bare short symbol (`92/CP`) */
  readonly short: boolean;
  readonly issuer: string | null;
  readonly surface: string;
}

const CENTRAL_PARTY =
  /^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|BCH Trung ương|BCHTW|Trung ương)/u;

function typeFamily(type: string | null): string {
  if (type === null) return '';
  return codeFamily(codeOfType(type) ?? type);
}

function lastGroup(symbol: string): string {
  const parts = symbol.split(/[/-]/);
  return (parts[parts.length - 1] ?? '').toUpperCase();
}

export function resolveCoreference(items: readonly CorefItem[], warnings: string[]): void {
  // full citations indexed by type family + number, in text order: lookups stay O(log n)
  const index = new Map<string, number[]>();
  const slot = (type: string | null, number: string): string =>
    `${typeFamily(type)}|${Number.parseInt(number, 10)}`;
  items.forEach((o, k) => {
    if (o.numberOnly || o.short || o.type === null) return;
    const key = slot(o.type, o.number);
    const list = index.get(key);
    if (list) list.push(k);
    else index.set(key, [k]);
  });
  items.forEach((it, i) => {
    if (!it.numberOnly && !it.short) return;
    const list = index.get(slot(it.type, it.number)) ?? [];
    const ok = (k: number): boolean => {
      const o = items[k];
      return o !== undefined && (!it.short || lastGroup(o.symbol) === lastGroup(it.symbol));
    };
    // nearest earlier full citation, else the first later one
    let lo = 0;
    let hi = list.length - 1;
    let before = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] ?? 0) < i) {
        before = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let found: CorefItem | undefined;
    for (let j = before; j >= 0 && j > before - 8 && !found; j--) {
      const k = list[j];
      if (k !== undefined && ok(k)) found = items[k];
    }
    for (let j = before + 1; j < list.length && j < before + 9 && !found; j++) {
      const k = list[j];
      if (k !== undefined && ok(k)) found = items[k];
    }
    if (found) {
      it.key = found.key;
      it.partial = true;
      return;
    }
    if (it.short) return;
    const code = it.type !== null ? codeOfType(it.type) : undefined;
    if (code !== undefined && it.issuer !== null && CENTRAL_PARTY.test(it.issuer)) {
      it.key = `${pad2(it.number)}-${code}/TW`;
      it.partial = true;
      warnings.push(
        `partial_inferred: "${it.surface}" → ${it.key} (số ký hiệu suy ra từ cơ quan ban hành)`,
      );
      return;
    }
    it.key = `${pad2(it.number)}-${code ?? '?'}/?`;
    it.partial = true;
    warnings.push(`partial_unresolved: "${it.surface}" (chỉ có số, không xác định được ký hiệu)`);
  });
}
