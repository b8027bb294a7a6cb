/**
 * Index settings as code (code-style §4.8). Applied by `ensureIndex()` at API and worker start;
 * never configured by hand.
 */
import type { Settings } from 'meilisearch';

export function documentsIndexUid(prefix: string): string {
  return `${prefix}-documents`;
}

/** Fields of a hit the API lists; the stored text is fetched only through getDocument. */
export const HIT_ATTRIBUTES = [
  'id',
  'title',
  'docType',
  'ownNumber',
  'issuer',
  'date',
  'year',
  'fileNames',
] as const;

export const FACET_ATTRIBUTES = ['year', 'docType', 'issuer'] as const;

export const documentsIndexSettings: Settings = {
  // Order = attribute rank: identity and citation fields first (short, precise), the body text
  // after, the hidden Telex field last (it only breaks ties on exact diacritics).
  searchableAttributes: [
    'title',
    'ownNumber',
    'citedKeys',
    'citationSurfaces',
    'issuer',
    'text',
    'units',
    'localities',
    'fileNames',
    'exact',
  ],
  displayedAttributes: [
    'id',
    'sha256',
    'title',
    'docType',
    'ownNumber',
    'ownKey',
    'issuer',
    'locality',
    'date',
    'year',
    'text',
    'citedKeys',
    'citations',
    'fileNames',
    'signer',
    'units',
    'localities',
    'warnings',
    'ocr',
    'uploadedAt',
  ],
  filterableAttributes: [
    'year',
    'docType',
    'issuer',
    'citedKeys',
    'citedActs',
    'ownKey',
    'ownAct',
    'date',
    'locality',
  ],
  sortableAttributes: ['date', 'year'],
  // Meilisearch's default puts `sort` after words/typo/proximity/attribute, so a date-sorted
  // search with words was not newest first. First here, it orders only searches that ask for a
  // sort (sort=date, or a bare act query); without one it does nothing and relevance is as before.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
  // Meilisearch caps `totalHits` (and how deep a page can go) at maxTotalHits: a search matching
  // 56 944 documents answered 10 000. Totals are exact up to this many documents; how deep a
  // page goes is bounded by MAX_RESULT_DEPTH in query.ts instead. Measured on the 100 000-
  // document bench index: the same Meilisearch CPU per search at 10 000 and 1 000 000.
  pagination: { maxTotalHits: 10_000_000 },
  typoTolerance: {
    enabled: true,
    // `238` must never match `283`; keys and Telex spellings are exact by nature
    disableOnNumbers: true,
    disableOnAttributes: ['ownNumber', 'citedKeys', 'citationSurfaces', 'exact'],
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
  },
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['vie'] }],
  // we never search facet values (act keys are resolved from facet distributions): skip building
  // the facet-search structures at indexing time
  facetSearch: false,
};
