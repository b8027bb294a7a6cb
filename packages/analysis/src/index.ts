export * from './types.ts';
export { analyze } from './analyze.ts';
export * from './xref/index.ts';
export {
  findCitations,
  parseReference,
  canonicalKey,
  canonicalSymbol,
  parseCitationQuery,
  type CitationResult,
  type CitationQuery,
  type CitationCandidate,
  type KeyParts,
} from './citations/index.ts';
export { findDates } from './dates/index.ts';
export {
  foldText,
  toOriginalSpan,
  originalSlice,
  collapseWhitespace,
  stripMarkers,
  foldDiacritics,
  foldSymbolChars,
  type FoldedText,
} from './text/index.ts';
