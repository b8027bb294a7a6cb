/** Escaping in ONE place: Meilisearch filter values and HTML snippets. */

/**
 * A filter value as a quoted Meilisearch string literal: `"`, `\` escaped. Every value that comes
 * from a request goes through here, so `" OR year > 0` stays a literal.
 */
export function escapeFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `field = "value"` with the value escaped. Field names are ours, never from a request. */
export function eq(field: string, value: string): string {
  return `${field} = ${escapeFilterValue(value)}`;
}

/** `field IN ["a", "b"]` with every value escaped. */
export function inList(field: string, values: readonly string[]): string {
  return `${field} IN [${values.map(escapeFilterValue).join(', ')}]`;
}

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML[ch] ?? ch);
}

/**
 * Placeholder highlight tags sent to Meilisearch instead of `<mark>`: plain text that HTML escaping
 * leaves alone and that documents do not contain.
 */
export const HIGHLIGHT_PRE = '\u27e6vb-mark\u27e7';
export const HIGHLIGHT_POST = '\u27e6/vb-mark\u27e7';

/**
 * Turns Meilisearch's `_formatted` text (raw document text with placeholder tags) into safe HTML:
 * everything escaped, then only our placeholders become `<mark>`/`</mark>`.
 */
export function formattedToHtml(formatted: string): string {
  const escaped = escapeHtml(formatted);
  let open = 0;
  const withMarks = escaped.replace(
    new RegExp(`${escapeRegExp(HIGHLIGHT_PRE)}|${escapeRegExp(HIGHLIGHT_POST)}`, 'g'),
    (tag) => {
      if (tag === HIGHLIGHT_PRE) {
        open += 1;
        return open === 1 ? '<mark>' : '';
      }
      if (open === 0) return '';
      open -= 1;
      return open === 0 ? '</mark>' : '';
    },
  );
  return open > 0 ? `${withMarks}</mark>` : withMarks;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
