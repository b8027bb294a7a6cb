import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { Child } from 'hono/jsx';
import { getCookie } from 'hono/cookie';
import { AppError, isAppError } from '@vanban/core';
import { authenticate, type AuthVariables } from '../auth/middleware.ts';
import { roleAtLeast, type Role } from '../auth/roles.ts';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from '../auth/session-cookie.ts';
import { signIn } from '../routes/session.ts';
import { Layout, type NavSection } from './components/layout.tsx';
import type { UiDeps } from './deps.ts';
import { createUiData } from './data.ts';
import { ensureCsrfToken, safeNextPath, verifyCsrf } from './lib/csrf.ts';
import { parseSearchQuery } from './lib/search-query.ts';
import { ActPage } from './pages/act-page.tsx';
import { AdminPage } from './pages/admin-page.tsx';
import { DocumentPage } from './pages/document-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { MessagePage } from './pages/message-page.tsx';
import { SearchPage } from './pages/search-page.tsx';
import { UploadPage } from './pages/upload-page.tsx';
import type { UiUser } from './types.ts';

export const ASSETS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'assets');

type UiEnv = { Variables: AuthVariables };

/** Pages allow only our own scripts and styles (inline style attributes draw the year bars). */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function userOf(c: Context<UiEnv>): UiUser | null {
  const p = c.get('principal');
  if (!p) return null;
  return { name: p.kind === 'session' ? p.username : p.label, role: p.role };
}

/**
 * The staff web interface (server-rendered, Vietnamese). Mount at `/`:
 * `app.route('/', createUiRoutes(services))`. Pages call the service layer directly.
 */
export function createUiRoutes(deps: UiDeps): Hono<UiEnv> {
  const app = new Hono<UiEnv>();
  const secure = deps.config.cookieSecure;
  const identify = authenticate(deps.auth);
  const data = deps.data ?? createUiData(deps);

  app.use(
    '/assets/*',
    serveStatic({ root: ASSETS_DIR, rewriteRequestPath: (path) => path.replace(/^\/assets/, '') }),
  );

  // Identify the caller unless the app already did (a signed-in principal is kept as is).
  const identifyOnce: MiddlewareHandler<UiEnv> = async (c, next) => {
    if (c.get('principal') !== undefined) return next();
    return identify(c, next);
  };

  async function page(
    c: Context<UiEnv>,
    title: string,
    section: NavSection,
    body: Child,
    options: { status?: 200 | 400 | 403 | 404 | 503; scripts?: string[] } = {},
  ): Promise<Response> {
    const csrfToken = ensureCsrfToken(c, secure);
    const layout = (
      <Layout
        title={title}
        user={userOf(c)}
        csrfToken={csrfToken}
        section={section}
        scripts={options.scripts ?? []}
      >
        {body}
      </Layout>
    );
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('Cache-Control', 'no-store');
    return c.html(`<!DOCTYPE html>${await layout.toString()}`, options.status ?? 200);
  }

  /** Anonymous visitors go to the sign-in page; a too-low role gets a 403 page. */
  function requirePageRole(role: Role): MiddlewareHandler<UiEnv> {
    return async (c, next) => {
      const principal = c.get('principal');
      if (!principal) {
        const next_ = c.req.path + (new URL(c.req.url).search || '');
        return c.redirect(`/dang-nhap?next=${encodeURIComponent(next_)}`, 303);
      }
      if (!roleAtLeast(principal.role, role)) {
        return page(
          c,
          'Không có quyền',
          'none',
          <MessagePage
            title="Không có quyền truy cập"
            message="Tài khoản của bạn không có quyền dùng trang này. Hãy liên hệ quản trị viên."
          />,
          { status: 403 },
        );
      }
      return next();
    };
  }

  /** Search outages and unexpected errors become a Vietnamese page, not a JSON body. */
  async function failurePage(c: Context<UiEnv>, error: unknown): Promise<Response> {
    if (isAppError(error) && error.code === 'not_found') {
      return page(
        c,
        'Không tìm thấy',
        'none',
        <MessagePage title="Không tìm thấy" message={error.message} />,
        {
          status: 404,
        },
      );
    }
    if (isAppError(error) && error.retryable) {
      return page(
        c,
        'Tạm thời không sẵn sàng',
        'none',
        <MessagePage
          title="Dịch vụ tạm thời không sẵn sàng"
          message="Dịch vụ tìm kiếm tạm thời không sẵn sàng, vui lòng thử lại sau ít phút."
        />,
        { status: 503 },
      );
    }
    throw error;
  }

  const pages = new Hono<UiEnv>();
  pages.use('*', identifyOnce);

  pages.get('/dang-nhap', async (c) => {
    if (c.get('principal')) return c.redirect(safeNextPath(c.req.query('next')), 303);
    const error =
      c.req.query('loi') === 'csrf' ? 'Phiên đăng nhập đã hết hạn, vui lòng thử lại.' : null;
    return page(
      c,
      'Đăng nhập',
      'login',
      <LoginPage
        csrfToken={ensureCsrfToken(c, secure)}
        next={safeNextPath(c.req.query('next'))}
        error={error}
        username=""
      />,
    );
  });

  pages.post('/dang-nhap', async (c) => {
    const form = await c.req.parseBody();
    const next = safeNextPath(form['next']);
    const username =
      typeof form['username'] === 'string' ? form['username'].trim().slice(0, 64) : '';
    const password = typeof form['password'] === 'string' ? form['password'].slice(0, 1024) : '';
    const fail = (message: string, status: 400 | 403) =>
      page(
        c,
        'Đăng nhập',
        'login',
        <LoginPage
          csrfToken={ensureCsrfToken(c, secure)}
          next={next}
          error={message}
          username={username}
        />,
        { status },
      );
    if (!verifyCsrf(c, form['csrf'])) {
      return fail(
        'Yêu cầu không hợp lệ (mã bảo vệ biểu mẫu không khớp). Vui lòng đăng nhập lại.',
        403,
      );
    }
    if (!username || !password) return fail('Vui lòng nhập tên đăng nhập và mật khẩu.', 400);
    try {
      const session = await signIn(deps.auth, username, password);
      setSessionCookie(c, session.sessionId, {
        maxAgeSeconds: deps.config.sessionTtlSeconds,
        secure,
      });
      return c.redirect(next, 303);
    } catch (error) {
      if (error instanceof AppError && error.code === 'unauthorized') {
        return fail('Tên đăng nhập hoặc mật khẩu không đúng.', 400);
      }
      throw error;
    }
  });

  pages.post('/dang-xuat', async (c) => {
    const form = await c.req.parseBody();
    if (!verifyCsrf(c, form['csrf'])) return c.redirect('/', 303);
    const id = getCookie(c, SESSION_COOKIE);
    if (id) await deps.auth.deleteSession(id);
    clearSessionCookie(c, { secure });
    return c.redirect('/dang-nhap', 303);
  });

  const searchHandler = async (c: Context<UiEnv>) => {
    const query = parseSearchQuery(new URL(c.req.url).searchParams);
    const searched =
      query.q !== '' || query.year !== undefined || !!query.type || !!query.issuer || !!query.cites;
    let result = null;
    let error: string | null = null;
    if (searched) {
      try {
        result = await data.search(query);
      } catch (e) {
        if (isAppError(e) && e.code === 'validation_error') error = e.message;
        else if (isAppError(e) && e.retryable) {
          error = 'Dịch vụ tìm kiếm tạm thời không sẵn sàng, vui lòng thử lại sau ít phút.';
        } else throw e;
      }
    }
    const title = query.q ? `Tìm: ${query.q}` : 'Tìm kiếm';
    return page(
      c,
      title,
      'search',
      <SearchPage query={query} result={result} error={error} autofocus={c.req.path === '/'} />,
      {
        status:
          error && result === null && searched ? (error.startsWith('Dịch vụ') ? 503 : 400) : 200,
      },
    );
  };
  pages.get('/', requirePageRole('viewer'), searchHandler);
  pages.get('/tim-kiem', requirePageRole('viewer'), searchHandler);

  pages.get('/van-ban/:id', requirePageRole('viewer'), async (c) => {
    const id = c.req.param('id');
    try {
      const doc = /^[0-9a-f]{24}$/.test(id) ? await data.getDocument(id) : null;
      if (!doc) {
        return page(
          c,
          'Không tìm thấy',
          'none',
          <MessagePage title="Không tìm thấy văn bản" message="Kho không có văn bản với mã này." />,
          { status: 404 },
        );
      }
      const label = doc.title ?? doc.ownNumber ?? doc.fileNames[0] ?? 'Văn bản';
      return page(
        c,
        label,
        'none',
        <DocumentPage doc={doc} originalLines={c.req.query('ngat-dong') === 'goc'} />,
      );
    } catch (error) {
      return failurePage(c, error);
    }
  });

  pages.get('/van-ban-goc/:key{.+}', requirePageRole('viewer'), async (c) => {
    const raw = c.req.param('key');
    let key: string;
    try {
      key = decodeURIComponent(raw).normalize('NFC').trim();
    } catch {
      key = raw;
    }
    try {
      const act = key && key.length <= 100 ? await data.getAct(key) : null;
      if (!act) {
        return page(
          c,
          'Không tìm thấy',
          'none',
          <MessagePage
            title="Không tìm thấy văn bản được trích dẫn"
            message={`Không có văn bản nào trong kho mang hoặc trích dẫn số/ký hiệu “${key}”.`}
          />,
          { status: 404 },
        );
      }
      return page(c, `${act.type ? `${act.type} ` : ''}${act.key}`, 'none', <ActPage act={act} />);
    } catch (error) {
      return failurePage(c, error);
    }
  });

  pages.get('/tai-len', requirePageRole('uploader'), (c) =>
    page(c, 'Tải lên', 'upload', <UploadPage maxUploadBytes={deps.config.maxUploadBytes} />, {
      scripts: ['upload.js'],
    }),
  );

  pages.get('/quan-tri', requirePageRole('admin'), (c) =>
    page(c, 'Quản trị', 'admin', <AdminPage />, { scripts: ['admin.js'] }),
  );

  // Unknown page addresses get a Vietnamese page; /api/* and /assets/* keep the app's JSON 404.
  pages.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/assets/')) return next();
    return page(
      c,
      'Không tìm thấy',
      'none',
      <MessagePage title="Không tìm thấy trang" message="Địa chỉ này không có trong Vanban." />,
      { status: 404 },
    );
  });

  app.route('/', pages);
  return app;
}
