import { DocRef } from '../components/doc-ref.tsx';
import { LinkedText } from '../components/linked-text.tsx';
import {
  actHref,
  documentHref,
  documentLabel,
  formatDate,
  isReadingWarning,
  relationLabel,
  warningLabel,
} from '../lib/format.ts';
import type { DocumentCitationView, DocumentView } from '../types.ts';

/** Distinct cited keys in text order, with the first citation of each (for the side list). */
function distinctCitations(citations: DocumentCitationView[]): DocumentCitationView[] {
  const seen = new Map<string, DocumentCitationView>();
  for (const c of citations) if (!seen.has(c.key)) seen.set(c.key, c);
  return [...seen.values()];
}

export function DocumentPage({
  doc,
  originalLines = false,
}: {
  doc: DocumentView;
  originalLines?: boolean;
}) {
  const reading = doc.warnings.filter(isReadingWarning);
  const notes = doc.warnings.filter((w) => !isReadingWarning(w));
  if (doc.ocrPages.length && !reading.some((w) => /ocr/i.test(w))) {
    reading.unshift(
      `Đã nhận dạng chữ (OCR) trang ${doc.ocrPages.join(', ')}; có thể sai dấu thanh.`,
    );
  }
  const signer = doc.signer
    ? [doc.signer.authority, doc.signer.position, doc.signer.name].filter(Boolean).join(' · ')
    : '';
  const cited = distinctCitations(doc.citations);
  return (
    <>
      <p class="muted">
        <a href="/">« Tìm kiếm</a>
      </p>
      <h1>{documentLabel(doc)}</h1>
      {reading.length ? (
        <div class="notice" role="note" aria-label="Lưu ý khi đọc văn bản">
          <strong>Lưu ý khi đọc:</strong>
          <ul>
            {reading.map((w) => (
              <li>{warningLabel(w)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="doc-layout">
        <div>
          <section class="panel" aria-labelledby="identity-title">
            <h2 id="identity-title" class="visually-hidden">
              Thông tin văn bản
            </h2>
            <dl class="facts">
              <dt>Loại văn bản</dt>
              <dd>{doc.docType ?? 'Chưa xác định'}</dd>
              <dt>Số/ký hiệu</dt>
              <dd>{doc.ownNumber ?? 'Không ghi'}</dd>
              <dt>Cơ quan ban hành</dt>
              <dd>{doc.issuer ?? 'Chưa xác định'}</dd>
              {doc.locality ? (
                <>
                  <dt>Địa bàn</dt>
                  <dd>{doc.locality}</dd>
                </>
              ) : null}
              <dt>Ngày ban hành</dt>
              <dd>
                {doc.date ? formatDate(doc.date) : doc.year ? `Năm ${doc.year}` : 'Không ghi'}
              </dd>
              {signer ? (
                <>
                  <dt>Người ký</dt>
                  <dd>{signer}</dd>
                </>
              ) : null}
              {doc.recipients.length ? (
                <>
                  <dt>Nơi nhận</dt>
                  <dd>{doc.recipients.join('; ')}</dd>
                </>
              ) : null}
              {doc.fileNames.length ? (
                <>
                  <dt>Tệp gốc</dt>
                  <dd>{doc.fileNames.join('; ')}</dd>
                </>
              ) : null}
            </dl>
            {notes.length ? (
              <details class="notes">
                <summary>Ghi chú phân tích tự động ({notes.length})</summary>
                <ul>
                  {notes.map((w) => (
                    <li>{warningLabel(w)}</li>
                  ))}
                </ul>
              </details>
            ) : null}
            <p class="actions">
              <a
                class="button"
                href={`/api/documents/${encodeURIComponent(doc.id)}/original`}
                download
              >
                Tải bản gốc
              </a>
            </p>
          </section>
          <section class="panel" aria-labelledby="text-title">
            <h2 id="text-title">Toàn văn</h2>
            <p class="hint">
              Các số/ký hiệu được gạch chân là liên kết: gạch liền, màu xanh lá mở văn bản có trong
              kho; gạch chấm, màu xanh dương mở trang tổng hợp về văn bản được trích dẫn.
            </p>
            <p class="hint">
              {originalLines ? (
                <a href={`${documentHref(doc.id)}#toan-van`}>Nối các dòng bị ngắt giữa câu</a>
              ) : (
                <a href={`${documentHref(doc.id)}?ngat-dong=goc#toan-van`}>
                  Hiện ngắt dòng như bản trích xuất
                </a>
              )}
            </p>
            <LinkedText text={doc.text} citations={doc.citations} originalLines={originalLines} />
          </section>
        </div>
        <div>
          <section class="panel" aria-labelledby="cites-title">
            <h2 id="cites-title">Văn bản này trích dẫn ({cited.length})</h2>
            {cited.length ? (
              <ul class="ref-list">
                {cited.map((c) => (
                  <li>
                    <a href={c.documentId ? documentHref(c.documentId) : actHref(c.key)}>
                      {c.type ? `${c.type} ` : ''}
                      {c.key}
                    </a>
                    {c.date ? <span class="muted"> ({formatDate(c.date)})</span> : null}{' '}
                    <span class="badge">{relationLabel(c.relation)}</span>
                    {c.documentId ? (
                      <>
                        {' '}
                        <span class="badge held">Có trong kho</span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">Không có trích dẫn có số/ký hiệu.</p>
            )}
          </section>
          <section class="panel" aria-labelledby="cited-by-title">
            <h2 id="cited-by-title">Được trích dẫn bởi ({doc.citedBy.length})</h2>
            {doc.citedBy.length ? (
              <ul class="ref-list">
                {doc.citedBy.map((d) => (
                  <li>
                    <DocRef doc={d} showRelation />
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">Chưa có văn bản nào trong kho trích dẫn văn bản này.</p>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
