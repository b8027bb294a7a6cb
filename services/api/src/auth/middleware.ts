import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '@vanban/core';
import type { AuthStore } from './auth-store.ts';
import { roleAtLeast, type Principal, type Role } from './roles.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

export interface AuthVariables {
  principal: Principal | undefined;
}

/**
 * Identifies the caller from `Authorization: Bearer <token>` or the session cookie and stores
 * the result in `c.var.principal`. A bearer token that is not known is rejected at once (401);
 * an unknown or expired session cookie just means "not signed in".
 */
export function authenticate(store: AuthStore): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      const principal = match?.[1] ? await store.resolveToken(match[1]) : null;
      if (!principal) {
        throw new AppError('unauthorized', 'Mã truy cập không hợp lệ.');
      }
      c.set('principal', principal);
      return next();
    }
    const sessionId = getCookie(c, SESSION_COOKIE);
    c.set(
      'principal',
      sessionId ? ((await store.resolveSession(sessionId)) ?? undefined) : undefined,
    );
    return next();
  };
}

/** 401 without credentials, 403 when the caller's role is below `role`. Needs `authenticate` first. */
export function requireRole(role: Role): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) {
      throw new AppError('unauthorized', 'Cần đăng nhập hoặc mã truy cập hợp lệ.');
    }
    if (!roleAtLeast(principal.role, role)) {
      throw new AppError('forbidden', `Thao tác này cần quyền "${role}".`, {
        context: { details: { required: role, actual: principal.role } },
      });
    }
    return next();
  };
}
