import type { UiSearchQuery } from '../lib/search-query.ts';

/** The GET form: the URL holds the whole search. Filters ride along as hidden fields. */
export function SearchForm({
  query,
  autofocus = false,
}: {
  query: UiSearchQuery;
  autofocus?: boolean;
}) {
  return (
    <form class="search-form" method="get" action="/tim-kiem" role="search">
      <div class="search-row">
        <div class="field">
          <label for="q">Tìm văn bản</label>
          <input
            type="search"
            id="q"
            name="q"
            value={query.q}
            autocomplete="off"
            aria-describedby="q-hint"
            autofocus={autofocus}
          />
        </div>
        <div class="sort">
          <label for="sort">Sắp xếp</label>
          <select id="sort" name="sort">
            <option value="relevance" selected={query.sort === 'relevance'}>
              Phù hợp nhất
            </option>
            <option value="date" selected={query.sort === 'date'}>
              Mới nhất
            </option>
          </select>
        </div>
        {query.year !== undefined ? (
          <input type="hidden" name="year" value={String(query.year)} />
        ) : null}
        {query.type ? <input type="hidden" name="type" value={query.type} /> : null}
        {query.issuer ? <input type="hidden" name="issuer" value={query.issuer} /> : null}
        {query.cites ? <input type="hidden" name="cites" value={query.cites} /> : null}
        <button type="submit">Tìm kiếm</button>
      </div>
      <p class="hint" id="q-hint">
        Nhập từ khóa hoặc số/ký hiệu, có dấu hoặc không dấu, ví dụ: Nghị quyết 35-NQ/TW, NQ 35,
        3006/KH-UBND.
      </p>
    </form>
  );
}
