import { describe, expect, it } from 'vitest';
import { parseSearchQuery, searchHref } from './search-query.ts';

describe('search URL', () => {
  it('parses leniently and ignores bad values', () => {
    const q = parseSearchQuery(
      new URLSearchParams('q=+nghi+quyet+35+&year=abc&page=-3&sort=weird'),
    );
    expect(q).toEqual({ q: 'nghi quyet 35', sort: 'relevance', page: 1 });
  });

  it('round-trips a whole search, and a facet change resets paging', () => {
    const q = parseSearchQuery(
      new URLSearchParams('q=NQ 35&year=2023&type=Báo cáo&issuer=UBND&sort=date&page=3'),
    );
    expect(parseSearchQuery(new URL(searchHref(q, { page: 3 }), 'http://x').searchParams)).toEqual(
      q,
    );
    const narrowed = new URL(searchHref(q, { year: 2021 }), 'http://x').searchParams;
    expect(narrowed.get('year')).toBe('2021');
    expect(narrowed.get('page')).toBeNull();
    expect(narrowed.get('type')).toBe('Báo cáo');
    expect(new URL(searchHref(q, { year: undefined }), 'http://x').searchParams.has('year')).toBe(
      false,
    );
  });
});
