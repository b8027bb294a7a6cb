import { ChainTree } from '../components/chain-tree.tsx';
import { DocRef } from '../components/doc-ref.tsx';
import {
  documentHref,
  documentLabel,
  formatCount,
  formatDate,
  searchCitesHref,
} from '../lib/format.ts';
import type { ActView } from '../types.ts';

const FIELD_LABELS: Record<string, string> = {
  date: 'Ngày ban hành không thống nhất',
  issuer: 'Cơ quan ban hành không thống nhất',
  subject: 'Trích yếu không thống nhất',
  type: 'Loại văn bản không thống nhất',
};

export function ActPage({ act }: { act: ActView }) {
  const title = `${act.type ? `${act.type} ` : ''}${act.key}`;
  const listed = act.citingByYear.reduce((sum, y) => sum + y.documents.length, 0);
  const citing = Math.max(act.citingCount, listed);
  const dateConflict = act.conflicts.some((c) => c.field === 'date');
  const years = [...act.citingByYear].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
  return (
    <>
      <p class="muted">
        <a href="/">« Tìm kiếm</a>
      </p>
      <h1>{title}</h1>
      {act.conflicts.length ? (
        <div class="notice error" role="note" aria-label="Thông tin không thống nhất">
          <ul>
            {act.conflicts.map((c) => (
              <li>
                <strong class="conflict">
                  {FIELD_LABELS[c.field] ?? `${c.field} không thống nhất`}
                </strong>
                : {c.values.map((v) => (c.field === 'date' ? formatDate(v) : v)).join(' / ')}. Các
                văn bản trích dẫn ghi khác nhau; xem chi tiết dưới đây.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <section class="panel" aria-labelledby="held-title">
        <h2 id="held-title">Bản lưu trong kho</h2>
        {act.document ? (
          <p>
            <a class="button" href={documentHref(act.document.id)}>
              Mở {documentLabel(act.document)}
            </a>
          </p>
        ) : (
          <p class="muted">
            Kho chưa có văn bản này; trang này tổng hợp những gì các văn bản khác ghi về nó.
          </p>
        )}
        <p>
          <a href={searchCitesHref(act.key)}>
            Tìm mọi văn bản trích dẫn {act.key} ({formatCount(citing)})
          </a>
        </p>
      </section>
      <section class="panel" aria-labelledby="variants-title">
        <h2 id="variants-title">Các văn bản trích dẫn ghi gì về văn bản này</h2>
        {act.variants.length ? (
          <ul class="variant-list">
            {act.variants.map((v) => {
              const conflicting = dateConflict && v.date !== null;
              return (
                <li class={conflicting ? 'variant conflicting' : 'variant'}>
                  <dl class="facts">
                    <dt>Ngày ban hành</dt>
                    <dd>
                      {v.date ? formatDate(v.date) : <span class="muted">Không ghi</span>}
                      {conflicting ? <span class="conflict"> (không thống nhất)</span> : null}
                    </dd>
                    <dt>Cơ quan ban hành</dt>
                    <dd>
                      {v.issuers.length ? (
                        v.issuers.join('; ')
                      ) : (
                        <span class="muted">Không ghi</span>
                      )}
                    </dd>
                    <dt>Trích yếu</dt>
                    <dd>
                      {v.subjects.length === 0 ? (
                        <span class="muted">Không ghi</span>
                      ) : v.subjects.length === 1 ? (
                        v.subjects[0]
                      ) : (
                        <ul class="plain-list">
                          {v.subjects.map((subject) => (
                            <li>{subject}</li>
                          ))}
                        </ul>
                      )}
                    </dd>
                  </dl>
                  <p class="hint">Theo {v.documents.length} văn bản:</p>
                  <ul class="ref-list">
                    {v.documents.map((d) => (
                      <li>
                        <DocRef doc={d} />
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        ) : (
          <p class="muted">Các văn bản trích dẫn không ghi ngày, cơ quan ban hành hay trích yếu.</p>
        )}
      </section>
      <section class="panel" aria-labelledby="chain-title">
        <h2 id="chain-title">Chuỗi triển khai thực hiện</h2>
        <ChainTree currentLabel={title} up={act.implementsTree} down={act.implementedByTree} />
      </section>
      <section class="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Văn bản trích dẫn theo năm ({formatCount(citing)})</h2>
        {listed < citing ? (
          <p class="muted">
            Hiển thị {formatCount(listed)} văn bản mới nhất trong số {formatCount(citing)} văn bản
            trích dẫn; <a href={searchCitesHref(act.key)}>xem tất cả trong trang tìm kiếm</a>.
          </p>
        ) : null}
        {act.citingByYear.length ? (
          <ol class="timeline">
            {years.map((group) => (
              <li>
                <h3>
                  {group.year ?? 'Không rõ năm'}{' '}
                  <span class="count">
                    ({formatCount(Math.max(group.count, group.documents.length))})
                  </span>
                </h3>
                <ul class="ref-list">
                  {group.documents.map((d) => (
                    <li>
                      <DocRef doc={d} showRelation />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        ) : (
          <p class="muted">Chưa có văn bản nào trong kho trích dẫn văn bản này.</p>
        )}
      </section>
    </>
  );
}
