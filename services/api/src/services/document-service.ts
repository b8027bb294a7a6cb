import { Readable } from 'node:stream';
import {
  documentRef,
  holderMatchesCitation,
  resolveCitations,
  type Analysis,
  type Citation,
  type DocumentRef,
  type XrefDocument,
} from '@vanban/analysis';
import { NotFoundError } from '@vanban/core';
import type { DocumentStorePort, IndexedDocument, SearchIndexPort } from '../ports.ts';
import { toXref } from './to-xref.ts';

export type ResolvedCitation = Citation &
  ({ resolved: { documentId: string } } | { act: { key: string } });

export interface DocumentView {
  id: string;
  fileNames: string[];
  mime: string | null;
  title: string | null;
  docType: string | null;
  ownNumber: string | null;
  issuer: string | null;
  date: string | null;
  year: number | null;
  /** the normalised stored text; citation `start`/`end` are offsets into it */
  text: string;
  analysis: Analysis;
  citations: ResolvedCitation[];
  /** documents that cite this one (by its own number, when year and issuer agree) */
  citedBy: DocumentRef[];
  /** pages (1-based) whose text came from OCR; empty when the record is not on disk */
  ocrPages: number[];
  /** what extraction repaired or could not decide (legacy encoding decoded, OCR used ...) */
  extractionWarnings: string[];
}

export interface OriginalDownload {
  fileName: string;
  mime: string;
  size?: number;
  body: ReadableStream<Uint8Array>;
}

export interface DocumentService {
  getDocument(id: string): Promise<DocumentView>;
  getOriginal(id: string): Promise<OriginalDownload>;
}

const DOCUMENT_ID = /^[0-9a-f]{24}$/;

function analysisFromIndex(doc: IndexedDocument): Analysis {
  return {
    docType: doc.docType,
    ownNumber: doc.ownNumber,
    issuer: doc.issuer,
    locality: doc.locality ?? null,
    date: doc.date,
    year: doc.year,
    title: doc.title,
    signer: null,
    recipients: [],
    citations: doc.citations,
    unnumberedRefs: [],
    units: [],
    localities: [],
    dates: [],
    warnings: [],
  };
}

export function createDocumentService(deps: {
  search: SearchIndexPort;
  store: DocumentStorePort;
}): DocumentService {
  const notFound = (id: string) => new NotFoundError(`Không tìm thấy văn bản ${id}.`);

  async function load(id: string) {
    if (!DOCUMENT_ID.test(id)) throw notFound(id);
    const [indexed, derived] = await Promise.all([
      deps.search.getDocument(id),
      deps.store.getDerived(id),
    ]);
    if (!indexed && !derived) throw notFound(id);
    return { indexed, derived };
  }

  async function citedBy(self: XrefDocument): Promise<DocumentRef[]> {
    if (!self.ownNumber) return [];
    const key = self.ownNumber;
    const citing = await deps.search.citingDocuments(key);
    return citing
      .filter((d) => d.id !== self.id)
      .map(toXref)
      .filter((d) => d.citations.some((c) => c.key === key && holderMatchesCitation(self, c)))
      .map(documentRef);
  }

  return {
    async getDocument(id) {
      const { indexed, derived } = await load(id);
      const analysis = derived?.analysis ?? analysisFromIndex(indexed as IndexedDocument);
      const self: XrefDocument = {
        id,
        title: analysis.title,
        docType: analysis.docType,
        ownNumber: analysis.ownNumber,
        issuer: analysis.issuer,
        date: analysis.date,
        year: analysis.year,
        citations: analysis.citations,
      };
      const keys = [...new Set(analysis.citations.map((c) => c.key))];
      const holderLists = await Promise.all(keys.map((k) => deps.search.documentsByOwnKey(k)));
      const holders = new Map(keys.map((k, i) => [k, (holderLists[i] ?? []).map(toXref)] as const));
      return {
        id,
        fileNames: derived?.names ?? indexed?.fileNames ?? [],
        mime: derived?.mime ?? null,
        title: analysis.title,
        docType: analysis.docType,
        ownNumber: analysis.ownNumber,
        issuer: analysis.issuer,
        date: analysis.date,
        year: analysis.year,
        text: derived?.text ?? indexed?.text ?? '',
        analysis,
        citations: resolveCitations(analysis.citations, holders, id),
        citedBy: await citedBy(self),
        ocrPages: derived?.ocrPages ?? [],
        extractionWarnings: derived?.warnings ?? [],
      };
    },

    async getOriginal(id) {
      if (!DOCUMENT_ID.test(id)) throw notFound(id);
      const derived = await deps.store.getDerived(id);
      if (!derived) throw notFound(id);
      const original = await deps.store.openOriginal(derived.sha256);
      if (!original) throw notFound(id);
      const download: OriginalDownload = {
        fileName: derived.names[0] ?? `${id}`,
        mime: derived.mime || 'application/octet-stream',
        body: Readable.toWeb(original.stream) as ReadableStream<Uint8Array>,
      };
      if (original.size !== undefined) download.size = original.size;
      return download;
    },
  };
}
