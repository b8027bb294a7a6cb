import type { Analysis } from './types.ts';
import { extractIdentity } from './identity/index.ts';
import { findLocalities, findUnits, findUnnumberedRefs } from './entities/index.ts';
import { foldText } from './text/fold.ts';
import { findCitationsFolded } from './citations/index.ts';
import { datesToMentions, findDatesFolded } from './dates/index.ts';

export interface AnalyzeOptions {
  /** warnings produced upstream (extraction: OCR used, legacy encoding decoded) to carry through */
  warnings?: readonly string[];
}

/** Text in, analysis out. Pure: no I/O, no clock, no env. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const normalized = text.normalize('NFC');
  const identity = extractIdentity(normalized);
  // citations and dates: parsed on a folded copy, offsets into the stored `text`
  const folded = foldText(text);
  const cited = findCitationsFolded(folded);
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
    citations: cited.citations,
    unnumberedRefs: findUnnumberedRefs(normalized),
    units: findUnits(normalized),
    localities: findLocalities(normalized),
    dates: datesToMentions(folded, findDatesFolded(folded)),
    warnings: [...(options.warnings ?? []), ...identity.warnings, ...cited.warnings],
  };
}
