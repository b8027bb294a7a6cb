/**
 * CSRF protection for the UI's form POSTs (sign-in, sign-out), on top of the SameSite=Lax
 * session cookie: a double-submit token (random value in an HttpOnly SameSite=Strict cookie,
 * repeated in a hidden form field) plus an Origin check when the browser sends Origin.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export const CSRF_COOKIE = 'vanban_csrf';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,64}$/;

/** The visitor's token, creating (and setting) one when missing or malformed. */
const issued = new WeakMap<Request, string>();

/** The visitor's token, creating (and setting) one when missing or malformed; once per request. */
export function ensureCsrfToken(c: Context, secure: boolean): string {
  const existing = getCookie(c, CSRF_COOKIE);
  if (existing && TOKEN_PATTERN.test(existing)) return existing;
  const already = issued.get(c.req.raw);
  if (already) return already;
  const token = randomBytes(32).toString('base64url');
  issued.set(c.req.raw, token);
  setCookie(c, CSRF_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure });
  return token;
}

/** True when the request comes from our own pages: same Origin (if sent) and matching tokens. */
export function verifyCsrf(c: Context, formToken: unknown): boolean {
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== 'null') {
    const own = new URL(c.req.url);
    const host = c.req.header('host') ?? own.host;
    let sent: URL;
    try {
      sent = new URL(origin);
    } catch {
      return false;
    }
    if (sent.host !== host) return false;
  } else if (origin === 'null') {
    return false;
  }
  const cookie = getCookie(c, CSRF_COOKIE);
  if (typeof formToken !== 'string' || !cookie || !TOKEN_PATTERN.test(cookie)) return false;
  const a = Buffer.from(cookie);
  const b = Buffer.from(formToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A local path to go back to after sign-in; anything else (other sites, `//x`) becomes `/`. */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string') return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (/[\r\n]/.test(value)) return '/';
  return value.slice(0, 2000);
}
