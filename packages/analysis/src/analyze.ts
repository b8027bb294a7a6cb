import type { Analysis } from './types.ts';
import { extractIdentity } from './identity/index.ts';
import { plainness } from './identity/text-utils.ts';
import {
  entityText,
  findLocalities,
  findLocalityMentions,
  findUnits,
  findUnnumberedRefs,
  type TextFacts,
} from './entities/index.ts';
import { foldText } from './text/fold.ts';
import { findCitationsFolded } from './citations/index.ts';
import { datesToMentions, findDatesFolded } from './dates/index.ts';

export interface AnalyzeOptions {
  /** warnings produced upstream (extraction: OCR used, legacy encoding decoded) to carry through */
  warnings?: readonly string[];
}

/** Text in, analysis out. Pure: no I/O, no clock, no env. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  // a plain or nearly plain text (the usual case) is NFC already: one pass instead of normalize()
  // (which copies the text) and the NFC checks of foldText and identity
  const kind = plainness(text);
  const normalized = kind === null ? text.normalize('NFC') : text;
  const nfc = normalized === text;
  // citations and dates: parsed on a folded copy, offsets into the stored `text`
  const folded = foldText(text, { nfc });
  const cited = findCitationsFolded(folded);
  const dates = datesToMentions(folded, findDatesFolded(folded));
  // what several analysers need, found once: the place mentions of the NFC text, and the dates when
  // the input is already NFC (then they are `findDates` of the text identity reads)
  const facts: TextFacts = {
    text: normalized,
    localityMentions: findLocalityMentions(normalized),
    entityText: entityText(normalized, kind),
    ...(nfc ? { dates, plainness: kind } : {}),
  };
  const identity = extractIdentity(normalized, facts);
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
    unnumberedRefs: findUnnumberedRefs(normalized, facts),
    units: findUnits(normalized, facts),
    localities: findLocalities(normalized, facts),
    dates,
    warnings: [...(options.warnings ?? []), ...identity.warnings, ...cited.warnings],
  };
}
