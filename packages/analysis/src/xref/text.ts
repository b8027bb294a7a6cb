/** Whitespace-collapsed, trimmed copy (subjects and issuers are compared this way). */
export function collapse(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/** `YYYY` of an ISO date (`2019-07-10`), or null. */
export function yearOfIso(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-\d{2}-\d{2}$/u.exec(iso);
  return m?.[1] ? Number(m[1]) : null;
}

/** Lower-case, no diacritics, `đ` → `d`: for loose comparisons only, never for display. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}
