import type { SearchIndexPort, SearchParams, SearchResult } from '../ports.ts';
import type { ActBrief, ActService } from './act-service.ts';

export interface SearchResponse extends SearchResult {
  /** present when the query names an act the archive knows (cited or held) */
  act?: ActBrief;
}

export interface SearchService {
  search(params: SearchParams): Promise<SearchResponse>;
}

/**
 * Search as design.md describes it. Query understanding, filters and escaping live in
 * @vanban/search; this layer adds the act summary when the query names exactly one act.
 */
export function createSearchService(deps: {
  search: SearchIndexPort;
  acts: ActService;
}): SearchService {
  return {
    async search(params) {
      // the index reads the act's documents with the hits when it knows the act beforehand
      const { actDocuments, ...result } = await deps.search.search(params, {
        withActDocuments: true,
      });
      const keys = result.interpretation.citations;
      const key =
        keys.length === 1 ? keys[0] : params.cites && keys.length === 0 ? params.cites : undefined;
      if (!key) return result;
      const act =
        actDocuments?.key === key
          ? deps.acts.briefOf(key, actDocuments)
          : await deps.acts.brief(key);
      return act ? { ...result, act } : result;
    },
  };
}
