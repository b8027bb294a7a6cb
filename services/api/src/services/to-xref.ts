import type { XrefDocument } from '@vanban/analysis';
import type { XrefIndexedDocument } from '../ports.ts';

/** The index record as the pure cross-reference logic reads it. */
export function toXref(doc: XrefIndexedDocument): XrefDocument {
  return {
    id: doc.id,
    title: doc.title ?? null,
    docType: doc.docType ?? null,
    ownNumber: doc.ownNumber ?? null,
    issuer: doc.issuer ?? null,
    date: doc.date ?? null,
    year: doc.year ?? null,
    citations: doc.citations ?? [],
  };
}
