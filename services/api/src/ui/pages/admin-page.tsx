import { ROLE_LABELS } from '../lib/format.ts';

/**
 * Administration (role admin): create accounts, see the files whose processing failed and run
 * them again, rebuild the search index. assets/admin.js talks to /api/admin/*.
 */
export function AdminPage() {
  return (
    <>
      <h1>Quản trị</h1>
      <noscript>
        <div class="notice error">Trang quản trị cần bật JavaScript trong trình duyệt.</div>
      </noscript>

      <section class="panel" aria-labelledby="failed-title">
        <h2 id="failed-title">Tệp xử lý bị lỗi</h2>
        <p class="hint">
          Các tệp không đọc được hoặc không phân tích được. Sửa nguyên nhân (ví dụ: tải lại bản
          đúng) hoặc bấm “Thử lại” nếu lỗi chỉ là tạm thời.
        </p>
        <p id="failed-summary" role="status" aria-live="polite">
          Đang tải danh sách…
        </p>
        <div class="table-wrap">
          <table class="file-table" id="failed-table" hidden>
            <caption class="visually-hidden">Các tệp xử lý bị lỗi</caption>
            <thead>
              <tr>
                <th scope="col">Tệp</th>
                <th scope="col">Lý do</th>
                <th scope="col">Thao tác</th>
              </tr>
            </thead>
            <tbody id="failed-rows"></tbody>
          </table>
        </div>
        <p class="actions">
          <button type="button" class="button secondary" id="failed-reload">
            Tải lại danh sách
          </button>
        </p>
      </section>

      <section class="panel" aria-labelledby="account-title">
        <h2 id="account-title">Tạo tài khoản</h2>
        <form id="account-form" class="stacked-form">
          <div class="field">
            <label for="new-username">Tên đăng nhập</label>
            <input
              type="text"
              id="new-username"
              name="username"
              autocomplete="off"
              required
              pattern="[A-Za-z0-9._\-]{3,64}"
              aria-describedby="new-username-hint"
            />
            <p class="hint" id="new-username-hint">
              3–64 ký tự: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.
            </p>
          </div>
          <div class="field">
            <label for="new-password">Mật khẩu</label>
            <input
              type="password"
              id="new-password"
              name="password"
              autocomplete="new-password"
              required
              minlength={10}
              aria-describedby="new-password-hint"
            />
            <p class="hint" id="new-password-hint">
              Ít nhất 10 ký tự.
            </p>
          </div>
          <div class="field">
            <label for="new-role">Vai trò</label>
            <select id="new-role" name="role">
              <option value="viewer">{ROLE_LABELS['viewer']}: tìm và đọc văn bản</option>
              <option value="uploader">{ROLE_LABELS['uploader']}: thêm tải văn bản lên</option>
              <option value="admin">
                {ROLE_LABELS['admin']}: thêm quản lý tài khoản, xử lý lỗi
              </option>
            </select>
          </div>
          <button type="submit">Tạo tài khoản</button>
          <p id="account-result" role="status" aria-live="polite"></p>
        </form>
      </section>

      <section class="panel" aria-labelledby="reindex-title">
        <h2 id="reindex-title">Lập chỉ mục tìm kiếm lại</h2>
        <p>
          Đọc và phân tích lại mọi văn bản từ bản gốc đã lưu, rồi đưa lại vào chỉ mục tìm kiếm. Dùng
          sau khi nâng cấp phần phân tích hoặc khi chỉ mục bị mất. Việc này chạy nền và có thể mất
          nhiều thời gian.
        </p>
        <p class="check">
          <input type="checkbox" id="reindex-confirm" />{' '}
          <label for="reindex-confirm">Tôi muốn lập chỉ mục lại toàn bộ kho văn bản</label>
        </p>
        <p class="actions">
          <button type="button" class="button secondary" id="reindex" disabled>
            Lập chỉ mục lại toàn bộ
          </button>
        </p>
        <p id="reindex-result" role="status" aria-live="polite"></p>
      </section>
    </>
  );
}
