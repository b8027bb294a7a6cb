import { documentYear } from './compatibility.ts';
import { collapse } from './text.ts';
import type {
  ActConflict,
  ActVariant,
  DocumentRef,
  XrefCitation,
  XrefDocument,
  YearGroup,
} from './types.ts';

export function documentRef(doc: XrefDocument): DocumentRef {
  return {
    documentId: doc.id,
    title: doc.title,
    docType: doc.docType,
    year: documentYear(doc),
    date: doc.date,
  };
}

function occurrencesOf(key: string, doc: XrefDocument): XrefCitation[] {
  return doc.citations.filter((c) => c.key === key);
}

/**
 * The distinct (date, issuer, subject) with which `key` is cited across `docs`, each with the
 * documents behind it, in first-seen order. Bare mentions (no date, issuer or subject) add no variant.
 */
export function collectVariants(key: string, docs: readonly XrefDocument[]): ActVariant[] {
  const variants = new Map<string, ActVariant>();
  for (const doc of docs) {
    for (const c of occurrencesOf(key, doc)) {
      const date = c.date ?? null;
      const issuer = c.issuer ? collapse(c.issuer) : null;
      const subject = c.subject ? collapse(c.subject) : null;
      if (date === null && issuer === null && subject === null) continue;
      const id = JSON.stringify([date, issuer, subject]);
      let variant = variants.get(id);
      if (!variant) {
        variant = { date, issuer, subject, documents: [] };
        variants.set(id, variant);
      }
      const entry = variant.documents.find((d) => d.documentId === doc.id);
      if (entry) entry.occurrences += 1;
      else variant.documents.push({ documentId: doc.id, occurrences: 1 });
    }
  }
  return [...variants.values()];
}

/**
 * Disagreements between citations of one key. Today: different dates (seed 000 dates 102-KH/TU
 * 2019-07-10, seed 001 dates it 2018-10-22). Each value lists the documents that give it.
 */
export function findConflicts(key: string, docs: readonly XrefDocument[]): ActConflict[] {
  const byDate = new Map<string, Set<string>>();
  for (const doc of docs) {
    for (const c of occurrencesOf(key, doc)) {
      if (!c.date) continue;
      let ids = byDate.get(c.date);
      if (!ids) byDate.set(c.date, (ids = new Set()));
      ids.add(doc.id);
    }
  }
  if (byDate.size < 2) return [];
  const values = [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([value, ids]) => ({ value, documentIds: [...ids] }));
  return [
    {
      field: 'date',
      message: `Các văn bản ghi ngày ban hành khác nhau cho ${key}: ${values.map((v) => v.value).join(', ')}.`,
      values,
    },
  ];
}

/** Citing documents grouped by year, newest year first, documents without a year last. */
export function groupByYear(docs: readonly XrefDocument[]): YearGroup[] {
  const groups = new Map<number | null, DocumentRef[]>();
  for (const doc of docs) {
    const ref = documentRef(doc);
    const list = groups.get(ref.year) ?? [];
    list.push(ref);
    groups.set(ref.year, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b - a))
    .map(([year, documents]) => ({
      year,
      documents: documents.sort(
        (x, y) =>
          (y.date ?? '').localeCompare(x.date ?? '') || x.documentId.localeCompare(y.documentId),
      ),
    }));
}

/** Distinct non-null values in first-seen order. */
export function distinct<T>(values: ReadonlyArray<T | null | undefined>): T[] {
  const out: T[] = [];
  for (const v of values) if (v !== null && v !== undefined && !out.includes(v)) out.push(v);
  return out;
}
