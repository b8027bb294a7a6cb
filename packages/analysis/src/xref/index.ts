export * from './types.ts';
export {
  citedYear,
  documentYear,
  holderMatchesCitation,
  issuersCompatible,
  issuerTraits,
  resolveCitation,
} from './compatibility.ts';
export { collectVariants, documentRef, findConflicts, groupByYear } from './variants.ts';
export {
  adjacentKeys,
  buildChain,
  edgesOfDocument,
  enclosingCitation,
  type ChainOptions,
} from './graph.ts';
export { resolveCitations, summarizeAct, type ActSummary } from './act.ts';
export { actKeyCandidates } from './key-forms.ts';
