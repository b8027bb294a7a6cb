import { Readable } from 'node:stream';
import type { AuthStore, Principal, Role } from '../auth/index.ts';
import type { ApiConfig } from '../config.ts';
import type {
  DerivedRecord,
  DocumentStorePort,
  IndexedDocument,
  SearchIndexPort,
  SearchParams,
  SearchResult,
} from '../ports.ts';

/**
 * In-memory fakes of the API's own ports, for route tests that need no server (code-style §4.3).
 * The real adapters (Redis auth store, @vanban/search, @vanban/storage) are covered by
 * test/integration/api*.test.ts against real Redis and Meilisearch.
 */
export function createMemoryAuthStore(): AuthStore & {
  tokens: Map<string, { label: string; role: Role }>;
} {
  const tokens = new Map<string, { label: string; role: Role }>();
  const users = new Map<string, { password: string; role: Role; createdAt: string }>();
  const sessions = new Map<string, string>();
  let counter = 0;
  return {
    tokens,
    async createUser({ username, password, role }) {
      const createdAt = '2026-01-01T00:00:00.000Z';
      users.set(username, { password, role, createdAt });
      return { username, role, createdAt };
    },
    async verifyCredentials(username, password) {
      const user = users.get(username);
      return user && user.password === password
        ? { username, role: user.role, createdAt: user.createdAt }
        : null;
    },
    async issueToken({ label, role }) {
      const token = `tok-${(counter += 1)}`;
      tokens.set(token, { label, role });
      return { token, label, role, createdAt: '2026-01-01T00:00:00.000Z' };
    },
    async putToken(token, value) {
      tokens.set(token, value);
    },
    async resolveToken(token): Promise<Principal | null> {
      const t = tokens.get(token);
      return t ? { kind: 'token', role: t.role, label: t.label } : null;
    },
    async createSession(username) {
      const id = `sess-${(counter += 1)}`;
      sessions.set(id, username);
      return id;
    },
    async resolveSession(id): Promise<Principal | null> {
      const username = sessions.get(id);
      const user = username ? users.get(username) : undefined;
      return username && user ? { kind: 'session', role: user.role, username } : null;
    },
    async deleteSession(id) {
      sessions.delete(id);
    },
  };
}

/** A search index over a fixed list of records; `search` answers what the test sets. */
export function createMemorySearchIndex(records: IndexedDocument[] = []): SearchIndexPort & {
  calls: SearchParams[];
  result: SearchResult;
  healthy: boolean;
  failWith: Error | undefined;
} {
  const fake = {
    calls: [] as SearchParams[],
    healthy: true,
    failWith: undefined as Error | undefined,
    result: {
      hits: [],
      total: 0,
      facets: { year: {}, docType: {}, issuer: {} },
      interpretation: { citations: [] },
    } as SearchResult,
    async search(params: SearchParams) {
      if (fake.failWith) throw fake.failWith;
      fake.calls.push(params);
      return fake.result;
    },
    async getDocument(id: string) {
      return records.find((r) => r.id === id) ?? null;
    },
    async citingDocuments(key: string) {
      return records.filter((r) => r.citedKeys.includes(key));
    },
    async documentsByOwnKey(key: string) {
      return records.filter((r) => r.ownNumber === key);
    },
    async health() {
      if (!fake.healthy) throw new Error('meilisearch down');
      return true;
    },
  };
  return fake;
}

export function createMemoryDocumentStore(
  records: DerivedRecord[] = [],
  blobs = new Map<string, Uint8Array>(),
): DocumentStorePort {
  return {
    async getDerived(id) {
      return records.find((r) => r.id === id) ?? null;
    },
    async openOriginal(sha256) {
      const bytes = blobs.get(sha256);
      return bytes ? { stream: Readable.from([Buffer.from(bytes)]), size: bytes.length } : null;
    },
  };
}

export const testConfig: ApiConfig = {
  maxUploadBytes: 1024,
  sessionTtlSeconds: 3600,
  cookieSecure: false,
  redisPrefix: 'test',
};
