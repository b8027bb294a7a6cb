import {
  actKeyCandidates,
  adjacentKeys,
  buildChain,
  parseCitationQuery,
  summarizeAct,
  type ActChain,
  type ActSummary,
  type XrefDocument,
} from '@vanban/analysis';
import { NotFoundError, ValidationError } from '@vanban/core';
import type { ActDocumentsAnswer, XrefIndexedDocument, SearchIndexPort } from '../ports.ts';
import { toXref } from './to-xref.ts';

export interface ActView extends ActSummary {
  /** number and symbol split from the key (`102`, `KH/TU`) */
  number: string;
  /** the archive documents whose own number is the key */
  archiveDocuments: Array<{
    documentId: string;
    title: string | null;
    date: string | null;
    issuer: string | null;
  }>;
  chain: ActChain;
}

/** Short form for the search response's `act`. */
export interface ActBrief {
  key: string;
  type: string | null;
  number: string;
  dates: string[];
  issuers: string[];
  subjects: string[];
  conflicts: ActSummary['conflicts'];
  citingCount: number;
  citingCountByYear: ActSummary['citingCountByYear'];
  archiveDocumentId: string | null;
}

export interface ActServiceOptions {
  /** links followed up and down the implementation chain */
  chainDepth?: number;
  /** acts fetched while walking the chain */
  maxKeys?: number;
}

export interface ActService {
  /** The canonical key for what a person typed, or a ValidationError. */
  canonicalKey(input: string): Promise<string>;
  getAct(input: string): Promise<ActView>;
  brief(key: string): Promise<ActBrief | null>;
  /** The brief from the act's documents already read (a search that read them with its hits). */
  briefOf(key: string, found: ActDocumentsAnswer): ActBrief | null;
}

const numberOf = (key: string): string => /^\d+/.exec(key)?.[0] ?? key;

type ActDocuments = ActDocumentsAnswer;

interface Resolved extends ActDocuments {
  key: string;
}

/**
 * The summary of `key` with the index's exact citing counts when it gave them: the lists hold the
 * newest citing documents only (1 000), an act of a large archive can be cited far more often.
 */
function summarize(key: string, found: ActDocuments): ActSummary {
  const s = summarizeAct(key, found.citing.map(toXref), found.holders.map(toXref));
  if (found.citingCount === undefined || found.citingCountByYear === undefined) return s;
  return { ...s, citingCount: found.citingCount, citingCountByYear: found.citingCountByYear };
}

export function createActService(
  deps: { search: SearchIndexPort },
  options: ActServiceOptions = {},
): ActService {
  const chainDepth = options.chainDepth ?? 4;
  const maxKeys = options.maxKeys ?? 40;

  async function fetchKey(key: string): Promise<ActDocuments> {
    // one request with the cross-reference fields only, when the index offers it
    if (deps.search.actDocuments) return deps.search.actDocuments(key);
    const [citing, holders] = await Promise.all([
      deps.search.citingDocuments(key),
      deps.search.documentsByOwnKey(key),
    ]);
    return { citing, holders };
  }

  async function firstKnown(keys: readonly string[]): Promise<Resolved | null> {
    for (const key of keys) {
      const found = await fetchKey(key);
      if (found.citing.length > 0 || found.holders.length > 0) return { key, ...found };
    }
    return null;
  }

  /**
   * The act a person means: canonical keys read from the input (analysis' citation-query parser,
   * then the literal form and the other separator style), else what search makes of it
   * (`NQ 35` → `35-NQ/TW` when the archive cites exactly that).
   */
  async function resolveKey(input: string): Promise<Resolved> {
    const direct = [...new Set([...parseCitationQuery(input).keys, ...actKeyCandidates(input)])];
    const found = await firstKnown(direct);
    if (found) return found;
    const interpreted = (
      await deps.search.search({ q: input, limit: 1 })
    ).interpretation.citations.filter((k) => !direct.includes(k));
    const viaSearch = await firstKnown(interpreted);
    if (viaSearch) return viaSearch;
    if (direct.length === 0 && interpreted.length === 0) {
      throw new ValidationError(`"${input}" không phải số/ký hiệu văn bản (ví dụ 102-KH/TU).`, {
        context: { details: [{ param: 'key', message: 'expected <số><-|/><ký hiệu>' }] },
      });
    }
    throw new NotFoundError(
      `Không có văn bản nào trong kho trích dẫn hoặc mang số ${direct[0] ?? interpreted[0] ?? input}.`,
    );
  }

  /** Fetches the neighbourhood of `key` ring by ring, so the chain can be built in one pure call. */
  async function neighbourhood(key: string, first: ActDocuments): Promise<XrefDocument[]> {
    const docs = new Map<string, XrefDocument>();
    const add = (list: XrefIndexedDocument[]) => list.forEach((d) => docs.set(d.id, toXref(d)));
    add(first.citing);
    add(first.holders);
    const fetched = new Set([key]);
    let frontier = [key];
    for (let depth = 0; depth < chainDepth && frontier.length > 0; depth += 1) {
      const all = [...docs.values()];
      const next = [...new Set(frontier.flatMap((k) => adjacentKeys(k, all)))].filter(
        (k) => !fetched.has(k),
      );
      const batch = next.slice(0, Math.max(0, maxKeys - fetched.size));
      if (batch.length === 0) break;
      batch.forEach((k) => fetched.add(k));
      const results = await Promise.all(batch.map(fetchKey));
      results.forEach((r) => {
        add(r.citing);
        add(r.holders);
      });
      frontier = batch;
    }
    return [...docs.values()];
  }

  function briefOf(key: string, found: ActDocuments): ActBrief | null {
    if (found.citing.length === 0 && found.holders.length === 0) return null;
    const s = summarize(key, found);
    return {
      key,
      type: s.types[0] ?? null,
      number: numberOf(key),
      dates: s.dates,
      issuers: s.issuers,
      subjects: s.subjects,
      conflicts: s.conflicts,
      citingCount: s.citingCount,
      citingCountByYear: s.citingCountByYear,
      archiveDocumentId: s.archiveDocumentIds[0] ?? null,
    };
  }

  return {
    async canonicalKey(input) {
      return (await resolveKey(input)).key;
    },

    async getAct(input) {
      const found = await resolveKey(input);
      const { key } = found;
      const summary = summarize(key, found);
      const docs = await neighbourhood(key, found);
      return {
        ...summary,
        number: numberOf(key),
        archiveDocuments: found.holders
          .filter((h) => summary.archiveDocumentIds.includes(h.id))
          .map((h) => ({ documentId: h.id, title: h.title, date: h.date, issuer: h.issuer })),
        chain: buildChain(key, docs, { maxDepth: chainDepth }),
      };
    },

    async brief(key) {
      return briefOf(key, await fetchKey(key));
    },

    briefOf,
  };
}
