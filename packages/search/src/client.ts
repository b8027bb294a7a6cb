/** The thin Meilisearch adapter (code-style §4.8): every write awaits its task. */
import {
  Meilisearch,
  type EnqueuedTaskPromise,
  type MultiSearchParams,
  type Task,
} from 'meilisearch';
import { SearchUnavailableError } from '@vanban/core';
import { eq } from './escape.ts';
import { citationRanges, makeSnippet, type CitationSpan } from './snippet.ts';
import { apiErrorOf, toAppError, SearchTaskFailedError } from './errors.ts';
import { createMeilisearchHttpClient } from './http-client.ts';
import { toIndexRecord, type DerivedDocument, type IndexRecord } from './mapping.ts';
import { buildSearchRequest, resolveActKeys, type SearchParams } from './query.ts';
import { documentsIndexSettings, documentsIndexUid } from './settings.ts';

export interface SearchIndexOptions {
  url: string;
  apiKey?: string | undefined;
  /** index uid prefix: `${prefix}-documents` */
  prefix: string;
  /** per-request timeout (default 10 s) */
  timeoutMs?: number;
  /** how long to wait for a write task (default 120 s) */
  taskTimeoutMs?: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  docType: string | null;
  ownNumber: string | null;
  issuer: string | null;
  date: string | null;
  year: number | null;
  /** the names the document's file(s) were uploaded with (empty when unknown) */
  fileNames: string[];
  /** HTML: escaped document text with `<mark>` around matches */
  snippet: string;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  facets: {
    year: Record<string, number>;
    docType: Record<string, number>;
    issuer: Record<string, number>;
  };
  interpretation: { citations: string[] };
  /**
   * Only with `withActDocuments`: the documents of the act the search is about (actDocuments),
   * read in the same Meilisearch request, when that act is known before searching.
   */
  actDocuments?: ActDocuments & { key: string };
}

export interface SearchOptions {
  /**
   * Also read the act's documents (what `actDocuments(key)` returns) in the same request, when
   * the search is about one act known before searching: the query names exactly one complete key
   * (`35-NQ/TW`, `Nghị quyết số 35-NQ/TW`), or it names none and filters on `cites`. A type +
   * number query (`NQ 35`) is resolved from the answer's facets, so its act is not known before.
   */
  withActDocuments?: boolean;
}

/** A stored document as the API reads it (no hidden fields). */
export type StoredDocument = Omit<
  IndexRecord,
  'exact' | 'citedActs' | 'ownAct' | 'citationSurfaces'
>;
/** A document in a list (citing documents, holders of an act): everything but the text. */
export type ListedDocument = Omit<StoredDocument, 'text'>;
/** A document as the cross-reference logic reads it (act summaries, chains). */
export type XrefListedDocument = Pick<
  ListedDocument,
  'id' | 'title' | 'docType' | 'ownNumber' | 'issuer' | 'date' | 'year' | 'citations'
>;

/**
 * An act's documents: `citing` (newest first, at most ACT_LIST_LIMIT of them) and `holders`, with
 * the exact number of documents that cite the act (not counting one whose own number is the key)
 * and that number by year (`null`: documents without a year), however many there are.
 */
export interface ActDocuments {
  citing: XrefListedDocument[];
  holders: XrefListedDocument[];
  citingCount: number;
  citingCountByYear: Array<{ year: number | null; count: number }>;
}

/** Citing documents (and holders) an act summary reads at most; counts are exact beyond it. */
export const ACT_LIST_LIMIT = 1000;

export interface Paging {
  limit?: number;
  offset?: number;
}

export interface SearchIndex {
  readonly uid: string;
  /** creates the index if missing and applies the settings; awaits the tasks */
  ensureIndex(): Promise<void>;
  /** maps and upserts derived records; resolves once indexed */
  upsertDocuments(docs: readonly DerivedDocument[]): Promise<void>;
  /** one derived record (worker port) */
  upsert(doc: DerivedDocument): Promise<void>;
  deleteDocument(id: string): Promise<void>;
  getDocument(id: string): Promise<StoredDocument | null>;
  search(params: SearchParams, options?: SearchOptions): Promise<SearchResult>;
  /** documents whose citedKeys contain `key`, newest first */
  citingDocuments(key: string, paging?: Paging): Promise<ListedDocument[]>;
  /** documents whose own number is `key` */
  documentsByOwnKey(key: string): Promise<ListedDocument[]>;
  /**
   * Both lists of an act in one request, with only the fields the cross-reference logic reads
   * (no file names, units, localities, signer ...): what act summaries and chains need.
   */
  actDocuments(key: string): Promise<ActDocuments>;
  /** true when Meilisearch answers `available`; throws SearchUnavailableError otherwise */
  health(): Promise<true>;
  /** deletes the index (tests, reindex from scratch) */
  deleteIndex(): Promise<void>;
}

const LIST_ATTRIBUTES = [
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
  'citedKeys',
  'citations',
  'fileNames',
  'signer',
  'units',
  'localities',
  'warnings',
  'ocr',
  'uploadedAt',
];

/** What `actDocuments` reads of each document (see XrefListedDocument). */
const XREF_ATTRIBUTES = [
  'id',
  'title',
  'docType',
  'ownNumber',
  'issuer',
  'date',
  'year',
  'citations',
];

/** The exhaustive hit count of a page-based search (estimated for offset/limit searches). */
function totalOf(result: {
  hits: unknown[];
  totalHits?: number;
  estimatedTotalHits?: number;
}): number {
  return result.totalHits ?? result.estimatedTotalHits ?? result.hits.length;
}

/** A year facet as counts newest year first, documents without a year (the rest of `total`) last. */
function yearCounts(
  distribution: Record<string, number> | undefined,
  total: number,
): Array<{ year: number | null; count: number }> {
  const out = Object.entries(distribution ?? {})
    .map(([year, count]) => ({ year: Number(year), count }))
    .filter((c) => Number.isInteger(c.year) && c.count > 0)
    .sort((a, b) => b.year - a.year);
  const withYear = out.reduce((n, c) => n + c.count, 0);
  const noYear: Array<{ year: number | null; count: number }> =
    total > withYear ? [{ year: null, count: total - withYear }] : [];
  return [...out, ...noYear];
}

function toCounts(distribution: Record<string, number> | undefined): Record<string, number> {
  return { ...(distribution ?? {}) };
}

/** The act a search is about when it is known before searching (see SearchOptions). */
function actKnownBefore(
  params: SearchParams,
  acts: ReadonlyArray<{ key: string | null }>,
): string | null {
  if (acts.length === 1) return acts[0]?.key ?? null;
  if (acts.length === 0 && params.cites !== undefined && params.cites.length > 0) {
    return params.cites;
  }
  return null;
}

/**
 * An act's documents in one search: every document that cites the act or holds its number, newest
 * first, with the exhaustive total and year facet. When all of them fit in one page (the usual
 * case) actDocumentsOfOne splits holders from citing documents; otherwise the two exact searches
 * of actDocumentQueries are needed.
 */
function actDocumentQuery(uid: string, key: string): MultiSearchParams['queries'][number] {
  return {
    indexUid: uid,
    q: '',
    filter: [`(${eq('citedKeys', key)} OR ${eq('ownKey', key)})`],
    attributesToRetrieve: [...XREF_ATTRIBUTES, 'ownKey'],
    // no sort: Meilisearch's date sort cost ~1 ms of its CPU even for a few documents; when the
    // page holds them all they are ordered here exactly as the sort would (newestFirst)
    page: 1,
    hitsPerPage: ACT_LIST_LIMIT,
    facets: ['year'],
  };
}

/** The two searches of an act's documents (citing ones with counts, holders): actDocuments. */
function actDocumentQueries(uid: string, key: string): MultiSearchParams['queries'] {
  const lists = { attributesToRetrieve: XREF_ATTRIBUTES, sort: ['date:desc', 'year:desc'] };
  return [
    {
      indexUid: uid,
      q: '',
      // a document whose own number is the key is the act itself, not a citing one
      filter: [eq('citedKeys', key), `NOT ${eq('ownKey', key)}`],
      ...lists,
      // page mode: the total and the year facet are exhaustive, not capped by the page
      page: 1,
      hitsPerPage: ACT_LIST_LIMIT,
      facets: ['year'],
    },
    {
      indexUid: uid,
      q: '',
      filter: [eq('ownKey', key)],
      ...lists,
      limit: ACT_LIST_LIMIT,
    },
  ];
}

interface ListAnswer {
  hits: unknown[];
  totalHits?: number;
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

function missingAnswer(): SearchUnavailableError {
  return new SearchUnavailableError('Máy tìm kiếm trả lời thiếu kết quả.');
}

/** ActDocuments from the answers to actDocumentQueries. */
function actDocumentsOf(
  citing: ListAnswer | undefined,
  holders: ListAnswer | undefined,
): ActDocuments {
  if (citing === undefined || holders === undefined) throw missingAnswer();
  // the page total is capped by pagination.maxTotalHits; facet counts are not
  const byYear = citing.facetDistribution?.['year'];
  const counted = Object.values(byYear ?? {}).reduce((n, c) => n + c, 0);
  const citingCount = Math.max(totalOf(citing), counted);
  return {
    citing: citing.hits as XrefListedDocument[],
    holders: holders.hits as XrefListedDocument[],
    citingCount,
    citingCountByYear: yearCounts(byYear, citingCount),
  };
}

/**
 * Meilisearch's `sort: ['date:desc', 'year:desc']` for a search without words: newest date first,
 * documents without a date after those with one, then the newest year; documents equal on both
 * keep their order (the index's own, which is also the sort's order for ties). Array#sort is stable.
 */
function newestFirst(a: XrefListedDocument, b: XrefListedDocument): number {
  const ad = a.date ?? null;
  const bd = b.date ?? null;
  if (ad !== bd) {
    if (ad === null) return 1;
    if (bd === null) return -1;
    return ad < bd ? 1 : -1;
  }
  const ay = a.year ?? null;
  const by = b.year ?? null;
  if (ay !== by) {
    if (ay === null) return 1;
    if (by === null) return -1;
    return by - ay;
  }
  return 0;
}

/**
 * ActDocuments from the answer to actDocumentQuery, or null when the act has more documents than
 * one page holds (then the newest citing ones and every holder are not all in it).
 */
function actDocumentsOfOne(key: string, answer: ListAnswer | undefined): ActDocuments | null {
  if (answer === undefined) throw missingAnswer();
  const total = totalOf(answer);
  if (total > answer.hits.length) return null;
  const citing: XrefListedDocument[] = [];
  const holders: XrefListedDocument[] = [];
  const byYear = { ...answer.facetDistribution?.['year'] };
  const hits = [...(answer.hits as Array<XrefListedDocument & { ownKey?: string | null }>)];
  for (const hit of hits.sort(newestFirst)) {
    const { ownKey, ...doc } = hit;
    if (ownKey === key) {
      holders.push(doc);
      // the year facet counts citing documents only
      const year = doc.year === null || doc.year === undefined ? undefined : String(doc.year);
      if (year !== undefined && byYear[year] !== undefined) {
        byYear[year] -= 1;
        if (byYear[year] === 0) delete byYear[year];
      }
    } else {
      citing.push(doc);
    }
  }
  return {
    citing,
    holders,
    citingCount: citing.length,
    citingCountByYear: yearCounts(byYear, citing.length),
  };
}

export function createSearchIndex(options: SearchIndexOptions): SearchIndex {
  const uid = documentsIndexUid(options.prefix);
  const client = new Meilisearch({
    host: options.url,
    ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
    timeout: options.timeoutMs ?? 10_000,
    // node:http with kept-alive sockets, asking for uncompressed answers (fetch asks for gzip;
    // Meilisearch then streams a compressed, chunked answer whose tail waits ~40 ms on a
    // kept-alive socket, Nagle × delayed ACK); see http-client.ts
    httpClient: createMeilisearchHttpClient(),
  });
  const index = client.index(uid);
  const taskTimeout = options.taskTimeoutMs ?? 120_000;

  async function run<T>(action: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toAppError(error, action);
    }
  }

  /**
   * Polls the task with a growing interval (10 ms → 500 ms) until it ends. meilisearch-js's own
   * `waitTask` polls at a fixed interval and leaks an abort listener per poll on long tasks.
   */
  async function awaitTask(action: string, enqueued: EnqueuedTaskPromise): Promise<Task> {
    const { taskUid } = await run(action, async () => await enqueued);
    const deadline = Date.now() + taskTimeout;
    let delay = 10;
    for (;;) {
      const task = await run(action, () => client.tasks.getTask(taskUid));
      if (task.status === 'succeeded') return task;
      if (task.status === 'failed' || task.status === 'canceled') {
        throw new SearchTaskFailedError(
          `Tác vụ Meilisearch thất bại (${action}): ${task.error?.message ?? task.status}`,
          { taskUid, status: task.status, error: task.error },
        );
      }
      if (Date.now() > deadline) {
        throw new SearchUnavailableError(
          `Máy tìm kiếm chưa xử lý xong tác vụ ${taskUid} (${action}) sau ${taskTimeout} ms.`,
          { context: { taskUid } },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 500);
    }
  }

  async function list(filter: string[], paging: Paging = {}): Promise<ListedDocument[]> {
    const result = await run('list', () =>
      index.search<ListedDocument>('', {
        filter,
        attributesToRetrieve: LIST_ATTRIBUTES,
        sort: ['date:desc', 'year:desc'],
        limit: paging.limit ?? 1000,
        offset: paging.offset ?? 0,
      }),
    );
    return result.hits.map((hit) => hit);
  }

  /** An act's documents by two exact searches (an act with more documents than one page). */
  async function exactActDocuments(key: string): Promise<ActDocuments> {
    const { results } = await run('list', () =>
      client.multiSearch<MultiSearchParams, XrefListedDocument>({
        queries: actDocumentQueries(uid, key),
      }),
    );
    return actDocumentsOf(results[0], results[1]);
  }

  /** The act's documents from actDocumentQuery's answer, or by the exact searches. */
  async function actDocumentsFrom(
    key: string,
    answer: ListAnswer | undefined,
  ): Promise<ActDocuments & { key: string }> {
    return { key, ...(actDocumentsOfOne(key, answer) ?? (await exactActDocuments(key))) };
  }

  /** The documents of `hits` (ids only) with `attributes`, in the order of `hits`. */
  async function readHits(
    hits: ReadonlyArray<Record<string, unknown>>,
    attributes: string[],
  ): Promise<Array<Record<string, unknown>>> {
    const ids = hits.map((hit) => String(hit['id']));
    const { results } = await run('search', () =>
      index.getDocuments<Record<string, unknown>>({ ids, fields: attributes, limit: ids.length }),
    );
    const byId = new Map(results.map((doc) => [String(doc['id']), doc]));
    return ids.flatMap((id) => {
      const doc = byId.get(id);
      return doc === undefined ? [] : [doc];
    });
  }

  return {
    uid,
    async ensureIndex() {
      const exists = await run('ensureIndex', async () => {
        try {
          await client.getIndex(uid);
          return true;
        } catch (error) {
          if (apiErrorOf(error)?.cause?.code === 'index_not_found') {
            return false;
          }
          throw error;
        }
      });
      if (!exists) {
        try {
          await awaitTask('createIndex', client.createIndex(uid, { primaryKey: 'id' }));
        } catch (error) {
          // another process created it meanwhile
          const code = (error as SearchTaskFailedError).context?.['error'] as
            { code?: string } | undefined;
          if (code?.code !== 'index_already_exists') throw error;
        }
      }
      await awaitTask('updateSettings', index.updateSettings(documentsIndexSettings));
    },

    async upsertDocuments(docs) {
      if (docs.length === 0) return;
      await awaitTask(
        'upsertDocuments',
        index.addDocuments(docs.map(toIndexRecord), { primaryKey: 'id' }),
      );
    },

    async upsert(doc) {
      await awaitTask(
        'upsertDocuments',
        index.addDocuments([toIndexRecord(doc)], { primaryKey: 'id' }),
      );
    },

    async deleteDocument(id) {
      await awaitTask('deleteDocument', index.deleteDocument(id));
    },

    async getDocument(id) {
      try {
        return await index.getDocument<StoredDocument>(id, {
          fields: [...LIST_ATTRIBUTES, 'text'] as Array<keyof StoredDocument & string>,
        });
      } catch (error) {
        if (apiErrorOf(error)?.cause?.code === 'document_not_found') {
          return null;
        }
        throw toAppError(error, 'getDocument');
      }
    },

    async search(params, searchOptions = {}) {
      const { body, exactQ, interpretation } = buildSearchRequest(params);
      const { q, page, hitsPerPage, facets: facetNames, ...rest } = body;
      const common = rest;
      // the act's documents ride in the same multi-search request as the search
      const actKey = searchOptions.withActDocuments
        ? actKnownBefore(params, interpretation.acts)
        : null;
      const actQueries = actKey === null ? [] : [actDocumentQuery(uid, actKey)];
      let actDocuments: SearchResult['actDocuments'];
      let hits: Array<Record<string, unknown>>;
      let total: number;
      let facets: Record<string, Record<string, number>>;
      if (exactQ === null) {
        const main = { ...common, facets: facetNames, page, hitsPerPage };
        let result: ListAnswer & { hits: Array<Record<string, unknown>> };
        if (actKey === null) {
          result = await run('search', () => index.search<Record<string, unknown>>(q, main));
        } else {
          const { results } = await run('search', () =>
            client.multiSearch<MultiSearchParams, Record<string, unknown>>({
              queries: [{ indexUid: uid, q, ...main }, ...actQueries],
            }),
          );
          const [first, act] = results;
          if (first === undefined) throw missingAnswer();
          result = first;
          actDocuments = await actDocumentsFrom(actKey, act);
        }
        hits = result.hits;
        total = totalOf(result);
        facets = result.facetDistribution ?? {};
      } else {
        // exact spellings first. Two plain searches in one request (a federated search of the
        // same two queries cost ~2.5x as much in Meilisearch): the words as typed, which gives
        // the total and the facets, and the words plus their Telex spelling, which matches only
        // documents that spell them exactly (a subset of the first). The page is cut from the
        // exact matches in their order, then the other matches in theirs.
        const offset = (page - 1) * hitsPerPage;
        const depth = offset + hitsPerPage;
        // The plain query only locates (ids): when there are enough exact matches (the usual
        // case for words typed with diacritics) the page is made of them alone, and reading the
        // plain query's texts as well doubled what Meilisearch sent. On page 1 the exact query
        // brings its hits whole; anything else on the page is read by id afterwards.
        const exactWhole = offset === 0;
        const { results } = await run('search', () =>
          client.multiSearch<MultiSearchParams, Record<string, unknown>>({
            queries: [
              {
                indexUid: uid,
                q,
                ...common,
                attributesToRetrieve: ['id'],
                facets: facetNames,
                // the total and the facets only: its order is needed only when there are fewer
                // exact matches than the page needs (then asked below)
                page: 1,
                hitsPerPage: 0,
              },
              {
                indexUid: uid,
                // the trailing space: the last Telex word is a whole word, never a prefix
                // (`ddang`, đang, must not match `ddangr`, Đảng)
                q: `${exactQ} `,
                ...common,
                attributesToRetrieve: exactWhole ? common.attributesToRetrieve : ['id'],
                // only its first `depth` hits are read: no exhaustive count (page/hitsPerPage)
                limit: depth,
                offset: 0,
              },
              ...actQueries,
            ],
          }),
        );
        const [plain, exact, act] = results;
        if (plain === undefined || exact === undefined) {
          throw new SearchUnavailableError('Máy tìm kiếm trả lời thiếu kết quả.');
        }
        if (actKey !== null) actDocuments = await actDocumentsFrom(actKey, act);
        const ordered = [...exact.hits];
        const exactIds = new Set(ordered.map((hit) => String(hit['id'])));
        // fewer exact matches than the page needs: all of them are known, the other matches
        // follow in the plain query's order (its first depth + exact ones hold enough of them)
        if (ordered.length < depth && totalOf(plain) > ordered.length) {
          const others = await run('search', () =>
            index.search<Record<string, unknown>>(q, {
              ...common,
              attributesToRetrieve: ['id'],
              limit: depth + ordered.length,
              offset: 0,
            }),
          );
          for (const hit of others.hits) {
            if (ordered.length >= depth) break;
            if (!exactIds.has(String(hit['id']))) ordered.push(hit);
          }
        }
        const pageHits = ordered.slice(offset, depth);
        const whole = (hit: Record<string, unknown>) =>
          exactWhole && exactIds.has(String(hit['id']));
        const toRead = pageHits.filter((hit) => !whole(hit));
        if (toRead.length === 0) {
          hits = pageHits;
        } else {
          const read = new Map(
            (await readHits(toRead, common.attributesToRetrieve)).map((doc) => [
              String(doc['id']),
              doc,
            ]),
          );
          hits = pageHits.flatMap((hit) => {
            const doc = whole(hit) ? hit : read.get(String(hit['id']));
            return doc === undefined ? [] : [doc];
          });
        }
        total = totalOf(plain);
        facets = plain.facetDistribution ?? {};
      }
      const keys = resolveActKeys(interpretation.acts, [
        ...Object.keys(facets['citedKeys'] ?? {}),
        ...Object.keys(facets['ownKey'] ?? {}),
      ]);
      // the acts to mark in snippets: those the query names, and the `cites` filter
      const marked =
        params.cites !== undefined && params.cites.length > 0 && !keys.includes(params.cites)
          ? [...keys, params.cites]
          : keys;
      return {
        hits: hits.map((hit) => {
          const text = typeof hit['text'] === 'string' ? hit['text'] : '';
          const ownNumber = (hit['ownNumber'] as string | null | undefined) ?? null;
          const citations = Array.isArray(hit['citations'])
            ? (hit['citations'] as CitationSpan[])
            : [];
          const names = hit['fileNames'];
          return {
            id: String(hit['id']),
            title: (hit['title'] as string | null | undefined) ?? null,
            docType: (hit['docType'] as string | null | undefined) ?? null,
            ownNumber,
            issuer: (hit['issuer'] as string | null | undefined) ?? null,
            date: (hit['date'] as string | null | undefined) ?? null,
            year: (hit['year'] as number | null | undefined) ?? null,
            fileNames: Array.isArray(names) ? names.filter((n) => typeof n === 'string') : [],
            snippet: makeSnippet(text, interpretation.text, {
              ranges: citationRanges(text, citations, marked, ownNumber),
            }),
          };
        }),
        total,
        facets: {
          year: toCounts(facets['year']),
          docType: toCounts(facets['docType']),
          issuer: toCounts(facets['issuer']),
        },
        interpretation: { citations: keys },
        ...(actDocuments === undefined ? {} : { actDocuments }),
      };
    },

    citingDocuments(key, paging) {
      return list([eq('citedKeys', key)], paging);
    },

    documentsByOwnKey(key) {
      return list([eq('ownKey', key)]);
    },

    async actDocuments(key) {
      const { results } = await run('list', () =>
        client.multiSearch<MultiSearchParams, Record<string, unknown>>({
          queries: [actDocumentQuery(uid, key)],
        }),
      );
      return actDocumentsOfOne(key, results[0]) ?? exactActDocuments(key);
    },

    async health() {
      const health = await run('health', () => client.health());
      if (health.status !== 'available') {
        throw new SearchUnavailableError('Máy tìm kiếm chưa sẵn sàng.');
      }
      return true;
    },

    async deleteIndex() {
      await awaitTask('deleteIndex', client.deleteIndex(uid));
    },
  };
}
