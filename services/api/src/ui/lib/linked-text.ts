/**
 * Splits a document's stored text into plain segments and citation segments, using the
 * citations' UTF-16 `start`/`end` offsets. The caller renders every segment as text (escaped by
 * JSX); only the citation segments become links. Overlapping, out-of-range or inconsistent spans
 * are dropped rather than trusted, so a bad analysis can never cut or duplicate text.
 */
export interface CitationSpan<T> {
  start: number;
  end: number;
  data: T;
}

export type TextSegment<T> =
  { kind: 'text'; text: string } | { kind: 'citation'; text: string; data: T };

export function segmentText<T>(text: string, spans: readonly CitationSpan<T>[]): TextSegment<T>[] {
  const valid = spans
    .filter(
      (s) =>
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        s.start >= 0 &&
        s.end > s.start &&
        s.end <= text.length,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment<T>[] = [];
  let cursor = 0;
  for (const span of valid) {
    if (span.start < cursor) continue; // overlaps the previous citation
    if (span.start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, span.start) });
    segments.push({ kind: 'citation', text: text.slice(span.start, span.end), data: span.data });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  return segments;
}
