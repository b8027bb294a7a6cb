/** Calendar validation and ISO formatting (pure; no Date object). */

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Day/month (and year when given) form a real calendar date. */
export function isValidDate(day: number, month: number, year?: number): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const max = MONTH_DAYS[month - 1] ?? 0;
  if (day > max) return false;
  if (year === undefined) return true;
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  return !(month === 2 && day === 29 && !isLeap(year));
}

const p2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD`, or the XML-Schema gMonthDay `--MM-DD` when there is no year. */
export function isoDate(day: number, month: number, year?: number): string {
  return year === undefined ? `--${p2(month)}-${p2(day)}` : `${year}-${p2(month)}-${p2(day)}`;
}
