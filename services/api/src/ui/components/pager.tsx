import { MAX_RESULT_DEPTH } from '@vanban/search';
import { PAGE_SIZE, searchHref, type UiSearchQuery } from '../lib/search-query.ts';

/** The last page that lists hits (search lists them down to MAX_RESULT_DEPTH). */
export const LAST_PAGE = Math.floor(MAX_RESULT_DEPTH / PAGE_SIZE);

/** Previous / numbered / next links around the current page. */
export function Pager({ query, total }: { query: UiSearchQuery; total: number }) {
  const pages = Math.max(1, Math.min(Math.ceil(total / PAGE_SIZE), LAST_PAGE));
  if (pages <= 1) return null;
  const current = Math.min(query.page, pages);
  const from = Math.max(1, current - 2);
  const to = Math.min(pages, current + 2);
  const numbers: number[] = [];
  for (let p = from; p <= to; p += 1) numbers.push(p);
  return (
    <nav class="pager" aria-label="Phân trang">
      {current > 1 ? (
        <a href={searchHref(query, { page: current - 1 })} rel="prev">
          « Trang trước
        </a>
      ) : null}
      {numbers.map((p) =>
        p === current ? (
          <span aria-current="page">{p}</span>
        ) : (
          <a href={searchHref(query, { page: p })} aria-label={`Trang ${p}`}>
            {p}
          </a>
        ),
      )}
      {current < pages ? (
        <a href={searchHref(query, { page: current + 1 })} rel="next">
          Trang sau »
        </a>
      ) : null}
    </nav>
  );
}
