import type { Analysis } from './types.ts';
import { extractIdentity } from './identity/index.ts';
import { findLocalities } from './entities/index.ts';

export interface AnalyzeOptions {
  /** warnings produced upstream (extraction: OCR used, legacy encoding decoded) to carry through */
  warnings?: readonly string[];
}

/** Text in, analysis out. Pure: no I/O, no clock, no env. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const normalized = text.normalize('NFC');
  const identity = extractIdentity(normalized);
  return {
    docType: identity.docType,
    ownNumber: identity.ownNumber,
    issuer: identity.issuer,
    locality: identity.locality,
    date: identity.date,
    year: identity.year,
    yearEvidence: identity.yearEvidence,
    title: identity.title,
    signer: identity.signer,
    recipients: identity.recipients,
    citations: [],
    unnumberedRefs: [],
    units: [],
    localities: findLocalities(normalized),
    dates: [],
    warnings: [...(options.warnings ?? []), ...identity.warnings],
  };
}
