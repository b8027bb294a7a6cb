/**
 * The whole search lives in the URL (`/tim-kiem?q=...&year=...&type=...&issuer=...&sort=date&page=2`),
 * so every result page can be shared and bookmarked. This module parses such a URL leniently
 * (bad values are ignored, never an error page) and builds the links that change one part.
 */
export interface UiSearchQuery {
  q: string;
  year?: number;
  type?: string;
  issuer?: string;
  cites?: string;
  sort: 'relevance' | 'date';
  page: number;
}

export const PAGE_SIZE = 20;
const MAX_Q = 500;
const MAX_FILTER = 300;

function clean(value: string | undefined, max: number): string | undefined {
  const v = value?.normalize('NFC').trim();
  return v ? v.slice(0, max) : undefined;
}

export function parseSearchQuery(params: URLSearchParams): UiSearchQuery {
  const query: UiSearchQuery = {
    q: clean(params.get('q') ?? undefined, MAX_Q) ?? '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: 1,
  };
  const year = Number(params.get('year'));
  if (Number.isInteger(year) && year >= 1900 && year <= 2200) query.year = year;
  const type = clean(params.get('type') ?? undefined, MAX_FILTER);
  if (type) query.type = type;
  const issuer = clean(params.get('issuer') ?? undefined, MAX_FILTER);
  if (issuer) query.issuer = issuer;
  const cites = clean(params.get('cites') ?? undefined, MAX_FILTER);
  if (cites) query.cites = cites;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page >= 1 && page <= 1000) query.page = page;
  return query;
}

export type SearchQueryChange = Partial<{
  [K in keyof UiSearchQuery]: UiSearchQuery[K] | undefined;
}>;

/** The URL of `query` with `change` applied; any change but paging goes back to page 1. */
export function searchHref(query: UiSearchQuery, change: SearchQueryChange = {}): string {
  const next: SearchQueryChange = { ...query, ...change };
  if (!('page' in change)) next.page = 1;
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.year !== undefined) params.set('year', String(next.year));
  if (next.type) params.set('type', next.type);
  if (next.issuer) params.set('issuer', next.issuer);
  if (next.cites) params.set('cites', next.cites);
  if (next.sort === 'date') params.set('sort', 'date');
  if (next.page !== undefined && next.page > 1) params.set('page', String(next.page));
  const text = params.toString();
  return text ? `/tim-kiem?${text}` : '/tim-kiem';
}

export function hasActiveFilters(query: UiSearchQuery): boolean {
  return query.year !== undefined || !!query.type || !!query.issuer || !!query.cites;
}
