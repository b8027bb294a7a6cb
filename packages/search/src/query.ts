/** Pure search-request building (code-style §4.8): filters, facets, highlight, paging. */
import { parseCitationQuery } from '@vanban/analysis';
import { actTokenOfKey, actTokensForTypeNumber } from './act-tokens.ts';
import { eq, inList } from './escape.ts';
import { FACET_ATTRIBUTES, HIT_ATTRIBUTES } from './settings.ts';
import { hasDiacritics, telexOfDiacriticWords } from './telex.ts';

export interface SearchParams {
  q?: string | undefined;
  year?: number | undefined;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  type?: string | undefined;
  issuer?: string | undefined;
  /** an act key; matched literally */
  cites?: string | undefined;
  sort?: 'relevance' | 'date' | undefined;
  /** 1-based */
  page?: number | undefined;
  limit?: number | undefined;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
/**
 * Hits are listed down to this position; a page that starts deeper answers the total and the
 * facets with no hits (Meilisearch ranks every document above the page it returns).
 */
export const MAX_RESULT_DEPTH = 10_000;

/** A citation recognised in the query text. */
export interface QueryAct {
  /** complete key (`35-NQ/TW`), or null for type + number only (`NQ 35`) */
  key: string | null;
  /** `NQ:35` tokens for type + number references */
  tokens: string[];
}

export interface InterpretedQuery {
  /** the query text without the recognised citations */
  text: string;
  acts: QueryAct[];
}

/** Splits a query into citations (precise filters) and remaining words. */
export function interpretQuery(q: string): InterpretedQuery {
  const trimmed = q.normalize('NFC').trim();
  if (trimmed.length === 0) return { text: '', acts: [] };
  const parsed = parseCitationQuery(trimmed);
  const acts: QueryAct[] = parsed.keys.map((key) => ({ key, tokens: [] }));
  for (const c of parsed.candidates) {
    if (c.symbol !== undefined || c.type === undefined) continue;
    const tokens = actTokensForTypeNumber(c.type, c.number);
    if (tokens.length === 0) continue;
    // `Nghị quyết 35-NQ/TW` yields both the key and a typed candidate: keep the key only
    const covered = acts.some((a) => a.key !== null && tokens.includes(actTokenOfKey(a.key) ?? ''));
    if (!covered && !acts.some((a) => a.key === null && a.tokens.join() === tokens.join())) {
      acts.push({ key: null, tokens });
    }
  }
  return { text: parsed.rest, acts };
}

function validYear(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

/** The filter expressions (ANDed) for the params and the recognised acts. */
export function buildFilters(params: SearchParams, acts: readonly QueryAct[]): string[] {
  const filters: string[] = [];
  const year = validYear(params.year);
  const from = validYear(params.yearFrom);
  const to = validYear(params.yearTo);
  if (year !== undefined) filters.push(`year = ${year}`);
  if (from !== undefined) filters.push(`year >= ${from}`);
  if (to !== undefined) filters.push(`year <= ${to}`);
  if (params.type !== undefined && params.type.length > 0) filters.push(eq('docType', params.type));
  if (params.issuer !== undefined && params.issuer.length > 0) {
    filters.push(eq('issuer', params.issuer));
  }
  if (params.cites !== undefined && params.cites.length > 0) {
    filters.push(eq('citedKeys', params.cites));
  }
  for (const act of acts) {
    if (act.key !== null) {
      filters.push(`(${eq('citedKeys', act.key)} OR ${eq('ownKey', act.key)})`);
    } else {
      filters.push(`(${inList('citedActs', act.tokens)} OR ${inList('ownAct', act.tokens)})`);
    }
  }
  return filters;
}

/**
 * The query words, and when they carry diacritics a second query with their Telex spelling
 * appended: documents that spell the words exactly match both and are ranked first (federated
 * search, see client.ts); every other document still matches the plain words. Both queries match
 * ALL their words, so totals and facets are the same with and without diacritics.
 */
export function queryWords(text: string): { q: string; exactQ: string | null } {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length === 0 || !hasDiacritics(words)) return { q: words, exactQ: null };
  return { q: words, exactQ: `${words} ${telexOfDiacriticWords(words)}` };
}

export interface MeiliSearchBody {
  q: string;
  filter: string[];
  facets: string[];
  attributesToRetrieve: string[];
  matchingStrategy: 'all';
  sort?: string[];
  page: number;
  hitsPerPage: number;
}

export interface BuiltSearch {
  body: MeiliSearchBody;
  /** the same search with the Telex words appended (exact-diacritic ranking), or null */
  exactQ: string | null;
  interpretation: InterpretedQuery;
}

export function clampPaging(params: SearchParams): { page: number; limit: number } {
  const page = params.page !== undefined && Number.isInteger(params.page) ? params.page : 1;
  const limit =
    params.limit !== undefined && Number.isInteger(params.limit) ? params.limit : DEFAULT_LIMIT;
  return {
    page: Math.max(1, Math.min(page, 10_000)),
    limit: Math.max(1, Math.min(limit, MAX_LIMIT)),
  };
}

function hasCites(params: SearchParams): boolean {
  return params.cites !== undefined && params.cites.length > 0;
}

export function buildSearchRequest(params: SearchParams): BuiltSearch {
  const interpretation = interpretQuery(params.q ?? '');
  const { q, exactQ } = queryWords(interpretation.text);
  const { page, limit } = clampPaging(params);
  const facets: string[] = [...FACET_ATTRIBUTES];
  // type + number references are resolved to the keys that exist via these facets
  if (interpretation.acts.some((a) => a.key === null)) facets.push('citedKeys', 'ownKey');
  const body: MeiliSearchBody = {
    q,
    filter: buildFilters(params, interpretation.acts),
    facets,
    // the text comes back for the snippet, which snippet.ts cuts and highlights (Meilisearch's own
    // crop + highlight tokenizes every hit's whole text: ~90 % of its time per search)
    attributesToRetrieve: [
      ...HIT_ATTRIBUTES,
      'text',
      // where the text cites the act, to mark it in the snippet
      ...(interpretation.acts.length > 0 || hasCites(params) ? ['citations'] : []),
    ],
    matchingStrategy: 'all',
    page,
    hitsPerPage: limit,
  };
  if ((page - 1) * limit >= MAX_RESULT_DEPTH) {
    // beyond the deepest listed hit: the total and the facets only, nothing ranked
    return { body: { ...body, page: 1, hitsPerPage: 0 }, exactQ: null, interpretation };
  }
  // newest first on request, and for a pure act query (no words to rank by)
  const byDate = params.sort === 'date' || (q.length === 0 && params.sort !== 'relevance');
  if (byDate) body.sort = ['date:desc', 'year:desc'];
  // a date order makes relevance (and so exactness) irrelevant
  return { body, exactQ: byDate ? null : exactQ, interpretation };
}

/** Keys (from a citedKeys/ownKey facet distribution) that a type + number reference names. */
export function resolveActKeys(acts: readonly QueryAct[], facetKeys: Iterable<string>): string[] {
  const out: string[] = [];
  for (const act of acts) {
    if (act.key !== null) {
      if (!out.includes(act.key)) out.push(act.key);
      continue;
    }
    for (const key of facetKeys) {
      const token = actTokenOfKey(key);
      if (token !== null && act.tokens.includes(token) && !out.includes(key)) out.push(key);
    }
  }
  return out;
}
