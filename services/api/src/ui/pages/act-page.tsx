import { ChainTree } from '../components/chain-tree.tsx';
import { DocRef } from '../components/doc-ref.tsx';
import { documentHref, documentLabel, formatDate, searchCitesHref } from '../lib/format.ts';
import type { ActView } from '../types.ts';

const FIELD_LABELS: Record<string, string> = {
  date: 'Ngày ban hành không thống nhất',
  issuer: 'Cơ quan ban hành không thống nhất',
  subject: 'Trích yếu không thống nhất',
  type: 'Loại văn bản không thống nhất',
};

export function ActPage({ act }: { act: ActView }) {
  const title = `${act.type ? `${act.type} ` : ''}${act.key}`;
  const citing = act.citingByYear.reduce((sum, y) => sum + y.documents.length, 0);
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
                văn bản trích dẫn ghi khác nhau; xem bảng dưới đây.
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
            Tìm mọi văn bản trích dẫn {act.key} ({citing})
          </a>
        </p>
      </section>
      <section class="panel" aria-labelledby="variants-title">
        <h2 id="variants-title">Thông tin theo các văn bản trích dẫn</h2>
        {act.variants.length ? (
          <div class="table-wrap">
            <table class="variants">
              <caption class="visually-hidden">Các cách ghi về văn bản {act.key}</caption>
              <thead>
                <tr>
                  <th scope="col">Ngày ban hành</th>
                  <th scope="col">Cơ quan ban hành</th>
                  <th scope="col">Trích yếu</th>
                  <th scope="col">Theo văn bản</th>
                </tr>
              </thead>
              <tbody>
                {act.variants.map((v) => (
                  <tr>
                    <td>
                      {v.date ? formatDate(v.date) : <span class="muted">Không ghi</span>}
                      {v.date && act.conflicts.some((c) => c.field === 'date') ? (
                        <span class="conflict"> ⚠</span>
                      ) : null}
                    </td>
                    <td>{v.issuer ?? <span class="muted">Không ghi</span>}</td>
                    <td>{v.subject ?? <span class="muted">Không ghi</span>}</td>
                    <td>
                      <ul class="ref-list">
                        {v.documents.map((d) => (
                          <li>
                            <DocRef doc={d} />
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="muted">Chưa có thông tin.</p>
        )}
      </section>
      <section class="panel" aria-labelledby="chain-title">
        <h2 id="chain-title">Chuỗi triển khai thực hiện</h2>
        <ChainTree currentLabel={title} up={act.implementsTree} down={act.implementedByTree} />
      </section>
      <section class="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Văn bản trích dẫn theo năm ({citing})</h2>
        {act.citingByYear.length ? (
          <ol class="timeline">
            {act.citingByYear.map((group) => (
              <li>
                <h3>
                  {group.year ?? 'Không rõ năm'}{' '}
                  <span class="count">({group.documents.length})</span>
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
