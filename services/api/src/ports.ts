import type { Readable } from 'node:stream';
import type { Analysis, Citation } from '@vanban/analysis';

/**
 * What the API needs from its collaborators, as small interfaces (code-style §4.3 "ports").
 * main.ts passes the real @vanban/search index and @vanban/storage stores; any object with these
 * methods works, so routes and services stay testable and independent of adapter internals.
 */

/** One search index record (team-notes "Contracts": @vanban/search), as far as the API reads it. */
export interface IndexedDocument {
  id: string;
  title: string | null;
  docType: string | null;
  ownNumber: string | null;
  issuer: string | null;
  locality?: string | null;
  date: string | null;
  year: number | null;
  text?: string;
  citedKeys: string[];
  citations: Citation[];
  fileNames?: string[];
}

/** An index record as far as the cross-reference logic reads it (act summaries, chains). */
export type XrefIndexedDocument = Pick<
  IndexedDocument,
  'id' | 'title' | 'docType' | 'ownNumber' | 'issuer' | 'date' | 'year' | 'citations'
>;

export interface SearchParams {
  q?: string | undefined;
  year?: number | undefined;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  type?: string | undefined;
  issuer?: string | undefined;
  cites?: string | undefined;
  sort?: 'relevance' | 'date' | undefined;
  page?: number | undefined;
  limit?: number | undefined;
}

export interface SearchHit {
  id: string;
  title: string | null;
  docType: string | null;
  ownNumber: string | null;
  issuer: string | null;
  date: string | null;
  year: number | null;
  snippet: string;
  /** every name the document's bytes were uploaded under (tells the PDF and DOCX copies apart) */
  fileNames?: string[];
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  facets: {
    year: Record<string, number>;
    docType: Record<string, number>;
    issuer: Record<string, number>;
  };
  interpretation: { citations: string[] };
}

/** An act's documents as the cross-reference logic reads them (actDocuments). */
export interface ActDocumentsAnswer {
  citing: XrefIndexedDocument[];
  holders: XrefIndexedDocument[];
  /** exact count of citing documents, also when `citing` holds only the newest of them */
  citingCount?: number;
  citingCountByYear?: Array<{ year: number | null; count: number }>;
}

export interface SearchIndexPort {
  /**
   * With `withActDocuments`, an index may answer the documents of the act the search is about in
   * the same request (`actDocuments`, @vanban/search SearchOptions); the API then asks nothing more.
   */
  search(
    params: SearchParams,
    options?: { withActDocuments?: boolean },
  ): Promise<SearchResult & { actDocuments?: ActDocumentsAnswer & { key: string } }>;
  getDocument(id: string): Promise<IndexedDocument | null>;
  /** documents whose citedKeys contain `key` */
  citingDocuments(key: string): Promise<IndexedDocument[]>;
  /** documents whose own number is `key` */
  documentsByOwnKey(key: string): Promise<IndexedDocument[]>;
  /**
   * Both lists of an act in one request with only the cross-reference fields (@vanban/search);
   * when absent, the act service asks citingDocuments and documentsByOwnKey.
   */
  actDocuments?(key: string): Promise<ActDocumentsAnswer>;
  /** resolves when Meilisearch answers its health check, rejects (or resolves false) otherwise */
  health(): Promise<unknown>;
}

/** The derived record of a document (storage contract), as far as the API reads it. */
export interface DerivedRecord {
  id: string;
  sha256: string;
  names: string[];
  mime: string;
  text: string;
  analysis: Analysis;
  ocrPages?: number[];
  warnings?: string[];
}

export interface OriginalFile {
  stream: Readable;
  size?: number;
}

export interface DocumentStorePort {
  getDerived(id: string): Promise<DerivedRecord | null>;
  /** the original bytes of a document, by its SHA-256 */
  openOriginal(sha256: string): Promise<OriginalFile | null>;
}
