export interface LoginPageProps {
  csrfToken: string;
  next: string;
  error: string | null;
  username: string;
}

export function LoginPage(props: LoginPageProps) {
  return (
    <section class="login panel" aria-labelledby="login-title">
      <h1 id="login-title">Đăng nhập</h1>
      {props.error ? (
        <div class="notice error" role="alert">
          {props.error}
        </div>
      ) : null}
      <form method="post" action="/dang-nhap">
        <input type="hidden" name="csrf" value={props.csrfToken} />
        <input type="hidden" name="next" value={props.next} />
        <div class="field">
          <label for="username">Tên đăng nhập</label>
          <input
            type="text"
            id="username"
            name="username"
            value={props.username}
            autocomplete="username"
            required
            autofocus
          />
        </div>
        <div class="field">
          <label for="password">Mật khẩu</label>
          <input
            type="password"
            id="password"
            name="password"
            autocomplete="current-password"
            required
          />
        </div>
        <button type="submit">Đăng nhập</button>
      </form>
    </section>
  );
}
