import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { AppError } from '@vanban/core';
import {
  SESSION_COOKIE,
  clearSessionCookie,
  setSessionCookie,
  type AuthStore,
  type AuthVariables,
} from '../auth/index.ts';
import type { ApiConfig } from '../config.ts';
import { zv } from '../validation.ts';

export const signInSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export interface SessionDeps {
  auth: AuthStore;
  config: Pick<ApiConfig, 'sessionTtlSeconds' | 'cookieSecure'>;
}

/** Signs a user in with a password; returns the session id to put in the cookie. */
export async function signIn(
  auth: AuthStore,
  username: string,
  password: string,
): Promise<{ sessionId: string; username: string; role: string }> {
  const user = await auth.verifyCredentials(username, password);
  if (!user) throw new AppError('unauthorized', 'Tên đăng nhập hoặc mật khẩu không đúng.');
  return {
    sessionId: await auth.createSession(user.username),
    username: user.username,
    role: user.role,
  };
}

/** `POST /api/session` {username, password} → session cookie; `DELETE /api/session` signs out. */
export function createSessionRoutes(deps: SessionDeps): Hono<{ Variables: AuthVariables }> {
  const app = new Hono<{ Variables: AuthVariables }>();
  app.post('/', zv('json', signInSchema), async (c) => {
    const { username, password } = c.req.valid('json');
    const session = await signIn(deps.auth, username, password);
    setSessionCookie(c, session.sessionId, {
      maxAgeSeconds: deps.config.sessionTtlSeconds,
      secure: deps.config.cookieSecure,
    });
    return c.json({ username: session.username, role: session.role });
  });
  app.delete('/', async (c) => {
    const id = getCookie(c, SESSION_COOKIE);
    if (id) await deps.auth.deleteSession(id);
    clearSessionCookie(c, { secure: deps.config.cookieSecure });
    return c.body(null, 204);
  });
  return app;
}
