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
