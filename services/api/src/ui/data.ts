/**
 * Maps the read-side services (the same ones behind GET /api/search, /api/documents/:id and
 * /api/acts/:key) onto the view models the pages render.
 */
import type { ActVariant, ChainNode, DocumentRef } from '@vanban/analysis';
import { isAppError } from '@vanban/core';
import type { ActBrief, ActService } from '../services/act-service.ts';
import type { DocumentService } from '../services/document-service.ts';
import type { SearchService } from '../services/search-service.ts';
import type { UiData } from './deps.ts';
import { PAGE_SIZE } from './lib/search-query.ts';
import type {
  ActChainNode,
  ActSummaryView,
  ActVariantView,
  DocumentRefView,
  FacetCount,
  SearchResultView,
} from './types.ts';

export interface UiServices {
  search: SearchService;
  documents: DocumentService;
  acts: ActService;
}

function facetList(counts: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(counts ?? {})
    .filter(([value, count]) => value !== '' && count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'vi'));
}

function actSummary(brief: ActBrief): ActSummaryView {
  return {
    key: brief.key,
    type: brief.type,
    dates: brief.dates,
    issuers: brief.issuers,
    subjects: brief.subjects,
    citedByYear: brief.citingCountByYear,
    citingCount: brief.citingCount,
    documentId: brief.archiveDocumentId,
    conflict: brief.conflicts.length > 0,
  };
}

function refView(ref: DocumentRef, extra: Partial<DocumentRefView> = {}): DocumentRefView {
  return {
    id: ref.documentId,
    title: ref.title,
    docType: ref.docType,
    ownNumber: null,
    issuer: null,
    date: ref.date,
    year: ref.year,
    ...extra,
  };
}

function chainView(nodes: ChainNode[]): ActChainNode[] {
  return nodes.map((n) => {
    const relation = n.relations[0] ?? null;
    if (n.node.kind === 'act') {
      return {
        key: n.node.key,
        label: n.node.key,
        documentId: n.node.archiveDocumentIds[0] ?? null,
        relation,
        children: chainView(n.children),
      };
    }
    const label =
      [n.node.docType, n.node.title].filter(Boolean).join(': ') || `Văn bản ${n.node.documentId}`;
    return {
      key: n.node.documentId,
      label: n.node.year ? `${label} (${n.node.year})` : label,
      documentId: n.node.documentId,
      relation,
      children: chainView(n.children),
    };
  });
}

/**
 * One entry per date the act is cited with (the field whose disagreement is a conflict), listing
 * every issuer spelling and subject given with that date and the documents behind them.
 */
export function groupVariantsByDate(
  variants: ActVariant[],
  refs: ReadonlyMap<string, DocumentRefView>,
): ActVariantView[] {
  const groups = new Map<string, ActVariantView>();
  for (const v of variants) {
    const id = v.date ?? '';
    let group = groups.get(id);
    if (!group) {
      group = { date: v.date, issuers: [], subjects: [], documents: [] };
      groups.set(id, group);
    }
    if (v.issuer && !group.issuers.includes(v.issuer)) group.issuers.push(v.issuer);
    if (v.subject && !group.subjects.includes(v.subject)) group.subjects.push(v.subject);
    for (const d of v.documents) {
      if (group.documents.some((g) => g.id === d.documentId)) continue;
      group.documents.push(
        refs.get(d.documentId) ??
          refView({ documentId: d.documentId, title: null, docType: null, year: null, date: null }),
      );
    }
  }
  // dated groups first, in date order; the undated one last
  return [...groups.values()].sort((a, b) =>
    a.date === b.date
      ? 0
      : a.date === null
        ? 1
        : b.date === null
          ? -1
          : a.date.localeCompare(b.date),
  );
}

/**
 * The extraction facts (OCR pages, legacy-encoding and other extraction warnings) when the
 * document service passes them on from the derived record; absent fields read as none.
 */
export function extractionFacts(doc: object): { ocrPages: number[]; warnings: string[] } {
  const fields = doc as { ocrPages?: unknown; extractionWarnings?: unknown };
  const numbers = Array.isArray(fields.ocrPages)
    ? fields.ocrPages.filter((n): n is number => typeof n === 'number')
    : [];
  const warnings = Array.isArray(fields.extractionWarnings)
    ? fields.extractionWarnings.filter((w): w is string => typeof w === 'string')
    : [];
  return { ocrPages: numbers, warnings };
}

const isMissing = (error: unknown): boolean =>
  isAppError(error) && (error.code === 'not_found' || error.code === 'validation_error');

export function createUiData(services: UiServices): UiData {
  return {
    async search(query): Promise<SearchResultView> {
      const result = await services.search.search({
        q: query.q || undefined,
        year: query.year,
        type: query.type,
        issuer: query.issuer,
        cites: query.cites,
        sort: query.sort,
        page: query.page,
        limit: PAGE_SIZE,
      });
      return {
        hits: result.hits.map((h) => ({ ...h, snippet: h.snippet || null })),
        total: result.total,
        facets: {
          year: facetList(result.facets.year),
          docType: facetList(result.facets.docType),
          issuer: facetList(result.facets.issuer),
        },
        interpretation: { citations: result.interpretation.citations },
        act: result.act ? actSummary(result.act) : null,
      };
    },

    async getDocument(id) {
      let doc;
      try {
        doc = await services.documents.getDocument(id);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      const a = doc.analysis;
      const extraction = extractionFacts(doc);
      return {
        id: doc.id,
        title: doc.title,
        docType: doc.docType,
        ownNumber: doc.ownNumber,
        issuer: doc.issuer,
        locality: a.locality,
        date: doc.date,
        year: doc.year,
        signer: a.signer,
        recipients: a.recipients,
        fileNames: doc.fileNames,
        mime: doc.mime,
        text: doc.text,
        citations: doc.citations.map((c) => ({
          start: c.start,
          end: c.end,
          surface: c.surface,
          key: c.key,
          type: c.type,
          date: c.date,
          issuer: c.issuer,
          relation: c.relation,
          documentId: 'resolved' in c ? c.resolved.documentId : null,
        })),
        citedBy: doc.citedBy.map((r) => refView(r)),
        ocrPages: extraction.ocrPages,
        warnings: [
          ...extraction.warnings,
          ...a.warnings.filter((w) => !extraction.warnings.includes(w)),
        ],
      };
    },

    async getAct(key) {
      let act;
      try {
        act = await services.acts.getAct(key);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      const refs = new Map<string, DocumentRefView>();
      for (const group of act.citingByYear) {
        for (const d of group.documents) refs.set(d.documentId, refView(d));
      }
      const held = act.archiveDocuments[0];
      return {
        key: act.key,
        type: act.types[0] ?? null,
        variants: groupVariantsByDate(act.variants, refs),
        conflicts: act.conflicts.map((c) => ({
          field: c.field,
          values: c.values.map((v) => v.value),
        })),
        document: held
          ? {
              id: held.documentId,
              title: held.title,
              docType: act.types[0] ?? null,
              ownNumber: act.key,
              issuer: held.issuer,
              date: held.date,
              year: null,
            }
          : null,
        citingByYear: act.citingByYear.map((g) => ({
          year: g.year,
          count: act.citingCountByYear.find((c) => c.year === g.year)?.count ?? g.documents.length,
          documents: g.documents.map((d) => refView(d)),
        })),
        citingCount: act.citingCount,
        implementsTree: chainView(act.chain.implements),
        implementedByTree: chainView(act.chain.implementedBy),
      };
    },
  };
}
