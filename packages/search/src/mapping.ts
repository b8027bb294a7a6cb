/** Pure mapping from a derived document record to the Meilisearch record (code-style §4.8). */
import type { Analysis, Citation, Signer } from '@vanban/analysis';
import { actTokenOfKey } from './act-tokens.ts';
import { telexOfDiacriticWords } from './telex.ts';

/** The derived record (storage contract), as far as indexing reads it. */
export interface DerivedDocument {
  id: string;
  sha256: string;
  names: string[];
  mime: string;
  text: string;
  analysis: Analysis;
  ocrPages?: number[];
  warnings?: string[];
  uploadedAt?: string;
}

/** A citation as stored in the index (everything the API shows and links). */
export type IndexedCitation = Pick<
  Citation,
  | 'key'
  | 'type'
  | 'number'
  | 'symbol'
  | 'yearInNumber'
  | 'date'
  | 'issuer'
  | 'subject'
  | 'relation'
  | 'start'
  | 'end'
  | 'surface'
> & { partial?: boolean };

export interface IndexRecord {
  id: string;
  sha256: string;
  title: string | null;
  docType: string | null;
  /** the document's own number as a canonical key (display) */
  ownNumber: string | null;
  /** same, filterable: "the archive holds act X" is `ownKey = X` */
  ownKey: string | null;
  /** `NQ:35` style token of the own key (see act-tokens.ts) */
  ownAct: string | null;
  issuer: string | null;
  locality: string | null;
  date: string | null;
  year: number | null;
  text: string;
  /** unique canonical keys of complete (non-partial) citations: "what cites X" is a filter */
  citedKeys: string[];
  /** `NQ:35` tokens of citedKeys, for `NQ 35` queries */
  citedActs: string[];
  /** unique citation surfaces as written (searchable) */
  citationSurfaces: string[];
  citations: IndexedCitation[];
  fileNames: string[];
  signer: Signer | null;
  units: string[];
  localities: string[];
  warnings: string[];
  ocr: boolean;
  uploadedAt: string | null;
  /** Telex spelling of the diacritic words of title + issuer + text (hidden; exact-diacritic ranking) */
  exact: string;
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

export function toIndexRecord(doc: DerivedDocument): IndexRecord {
  const a = doc.analysis;
  const complete = a.citations.filter((c) => c.partial !== true);
  const citedKeys = unique(complete.map((c) => c.key).filter((k) => k.length > 0));
  const citedActs = unique(citedKeys.map(actTokenOfKey).filter((t): t is string => t !== null));
  const ownKey = a.ownNumber && a.ownNumber.length > 0 ? a.ownNumber : null;
  const title = a.title ?? null;
  return {
    id: doc.id,
    sha256: doc.sha256,
    title,
    docType: a.docType,
    ownNumber: ownKey,
    ownKey,
    ownAct: ownKey === null ? null : actTokenOfKey(ownKey),
    issuer: a.issuer,
    locality: a.locality,
    date: a.date,
    year: a.year,
    text: doc.text,
    citedKeys,
    citedActs,
    citationSurfaces: unique(a.citations.map((c) => c.surface.replace(/\s+/g, ' ').trim())),
    citations: a.citations.map((c) => {
      const out: IndexedCitation = {
        key: c.key,
        type: c.type,
        number: c.number,
        symbol: c.symbol,
        yearInNumber: c.yearInNumber,
        date: c.date,
        issuer: c.issuer,
        subject: c.subject,
        relation: c.relation,
        start: c.start,
        end: c.end,
        surface: c.surface,
      };
      if (c.partial === true) out.partial = true;
      return out;
    }),
    fileNames: [...doc.names],
    signer: a.signer,
    units: [...a.units],
    localities: [...a.localities],
    warnings: unique([...(doc.warnings ?? []), ...a.warnings]),
    ocr: (doc.ocrPages ?? []).length > 0,
    uploadedAt: doc.uploadedAt ?? null,
    exact: telexOfDiacriticWords(`${title ?? ''} ${a.issuer ?? ''} ${doc.text}`),
  };
}
