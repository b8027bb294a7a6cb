import { searchHref, type UiSearchQuery } from '../lib/search-query.ts';
import { formatCount } from '../lib/format.ts';
import type { FacetCount, SearchResultView } from '../types.ts';

function FacetLinks(props: {
  title: string;
  id: string;
  items: FacetCount[];
  selected: string | undefined;
  hrefFor: (value: string | undefined) => string;
}) {
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <ul class="facet-list">
        {props.selected ? (
          <li>
            <a href={props.hrefFor(undefined)}>« Tất cả</a>
          </li>
        ) : null}
        {props.items.map((item) => (
          <li>
            <a
              href={props.hrefFor(item.value)}
              aria-current={props.selected === item.value ? 'true' : undefined}
            >
              {item.value}
            </a>
            <span class="count">{formatCount(item.count)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function YearHistogram({ query, items }: { query: UiSearchQuery; items: FacetCount[] }) {
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => Number(a.value) - Number(b.value));
  const max = Math.max(1, ...sorted.map((i) => i.count));
  return (
    <section aria-labelledby="facet-year">
      <h2 id="facet-year">Năm</h2>
      <ul class="histogram">
        {query.year !== undefined ? (
          <li>
            <a href={searchHref(query, { year: undefined })}>« Tất cả các năm</a>
          </li>
        ) : null}
        {sorted.map((item) => (
          <li>
            <a
              href={searchHref(query, { year: Number(item.value) })}
              aria-current={String(query.year) === item.value ? 'true' : undefined}
              aria-label={`Năm ${item.value}: ${formatCount(item.count)} văn bản`}
            >
              <span>{item.value}</span>
              <span
                class="bar"
                style={`width:${Math.round((item.count / max) * 100)}%`}
                aria-hidden="true"
              ></span>
              <span class="count">{formatCount(item.count)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Whether there is anything to narrow by (there is not when nothing was found). */
export function hasFacets(result: SearchResultView): boolean {
  const { year, docType, issuer } = result.facets;
  return year.length + docType.length + issuer.length > 0;
}

/** Year histogram plus type and issuer link lists; each link narrows the current search. */
export function Facets({ query, result }: { query: UiSearchQuery; result: SearchResultView }) {
  // nothing to narrow by: no empty box
  if (!hasFacets(result)) return null;
  return (
    <aside class="facets panel" id="loc-ket-qua" aria-label="Lọc kết quả">
      <YearHistogram query={query} items={result.facets.year} />
      <FacetLinks
        title="Loại văn bản"
        id="facet-type"
        items={result.facets.docType}
        selected={query.type}
        hrefFor={(value) => searchHref(query, { type: value })}
      />
      <FacetLinks
        title="Cơ quan ban hành"
        id="facet-issuer"
        items={result.facets.issuer}
        selected={query.issuer}
        hrefFor={(value) => searchHref(query, { issuer: value })}
      />
    </aside>
  );
}
