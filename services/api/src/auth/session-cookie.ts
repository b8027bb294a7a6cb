import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'vanban_session';

export interface SessionCookieOptions {
  maxAgeSeconds: number;
  /** Secure flag: on behind HTTPS; off for plain-HTTP local use. */
  secure: boolean;
}

/** HttpOnly, SameSite=Lax, whole site. The value is a random id; Redis holds what it means. */
export function setSessionCookie(
  c: Context,
  sessionId: string,
  options: SessionCookieOptions,
): void {
  setCookie(c, SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: options.secure,
    maxAge: options.maxAgeSeconds,
  });
}

export function clearSessionCookie(
  c: Context,
  options: Pick<SessionCookieOptions, 'secure'>,
): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    secure: options.secure,
    httpOnly: true,
    sameSite: 'Lax',
  });
}
