/**
 * What the pages render. These mirror the JSON of GET /api/search, /api/documents/:id and
 * /api/acts/:key (design.md "HTTP API"); ./data.ts maps the service layer onto them, so page code
 * does not change when a service adds fields.
 */
import type { Role } from '../auth/roles.ts';

export interface UiUser {
  name: string;
  role: Role;
}

export interface SearchHitView {
  id: string;
  title: string | null;
  docType: string | null;
  ownNumber: string | null;
  issuer: string | null;
  date: string | null;
  year: number | null;
  /** HTML-escaped text with `<mark>` highlights (re-checked by safeSnippetHtml before output) */
  snippet: string | null;
  fileNames?: string[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface ActSummaryView {
  key: string;
  type: string | null;
  dates: string[];
  issuers: string[];
  subjects: string[];
  /** number of citing documents per year */
  citedByYear: Array<{ year: number | null; count: number }>;
  citingCount: number;
  /** the archive copy, when held */
  documentId: string | null;
  conflict: boolean;
}

export interface SearchResultView {
  hits: SearchHitView[];
  total: number;
  facets: { year: FacetCount[]; docType: FacetCount[]; issuer: FacetCount[] };
  interpretation: { citations: string[] };
  act: ActSummaryView | null;
}

export interface DocumentCitationView {
  start: number;
  end: number;
  surface: string;
  key: string;
  type: string | null;
  date: string | null;
  issuer: string | null;
  relation: string;
  /** id of the archive copy when held */
  documentId: string | null;
}

export interface DocumentRefView {
  id: string;
  title: string | null;
  docType: string | null;
  ownNumber: string | null;
  issuer: string | null;
  date: string | null;
  year: number | null;
  relation?: string | null;
  fileNames?: string[];
}

export interface DocumentView {
  id: string;
  title: string | null;
  docType: string | null;
  ownNumber: string | null;
  issuer: string | null;
  locality: string | null;
  date: string | null;
  year: number | null;
  signer: { name: string | null; position: string | null; authority: string | null } | null;
  recipients: string[];
  fileNames: string[];
  mime: string | null;
  text: string;
  citations: DocumentCitationView[];
  citedBy: DocumentRefView[];
  ocrPages: number[];
  warnings: string[];
}

/** What the citing documents say about the act, grouped by the date they give it. */
export interface ActVariantView {
  date: string | null;
  /** distinct issuer spellings given with this date */
  issuers: string[];
  /** distinct subjects given with this date */
  subjects: string[];
  documents: DocumentRefView[];
}

export interface ActChainNode {
  key: string;
  label: string;
  documentId: string | null;
  relation: string | null;
  children: ActChainNode[];
}

export interface ActView {
  key: string;
  type: string | null;
  variants: ActVariantView[];
  conflicts: Array<{ field: string; values: string[] }>;
  document: DocumentRefView | null;
  /** the newest citing documents (at most 1 000), by year; `count` is every citing document of that year */
  citingByYear: Array<{ year: number | null; count: number; documents: DocumentRefView[] }>;
  /** every citing document in the archive (may exceed the documents listed) */
  citingCount: number;
  /** acts this one implements (up the hierarchy), as a tree */
  implementsTree: ActChainNode[];
  /** acts and documents implementing this one (down the hierarchy), as a tree */
  implementedByTree: ActChainNode[];
}
