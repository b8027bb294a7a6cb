import type { Child } from 'hono/jsx';
import { ROLE_LABELS } from '../lib/format.ts';
import type { UiUser } from '../types.ts';
import { roleAtLeast } from '../../auth/roles.ts';

export type NavSection = 'search' | 'upload' | 'admin' | 'login' | 'none';

export interface LayoutProps {
  title: string;
  user: UiUser | null;
  csrfToken: string;
  section: NavSection;
  children?: Child;
  /** extra scripts served from /assets (the upload and administration pages) */
  scripts?: string[];
}

/** The page frame: landmarks (header/nav/main/footer), skip link, role-aware navigation. */
export function Layout(props: LayoutProps) {
  const { user, section } = props;
  const current = (name: NavSection) =>
    section === name ? { 'aria-current': 'page' as const } : {};
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Vanban`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/assets/app.css" />
      </head>
      <body>
        <a class="skip-link" href="#noi-dung">
          Bỏ qua đến nội dung chính
        </a>
        <header class="site-header">
          <div class="inner">
            <a class="brand" href="/">
              Vanban<small>Kho văn bản</small>
            </a>
            {user ? (
              <nav class="site-nav" aria-label="Điều hướng chính">
                <ul>
                  <li>
                    <a href="/" {...current('search')}>
                      Tìm kiếm
                    </a>
                  </li>
                  {roleAtLeast(user.role, 'uploader') ? (
                    <li>
                      <a href="/tai-len" {...current('upload')}>
                        Tải lên
                      </a>
                    </li>
                  ) : null}
                  {roleAtLeast(user.role, 'admin') ? (
                    <li>
                      <a href="/quan-tri" {...current('admin')}>
                        Quản trị
                      </a>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
            {user ? (
              <div class="user-box">
                <span>
                  {user.name} <span class="visually-hidden">, vai trò </span>
                  <span>({ROLE_LABELS[user.role] ?? user.role})</span>
                </span>
                <form method="post" action="/dang-xuat">
                  <input type="hidden" name="csrf" value={props.csrfToken} />
                  <button type="submit">Đăng xuất</button>
                </form>
              </div>
            ) : null}
          </div>
        </header>
        <main id="noi-dung" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          Vanban: tra cứu văn bản của các cơ quan Đảng và Nhà nước
        </footer>
        {(props.scripts ?? []).map((src) => (
          <script src={`/assets/${src}`} defer></script>
        ))}
      </body>
    </html>
  );
}
