import { raw } from 'hono/html';
import { ActCard } from '../components/act-card.tsx';
import { Facets, hasFacets } from '../components/facets.tsx';
import { LAST_PAGE, Pager } from '../components/pager.tsx';
import { SearchForm } from '../components/search-form.tsx';
import { documentHref, documentLabel, formatCount, formatDate } from '../lib/format.ts';
import { hasActiveFilters, searchHref, type UiSearchQuery } from '../lib/search-query.ts';
import { safeSnippetHtml } from '../lib/snippet.ts';
import type { SearchHitView, SearchResultView } from '../types.ts';

function Hit({ hit }: { hit: SearchHitView }) {
  const meta: Array<[string, string]> = [];
  if (hit.docType) meta.push(['Loại', hit.docType]);
  if (hit.ownNumber) meta.push(['Số', hit.ownNumber]);
  if (hit.issuer) meta.push(['Cơ quan', hit.issuer]);
  if (hit.date) meta.push(['Ngày', formatDate(hit.date)]);
  else if (hit.year) meta.push(['Năm', String(hit.year)]);
  // tells apart copies of one document (its PDF and its DOCX)
  if (hit.fileNames?.length) meta.push(['Tệp', hit.fileNames.join(', ')]);
  return (
    <li class="result">
      <h3>
        <a href={documentHref(hit.id)}>{documentLabel(hit)}</a>
      </h3>
      <ul class="meta">
        {meta.map(([label, value]) => (
          <li>
            <span class="visually-hidden">{label}: </span>
            {label === 'Loại' ? (
              <span class="badge">{value}</span>
            ) : label === 'Tệp' ? (
              <span class="file-name">{value}</span>
            ) : (
              value
            )}
          </li>
        ))}
      </ul>
      {hit.snippet ? <p class="snippet">{raw(safeSnippetHtml(hit.snippet))}</p> : null}
    </li>
  );
}

function ActiveFilters({ query }: { query: UiSearchQuery }) {
  if (!hasActiveFilters(query)) return null;
  return (
    <p class="active-filters">
      <span>Đang lọc:</span>
      {query.year !== undefined ? (
        <a href={searchHref(query, { year: undefined })} aria-label={`Bỏ lọc năm ${query.year}`}>
          Năm {query.year} ✕
        </a>
      ) : null}
      {query.type ? (
        <a href={searchHref(query, { type: undefined })} aria-label={`Bỏ lọc loại ${query.type}`}>
          {query.type} ✕
        </a>
      ) : null}
      {query.issuer ? (
        <a
          href={searchHref(query, { issuer: undefined })}
          aria-label={`Bỏ lọc cơ quan ${query.issuer}`}
        >
          {query.issuer} ✕
        </a>
      ) : null}
      {query.cites ? (
        <a
          href={searchHref(query, { cites: undefined })}
          aria-label={`Bỏ lọc trích dẫn ${query.cites}`}
        >
          Trích dẫn {query.cites} ✕
        </a>
      ) : null}
    </p>
  );
}

export interface SearchPageProps {
  query: UiSearchQuery;
  result: SearchResultView | null;
  error: string | null;
  /** focus the search box on load (the start page only: elsewhere Tab order starts at the top) */
  autofocus?: boolean;
}

export function SearchPage({ query, result, error, autofocus = false }: SearchPageProps) {
  const searched = query.q !== '' || hasActiveFilters(query);
  return (
    <>
      <h1>Tìm kiếm văn bản</h1>
      <SearchForm query={query} autofocus={autofocus && !searched} />
      {error ? (
        <div class="notice error" role="alert">
          {error}
        </div>
      ) : null}
      {result && searched ? (
        <>
          {result.act ? <ActCard act={result.act} /> : null}
          <div class={hasFacets(result) ? 'search-layout' : 'search-layout single'}>
            <section class="results" aria-labelledby="results-title">
              <h2 id="results-title">
                Kết quả{' '}
                <span class="count" role="status">
                  ({formatCount(result.total)} văn bản)
                </span>
                {hasFacets(result) ? (
                  <a class="facet-jump" href="#loc-ket-qua">
                    Lọc kết quả ↓
                  </a>
                ) : null}
              </h2>
              {result.interpretation.citations.length ? (
                <p class="hint">
                  Đã nhận ra số/ký hiệu: {result.interpretation.citations.join(', ')}. Chỉ hiện các
                  văn bản trích dẫn văn bản này.
                </p>
              ) : null}
              <ActiveFilters query={query} />
              {result.hits.length ? (
                <ol class="result-list">
                  {result.hits.map((hit) => (
                    <Hit hit={hit} />
                  ))}
                </ol>
              ) : result.total > 0 ? (
                <div class="empty-state">
                  <p>
                    <strong>
                      Trang này nằm ngoài {formatCount(LAST_PAGE)} trang kết quả được hiển thị.
                    </strong>
                  </p>
                  <ul>
                    <li>
                      <a href={searchHref(query, { page: 1 })}>Về trang 1</a>, hoặc thu hẹp kết quả
                      bằng bộ lọc năm, loại văn bản, cơ quan ban hành.
                    </li>
                  </ul>
                </div>
              ) : (
                <div class="empty-state">
                  <p>
                    <strong>Không tìm thấy văn bản nào phù hợp.</strong>
                  </p>
                  <ul>
                    {hasActiveFilters(query) ? (
                      <li>Bỏ bớt bộ lọc (bấm vào dấu ✕ ở trên).</li>
                    ) : null}
                    <li>Kiểm tra chính tả, hoặc gõ không dấu.</li>
                    <li>Dùng ít từ hơn, hoặc chỉ gõ số/ký hiệu (ví dụ: 35-NQ/TW).</li>
                  </ul>
                </div>
              )}
              <Pager query={query} total={result.total} />
            </section>
            <Facets query={query} result={result} />
          </div>
        </>
      ) : null}
      {!searched ? (
        <section class="panel" aria-labelledby="help-title">
          <h2 id="help-title">Cách tìm</h2>
          <ul>
            <li>
              Gõ số/ký hiệu ở bất kỳ dạng nào (<code>35-NQ/TW</code>, <code>NQ 35</code>,{' '}
              <code>nghi quyet 35</code>) để xem mọi văn bản trích dẫn văn bản đó, theo năm.
            </li>
            <li>
              Gõ từ khóa, có dấu hoặc không dấu (ví dụ: <code>an ninh mang</code>).
            </li>
            <li>
              Lọc theo năm, loại văn bản, cơ quan ban hành trong phần “Lọc kết quả”; đường dẫn trang
              lưu cả lần tìm, có thể gửi cho người khác.
            </li>
          </ul>
        </section>
      ) : null}
    </>
  );
}
