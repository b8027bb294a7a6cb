import type { Analysis } from './types.ts';

export interface AnalyzeOptions {
  /** warnings produced upstream (extraction: OCR used, legacy encoding decoded) to carry through */
  warnings?: readonly string[];
}

/** Text in, analysis out. Pure: no I/O, no clock, no env. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const normalized = text.normalize('NFC');
  void normalized;
  return {
    docType: null,
    ownNumber: null,
    issuer: null,
    locality: null,
    date: null,
    year: null,
    title: null,
    signer: null,
    recipients: [],
    citations: [],
    unnumberedRefs: [],
    units: [],
    localities: [],
    dates: [],
    warnings: [...(options.warnings ?? [])],
  };
}
