/** A short page for errors and refusals (not found, forbidden, search unavailable). */
export function MessagePage({ title, message }: { title: string; message: string }) {
  return (
    <>
      <h1>{title}</h1>
      <div class="notice error" role="alert">
        {message}
      </div>
      <p>
        <a href="/">« Về trang tìm kiếm</a>
      </p>
    </>
  );
}
