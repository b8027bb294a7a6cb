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
}
