import type { DateMention } from '../types.ts';
import type { LocalityMention } from './localities.ts';

/**
 * Facts about one text that several analysers need, computed once by `analyze()` and handed to each
 * of them. An analyser uses a fact only when `text` is exactly the string it works on (identity works
 * on a cleaned copy, which is usually the same string); otherwise it computes its own.
 */
export interface TextFacts {
  /** the text the facts describe */
  readonly text: string;
  /** `findLocalityMentions(text)` */
  readonly localityMentions?: readonly LocalityMention[];
  /** `findDates(text)` */
  readonly dates?: readonly DateMention[];
  /** `entityText(text)` */
  readonly entityText?: string;
  /** identity's `plainness(text)`: one whole-text test, made once by `analyze()` */
  readonly plainness?: 'plain' | 'nearly' | null;
}

/**
 * The copy of an NFC text that units and unnumbered references are matched on: PDF text breaks lines
 * inside names (`Ủy ban nhân\ndân huyện`), so a list item's line start becomes ` ; ` and every
 * whitespace run one space (as `/\s+/g` → `' '`, replacing only runs that are not one space already).
 * `kind`: what the caller knows of the text (identity's `plainness(nfc)`): a plain text's only
 * whitespace code units are the space and the line feed, a nearly plain one's also the odd spaces
 * of `SAME_LENGTH_CLEAN` (no-break, figure, thin, hair, narrow no-break), and the runs are found with
 * that class (`true`: plain).
 */
export function entityText(nfc: string, kind: boolean | 'plain' | 'nearly' | null = false): string {
  const listed = nfc.replace(/\n[ \t]*[-–•+][ \t]/g, ' ; ');
  if (kind === true || kind === 'plain') return listed.replace(PLAIN_RUN, ' ');
  return kind === 'nearly' ? listed.replace(NEARLY_PLAIN_RUN, ' ') : collapseWhitespace(listed);
}

// `\s{2,}|[^\S ]` for a plain text, whose whitespace is only spaces and line feeds
const PLAIN_RUN = /\n[\n ]*| [\n ]+/g;
// … and for a nearly plain one (no whole-text test for the wide spaces first, as collapseWhitespace)
export const NEARLY_PLAIN_SPACES = '\n\u00a0\u2007\u2009\u200a\u202f';
const NEARLY_PLAIN_RUN =
  /[\n\u00a0\u2007\u2009\u200a\u202f][\n \u00a0\u2007\u2009\u200a\u202f]*| [\n \u00a0\u2007\u2009\u200a\u202f]+/g;

// the whitespace characters (`\s`) above U+00FF
const WIDE_SPACE = /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
// `\s{2,}|[^\S ]` for a text whose whitespace is all in Latin-1: a run that starts with another
// whitespace character than a space, or a space and more whitespace (the engine tests a Latin-1
// class several times faster than `\s`)
const LATIN1_RUN = /[\t\n\v\f\r\u00a0][\t\n\v\f\r \u00a0]*| [\t\n\v\f\r \u00a0]+/g;

/** Every whitespace run to one space (as `/\s+/g` → `' '`, replacing only runs that are not one space). */
export function collapseWhitespace(s: string): string {
  return WIDE_SPACE.test(s) ? s.replace(/\s{2,}|[^\S ]/g, ' ') : s.replace(LATIN1_RUN, ' ');
}

/** `entityText(nfc)`, from `facts` when they describe this very text. */
export function entityTextOf(nfc: string, facts?: TextFacts): string {
  return facts?.entityText !== undefined && facts.text === nfc ? facts.entityText : entityText(nfc);
}
