import { actHref, documentHref, formatCount, formatDate } from '../lib/format.ts';
import type { ActSummaryView } from '../types.ts';

/** The act named by the query, on top of the results: identity, citations per year, links. */
export function ActCard({ act }: { act: ActSummaryView }) {
  const max = Math.max(1, ...act.citedByYear.map((y) => y.count));
  const years = [...act.citedByYear].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
  return (
    <section class="panel act-card" aria-labelledby="act-card-title">
      <h2 id="act-card-title">
        {act.type ? `${act.type} ` : ''}
        {act.key}
      </h2>
      <dl class="facts">
        <dt>Số/ký hiệu</dt>
        <dd>{act.key}</dd>
        {act.type ? (
          <>
            <dt>Loại văn bản</dt>
            <dd>{act.type}</dd>
          </>
        ) : null}
        <dt>Ngày ban hành</dt>
        <dd>
          {act.dates.length ? act.dates.map(formatDate).join('; ') : 'Chưa rõ'}
          {act.conflict ? (
            <>
              {' '}
              <span class="conflict">(Ngày ban hành không thống nhất)</span>
            </>
          ) : null}
        </dd>
        {act.issuers.length ? (
          <>
            <dt>Cơ quan ban hành</dt>
            <dd>{act.issuers.join('; ')}</dd>
          </>
        ) : null}
        {act.subjects.length ? (
          <>
            <dt>Trích yếu</dt>
            <dd>{act.subjects[0]}</dd>
          </>
        ) : null}
        <dt>Được trích dẫn</dt>
        <dd>{formatCount(act.citingCount)} văn bản trong kho</dd>
      </dl>
      {act.citedByYear.length ? (
        <>
          <h3 id="act-card-years">Số văn bản trích dẫn theo năm</h3>
          <ul class="histogram" aria-labelledby="act-card-years">
            {years.map((y) => (
              <li>
                <span class="row">
                  <span>{y.year ?? 'Không rõ'}</span>
                  <span
                    class="bar"
                    style={`width:${Math.round((y.count / max) * 100)}%`}
                    aria-hidden="true"
                  ></span>
                  <span class="count">{formatCount(y.count)}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="actions">
        <a class="button" href={actHref(act.key)}>
          Xem trang văn bản {act.key}
        </a>
        {act.documentId ? (
          <a class="button secondary" href={documentHref(act.documentId)}>
            Mở bản lưu trong kho
          </a>
        ) : (
          <span class="muted">Kho chưa có bản gốc của văn bản này.</span>
        )}
      </p>
    </section>
  );
}
