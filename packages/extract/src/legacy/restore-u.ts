/**
 * TCVN3 writes `ư` as 0xAD, a soft hyphen, which many tools drop (`tr­êng` → `trêng` →
 * `trờng`). After decoding, put it back where Vietnamese leaves no other reading
 * (vn-docs-spec.md §10.2): no rhyme `ơng`, `ơc` or `ơu` exists without `ư` (`ương`, `ước`,
 * `ươu`), and a syllable of consonants only (`nh`, `th`, `trng`) lost its vowel `ư`.
 */
const O_HORN = 'ơớờởỡợƠỚỜỞỠỢ';
const LOST_BEFORE_O = new RegExp(
  `(^|[^\\p{L}]|[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX])([${O_HORN}])(ng|c|u)(?![\\p{L}])`,
  'gu',
);
const CONSONANTS_ONLY =
  /(?<![\p{L}\p{N}])(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|b|c|d|đ|g|h|l|m|n|s|t|v|x)(ng|nh|c|t|m|n|p)?(?![\p{L}\p{N}])/gu;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

export function restoreLostU(text: string): { text: string; repairs: number } {
  let repairs = 0;
  const step1 = text.replace(LOST_BEFORE_O, (_, before: string, o: string, rest: string) => {
    repairs += 1;
    return `${before}${isUpper(o) ? 'Ư' : 'ư'}${o}${rest}`;
  });
  const step2 = step1.replace(
    CONSONANTS_ONLY,
    (whole: string, onset: string, coda: string | undefined, offset: number) => {
      // Single letters are list labels (`c)`) or abbreviations, except `tư`, `sư`, `cư`.
      const label = /^[).:]/.test(step1.slice(offset + whole.length));
      if (coda === undefined && onset.length === 1 && (!'tsc'.includes(onset) || label))
        return whole;
      repairs += 1;
      return `${onset}ư${coda ?? ''}`;
    },
  );
  return { text: step2, repairs };
}
