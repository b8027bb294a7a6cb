export { findCitations, findCitationsFolded, parseReference } from './find-citations.ts';
export type { CitationResult, FindOptions } from './find-citations.ts';
export { canonicalKey, canonicalSymbol, pad2 } from './key.ts';
export type { KeyParts } from './key.ts';
export { parseCitationQuery } from './query.ts';
export type { CitationQuery, CitationCandidate } from './query.ts';
export { matchSymbolAt } from './grammar.ts';
export type { SymbolMatch, SymbolForm } from './grammar.ts';
