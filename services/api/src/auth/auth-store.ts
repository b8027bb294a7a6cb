import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { AppError } from '@vanban/core';
import { hashPassword, verifyPassword } from './password.ts';
import { roleSchema, type Principal, type Role } from './roles.ts';

export interface AuthStoreOptions {
  /** Redis key namespace, e.g. `vanban` → `vanban:auth:...` */
  prefix: string;
  /** session lifetime in seconds */
  sessionTtlSeconds: number;
  /**
   * How long a resolved bearer token is remembered in this process (default 5000 ms; 0: ask Redis
   * every time). Tokens are never revoked through the API and putToken/issueToken in this process
   * update the cache at once; a change made by another process shows within this time.
   */
  tokenCacheMs?: number;
}

/** Bearer tokens remembered at most (the oldest entry goes first). */
const TOKEN_CACHE_MAX = 1000;

export interface UserSummary {
  username: string;
  role: Role;
  createdAt: string;
}

export interface IssuedToken {
  token: string;
  label: string;
  role: Role;
  createdAt: string;
}

/**
 * Users, bearer tokens and sessions in Redis (AOF on). Secrets are stored hashed only:
 * tokens and session ids as SHA-256 (they are long random values), passwords with scrypt.
 */
export interface AuthStore {
  createUser(input: { username: string; password: string; role: Role }): Promise<UserSummary>;
  verifyCredentials(username: string, password: string): Promise<UserSummary | null>;
  issueToken(input: { label: string; role: Role }): Promise<IssuedToken>;
  /** Stores a caller-chosen token value (the bootstrap token); idempotent. */
  putToken(token: string, input: { label: string; role: Role }): Promise<void>;
  resolveToken(token: string): Promise<Principal | null>;
  createSession(username: string): Promise<string>;
  resolveSession(sessionId: string): Promise<Principal | null>;
  deleteSession(sessionId: string): Promise<void>;
}

export const sha256Hex = (value: string): string =>
  createHash('sha256').update(value, 'utf8').digest('hex');

export function createAuthStore(redis: Redis, options: AuthStoreOptions): AuthStore {
  const key = {
    user: (username: string) => `${options.prefix}:auth:user:${username.toLowerCase()}`,
    token: (token: string) => `${options.prefix}:auth:token:${sha256Hex(token)}`,
    tokenHash: (hash: string) => `${options.prefix}:auth:token:${hash}`,
    session: (id: string) => `${options.prefix}:auth:session:${sha256Hex(id)}`,
  };

  const tokenCacheMs = options.tokenCacheMs ?? 5000;
  /** SHA-256 of the token → its principal and until when it may be used without asking Redis */
  const tokenCache = new Map<string, { principal: Principal; until: number }>();
  const remember = (hash: string, principal: Principal): void => {
    if (tokenCacheMs <= 0) return;
    tokenCache.delete(hash);
    if (tokenCache.size >= TOKEN_CACHE_MAX) {
      const oldest = tokenCache.keys().next();
      if (oldest.done !== true) tokenCache.delete(oldest.value);
    }
    tokenCache.set(hash, { principal, until: Date.now() + tokenCacheMs });
  };

  async function readUser(
    username: string,
  ): Promise<(UserSummary & { passwordHash: string }) | null> {
    const data = await redis.hgetall(key.user(username));
    const role = roleSchema.safeParse(data['role']);
    if (!data['passwordHash'] || !data['username'] || !role.success) return null;
    return {
      username: data['username'],
      role: role.data,
      createdAt: data['createdAt'] ?? '',
      passwordHash: data['passwordHash'],
    };
  }

  return {
    async createUser({ username, password, role }) {
      const createdAt = new Date().toISOString();
      const passwordHash = await hashPassword(password);
      const k = key.user(username);
      // HSETNX on the username field makes creation atomic: a second create of the same name fails.
      const created = await redis.hsetnx(k, 'username', username);
      if (created === 0) {
        throw new AppError('conflict', `Tên đăng nhập "${username}" đã tồn tại.`);
      }
      await redis.hset(k, { role, passwordHash, createdAt });
      return { username, role, createdAt };
    },

    async verifyCredentials(username, password) {
      const user = await readUser(username);
      if (!user) {
        // Spend the same time as a real check so response times do not reveal user names.
        await verifyPassword(password, await getDummyHash());
        return null;
      }
      if (!(await verifyPassword(password, user.passwordHash))) return null;
      return { username: user.username, role: user.role, createdAt: user.createdAt };
    },

    async issueToken({ label, role }) {
      const token = `vb_${randomBytes(32).toString('base64url')}`;
      const createdAt = new Date().toISOString();
      await redis.hset(key.token(token), { label, role, createdAt });
      tokenCache.delete(sha256Hex(token));
      return { token, label, role, createdAt };
    },

    async putToken(token, { label, role }) {
      await redis.hset(key.token(token), { label, role, createdAt: new Date().toISOString() });
      tokenCache.delete(sha256Hex(token));
    },

    async resolveToken(token) {
      // a Redis round trip per request was ~0.5 ms of the API's CPU per search (BENCHMARKS.md
      // "Search"); a known token is remembered for a few seconds, an unknown one never
      const hash = sha256Hex(token);
      const cached = tokenCache.get(hash);
      if (cached !== undefined && cached.until > Date.now()) return { ...cached.principal };
      const data = await redis.hgetall(key.tokenHash(hash));
      const role = roleSchema.safeParse(data['role']);
      if (!role.success) {
        tokenCache.delete(hash);
        return null;
      }
      const principal: Principal = { kind: 'token', role: role.data, label: data['label'] ?? '' };
      remember(hash, principal);
      return { ...principal };
    },

    async createSession(username) {
      const id = randomBytes(32).toString('base64url');
      await redis.set(key.session(id), username, 'EX', options.sessionTtlSeconds);
      return id;
    },

    async resolveSession(sessionId) {
      const username = await redis.get(key.session(sessionId));
      if (!username) return null;
      // The role is read from the user on every request, so a changed role applies at once.
      const user = await readUser(username);
      if (!user) return null;
      return { kind: 'session', role: user.role, username: user.username };
    },

    async deleteSession(sessionId) {
      await redis.del(key.session(sessionId));
    },
  };
}

/** A valid scrypt hash of a random password, used to equalise timing for unknown users. */
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}
