export { createSearchIndex, ACT_LIST_LIMIT } from './client.ts';
export type {
  SearchIndex,
  SearchIndexOptions,
  SearchHit,
  SearchResult,
  SearchOptions,
  StoredDocument,
  ListedDocument,
  XrefListedDocument,
  ActDocuments,
  Paging,
} from './client.ts';
export {
  toIndexRecord,
  type DerivedDocument,
  type IndexRecord,
  type IndexedCitation,
} from './mapping.ts';
export {
  buildSearchRequest,
  buildFilters,
  interpretQuery,
  resolveActKeys,
  MAX_RESULT_DEPTH,
  type SearchParams,
  type QueryAct,
} from './query.ts';
export { escapeFilterValue, escapeHtml } from './escape.ts';
export { documentsIndexSettings, documentsIndexUid } from './settings.ts';
export { SearchTaskFailedError } from './errors.ts';
export { telexWord, telexOfDiacriticWords } from './telex.ts';
export { makeSnippet } from './snippet.ts';
