/**
 * Highlighted snippets arrive from the search layer already HTML-escaped, with `<mark>` tags
 * around matches. Before they are written raw into a page this function re-checks that promise:
 * the result contains no tag but `<mark>`/`</mark>` and no `&` that does not start a plain
 * entity, whatever the input. Text that was not escaped is escaped here; nothing is dropped.
 */
const MARK_SPLIT = /(<mark>|<\/mark>)/;
const ENTITY = /^&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/;

function escapeSegment(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i += 1) {
    const ch = segment[i] as string;
    if (ch === '&') {
      out += ENTITY.test(segment.slice(i, i + 40)) ? '&' : '&amp;';
    } else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&#39;';
    else out += ch;
  }
  return out;
}

export function safeSnippetHtml(snippet: string): string {
  let open = false;
  let out = '';
  for (const part of snippet.split(MARK_SPLIT)) {
    if (part === '<mark>') {
      if (!open) out += '<mark>';
      open = true;
    } else if (part === '</mark>') {
      if (open) out += '</mark>';
      open = false;
    } else {
      out += escapeSegment(part);
    }
  }
  if (open) out += '</mark>';
  return out;
}
