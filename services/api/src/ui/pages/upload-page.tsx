/** Upload page: drag and drop or a normal file input; assets/upload.js posts and polls. */
export function UploadPage({ maxUploadBytes }: { maxUploadBytes: number | null }) {
  const limit = maxUploadBytes ? `${Math.round(maxUploadBytes / (1024 * 1024))} MB` : null;
  return (
    <>
      <h1>Tải văn bản lên</h1>
      <form id="upload-form" method="post" action="/api/uploads" enctype="multipart/form-data">
        <div class="dropzone" id="dropzone">
          <p>
            <strong>Kéo và thả tệp vào đây</strong>
          </p>
          <p class="hint" id="file-hint">
            Nhận PDF, DOCX, TXT và tệp nén ZIP (mỗi tệp trong ZIP là một văn bản).
            {limit ? ` Tối đa ${limit} mỗi lần tải.` : ''}
          </p>
          <div class="file-input-row">
            <input
              type="file"
              class="file-input"
              id="file-input"
              name="file"
              multiple
              accept=".pdf,.docx,.txt,.zip,application/pdf,application/zip,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              aria-describedby="file-hint"
            />
            <label for="file-input" class="button secondary">
              Chọn tệp từ máy…
            </label>
          </div>
        </div>
        <noscript>
          <p>
            <button type="submit">Tải lên</button>
          </p>
        </noscript>
      </form>
      <section aria-labelledby="progress-title" id="progress" hidden>
        <h2 id="progress-title">Tiến độ xử lý</h2>
        <p id="upload-summary" class="summary" role="status" aria-live="polite"></p>
        <div class="table-wrap">
          <table class="file-table">
            <caption class="visually-hidden">Trạng thái từng tệp</caption>
            <thead>
              <tr>
                <th scope="col">Tệp</th>
                <th scope="col">Trạng thái</th>
              </tr>
            </thead>
            <tbody id="file-rows"></tbody>
          </table>
        </div>
      </section>
    </>
  );
}
