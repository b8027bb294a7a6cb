import { holderMatchesCitation, resolveCitation } from './compatibility.ts';
import { collectVariants, distinct, findConflicts, groupByYear } from './variants.ts';
import type { ActConflict, ActVariant, XrefDocument, YearGroup } from './types.ts';

export interface ActSummary {
  key: string;
  /** the act's type as cited (`Nghị quyết`), most frequent first */
  types: string[];
  dates: string[];
  issuers: string[];
  subjects: string[];
  variants: ActVariant[];
  conflicts: ActConflict[];
  /**
   * documents whose own number is the key and whose year and issuer agree with at least one
   * citation (the archive copy or copies); all holders when nothing cites the key
   */
  archiveDocumentIds: string[];
  /** documents with the same number that contradict every citation: other acts (numbering restarts) */
  sameNumberDocumentIds: string[];
  citingByYear: YearGroup[];
  citingCountByYear: Array<{ year: number | null; count: number }>;
  citingCount: number;
}

/**
 * Everything the archive says about act `key`: `citing` are documents that cite it, `holders`
 * documents whose own number is the key. Pure: the caller fetched both from the index.
 */
export function summarizeAct(
  key: string,
  citing: readonly XrefDocument[],
  holders: readonly XrefDocument[],
): ActSummary {
  const citingDocs = citing.filter(
    (d) => d.citations.some((c) => c.key === key) && d.ownNumber !== key,
  );
  const occurrences = citingDocs.flatMap((d) => d.citations.filter((c) => c.key === key));
  const typeCounts = new Map<string, number>();
  for (const c of occurrences)
    if (c.type) typeCounts.set(c.type, (typeCounts.get(c.type) ?? 0) + 1);
  const variants = collectVariants(key, citingDocs);
  const byYear = groupByYear(citingDocs);
  const held = holders.filter((h) => h.ownNumber === key);
  const matchesCitations = (h: XrefDocument): boolean =>
    occurrences.length === 0 || occurrences.some((c) => holderMatchesCitation(h, c));
  return {
    key,
    types: [...typeCounts.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t),
    dates: distinct(occurrences.map((c) => c.date)).sort(),
    issuers: distinct(variants.map((v) => v.issuer)),
    subjects: distinct(variants.map((v) => v.subject)),
    variants,
    conflicts: findConflicts(key, citingDocs),
    archiveDocumentIds: held.filter((h) => matchesCitations(h)).map((h) => h.id),
    sameNumberDocumentIds: held.filter((h) => !matchesCitations(h)).map((h) => h.id),
    citingByYear: byYear,
    citingCountByYear: byYear.map((g) => ({ year: g.year, count: g.documents.length })),
    citingCount: citingDocs.length,
  };
}

/** Each citation of `doc` resolved against the archive copies of the keys it cites. */
export function resolveCitations<C extends XrefDocument['citations'][number]>(
  citations: readonly C[],
  holdersByKey: ReadonlyMap<string, readonly XrefDocument[]>,
  selfId: string,
): Array<C & ({ resolved: { documentId: string } } | { act: { key: string } })> {
  return citations.map((c) => {
    const holders = (holdersByKey.get(c.key) ?? []).filter((h) => h.id !== selfId);
    const documentId = resolveCitation(c, holders);
    return documentId ? { ...c, resolved: { documentId } } : { ...c, act: { key: c.key } };
  });
}
