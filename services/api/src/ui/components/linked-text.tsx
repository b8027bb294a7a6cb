import { actHref, documentHref, relationLabel } from '../lib/format.ts';
import { segmentText } from '../lib/linked-text.ts';
import { reflowForReading } from '../lib/reflow.ts';
import type { DocumentCitationView } from '../types.ts';

/**
 * The stored text with every citation as a link: to the archive copy when held, otherwise to the
 * act page. Every segment is a JSX text child, so it is escaped; no document text is raw HTML.
 */
export function LinkedText(props: {
  text: string;
  citations: DocumentCitationView[];
  /** keep the extracted line breaks instead of joining lines inside sentences */
  originalLines?: boolean;
}) {
  // reflowing replaces characters one for one, so the citation offsets still apply
  const text = props.originalLines ? props.text : reflowForReading(props.text);
  const segments = segmentText(
    text,
    props.citations.map((c) => ({ start: c.start, end: c.end, data: c })),
  );
  // Leading and trailing blank lines of the extracted text carry no meaning; offsets stay intact
  // because only the outer plain-text segments are trimmed.
  const first = segments[0];
  if (first?.kind === 'text') first.text = first.text.replace(/^\s+/, '');
  const last = segments[segments.length - 1];
  if (last?.kind === 'text') last.text = last.text.replace(/\s+$/, '');
  return (
    <div class="doc-text" id="toan-van">
      {segments.map((segment) => {
        if (segment.kind === 'text') return segment.text;
        const c = segment.data;
        const held = c.documentId !== null;
        const title = held
          ? `${c.key}: mở văn bản trong kho (${relationLabel(c.relation)})`
          : `${c.key}: xem trang văn bản được trích dẫn (${relationLabel(c.relation)})`;
        return (
          <a
            class={held ? 'cite held' : 'cite'}
            href={held ? documentHref(c.documentId as string) : actHref(c.key)}
            title={title}
            data-key={c.key}
          >
            {segment.text}
          </a>
        );
      })}
    </div>
  );
}
