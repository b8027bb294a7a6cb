import type { Citation } from '../types.ts';

/** The citation fields the cross-reference logic reads (index records store whole citations). */
export type XrefCitation = Pick<
  Citation,
  'key' | 'surface' | 'start' | 'type' | 'date' | 'issuer' | 'subject' | 'relation' | 'yearInNumber'
> & { end?: number };

/** One archive document as the cross-reference logic sees it. */
export interface XrefDocument {
  id: string;
  title: string | null;
  docType: string | null;
  /** canonical key of the document's own number (`131-KH/HU`), when known */
  ownNumber: string | null;
  issuer: string | null;
  date: string | null;
  year: number | null;
  citations: readonly XrefCitation[];
}

export interface DocumentRef {
  documentId: string;
  title: string | null;
  docType: string | null;
  year: number | null;
  date: string | null;
}

/** One distinct (date, issuer, subject) as the act is cited, with the documents that cite it so. */
export interface ActVariant {
  date: string | null;
  issuer: string | null;
  subject: string | null;
  documents: Array<{ documentId: string; occurrences: number }>;
}

/** Citations of one key that disagree; both sides are kept, never merged. */
export interface ActConflict {
  field: 'date';
  message: string;
  values: Array<{ value: string; documentIds: string[] }>;
}

export interface YearGroup {
  year: number | null;
  documents: DocumentRef[];
}

/** A link read from one document: `from` implements / reports on / is based on act `toKey`. */
export type EdgeRelation = 'implements' | 'reports_on' | 'basis';
export type NodeRef = { kind: 'act'; key: string } | { kind: 'document'; documentId: string };

export interface ActEdge {
  from: NodeRef;
  toKey: string;
  relation: EdgeRelation;
  /** the document in which the link was read */
  evidence: string;
}

export interface ChainNode {
  node:
    | { kind: 'act'; key: string; archiveDocumentIds: string[] }
    | ({ kind: 'document' } & DocumentRef);
  relations: EdgeRelation[];
  /** documents in which the link was read */
  evidence: string[];
  children: ChainNode[];
  /** true when the depth bound stopped the walk here, or the node closes a cycle */
  truncated?: boolean;
}

export interface ActChain {
  /** what the act implements (up the hierarchy), recursively */
  implements: ChainNode[];
  /** what implements or reports on the act (down the hierarchy), recursively */
  implementedBy: ChainNode[];
}
