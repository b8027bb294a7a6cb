export { findDates, findDatesFolded, fullDateAt, datesToMentions } from './find-dates.ts';
export type { DateHit } from './find-dates.ts';
export { isValidDate, isoDate } from './calendar.ts';
