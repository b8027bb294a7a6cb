import { documentHref, documentLabel, formatDate, relationLabel } from '../lib/format.ts';
import type { DocumentRefView } from '../types.ts';

/** One line about a document with a link to it: label, issuer, date, relation. */
export function DocRef({
  doc,
  showRelation = false,
}: {
  doc: DocumentRefView;
  showRelation?: boolean;
}) {
  const details = [doc.issuer, doc.date ? formatDate(doc.date) : doc.year ? String(doc.year) : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <a href={documentHref(doc.id)}>{documentLabel(doc)}</a>
      {details ? <span class="muted"> ({details})</span> : null}
      {showRelation && doc.relation ? (
        <>
          {' '}
          <span class="badge">{relationLabel(doc.relation)}</span>
        </>
      ) : null}
    </>
  );
}
