import { isRegexSpace } from '../text/chars.ts';
import { isPartyIssuer, isPartyTypeCode, isTypeCode, typeOfCode } from './lexicon.ts';

/**
 * Number/symbol grammars (vn-docs-spec §3.1, §3.3–3.5) applied right after a number of the analysis
 * copy. One sticky regex with three alternatives, tried in this order:
 *   1. `N/YYYY/T-I` (legal-normative; also the malformed double number `241/232/…`)
 *   2. `N-T/I[-U]` (Party; the first separator may be `-`, a space or nothing when T is a type code)
 *   3. `N/G1[-G…]` (State: `3006/KH-UBND`, công văn `728/UBND-TH`, bare `50/VHTT`)
 * Codes start with a capital; later groups are upper case (or a known mixed-case code), so plain
 * words are never swallowed. Separators allow one whitespace character on each side (the analysis
 * copy has collapsed whitespace runs), which keeps the match linear.
 */

/**
 * A steering committee named by a three-digit number (`BCĐ389`, the national anti-smuggling committee:
 * `1234/QĐ-BCĐ389`); other codes carry at most two digits (`QH13`, `UBTVQH15`).
 */
const NUMBERED = String.raw`BCĐ\d{3}`;
const FIRST = String.raw`(?:CTr|TTr|QyĐ|TrS|QĐi|TTg|CTHĐ|${NUMBERED}|[A-ZĐƯ][A-Za-zĐđƯư&]{0,11}\d{0,2})`;
const UPPER = String.raw`(?:CTr|TTr|QyĐ|TrS|QĐi|TTg|${NUMBERED}|[A-ZĐƯ][A-ZĐƯ&]{0,11}\d{0,2})`;
const UNIT_SEP = String.raw`\s?-\s?`;
const GROUPS = `${UPPER}(?:${UNIT_SEP}${UPPER})*`;

export const SYMBOL_AT = new RegExp(
  String.raw`(?:\s?/\s?(\d{1,5})\s?/\s?(${GROUPS})` +
    String.raw`|(\s?-\s?|\s|)(${FIRST})\s?/\s?(${GROUPS})` +
    String.raw`|\s?/\s?(${GROUPS}))(?![\p{L}\d])`,
  'uy',
);

export type SymbolForm = 'qppl' | 'party' | 'state';

export interface SymbolMatch {
  /** end of the symbol in the analysis copy */
  readonly end: number;
  readonly form: SymbolForm;
  /** the symbol without whitespace, as written after the number's separator (`KH-UBND`, `NQ/TW`) */
  readonly symbol: string;
  /** `2017` for `09/2017/NĐ-CP` */
  readonly yearInNumber: string | null;
  /** the second number of a malformed `241/232/STTTT-TTBCXB` */
  readonly extraNumber: string | null;
  /** the type code inside the symbol, when there is one */
  readonly typeCode: string | null;
  /** the type the code names, when it names one */
  readonly codeType: string | null;
  /** a single group after `/` (`50/VHTT`, `15/CP`): only a citation after `số` or a type word */
  readonly bare: boolean;
  /** a Party symbol written state-style (`22/CT-TW`) or with a missing separator (`362QĐ/…`) */
  readonly nonstandard: boolean;
}

const SPACE = /\s/;
const noSpace = (x: string): string => (SPACE.test(x) ? x.replace(/\s+/g, '') : x);

/** Units a glued header cell may leave behind (`VPĐOÀN TNCS` → `VP`), spec T64. */
const KNOWN_UNITS = [
  'KGVX',
  'TTBCXB',
  'TTCS',
  'TCKT',
  'VP',
  'NC',
  'VX',
  'ĐT',
  'TH',
  'TC',
  'KT',
  'TCCB',
];
const GLUED_UNIT = /-([A-ZĐƯ]{2,6})(?=\p{Lu})/uy;

/** Steering committees written with their number: `103-CV/BCĐ 35`. */
const BCD_NUMBER = /\s(\d{1,3})(?![\d/.-]|,\d)/y;

/** `[A-ZĐƯ]`: what every code of a symbol starts with */
function isCodeStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c === 0x110 || c === 0x1af;
}

/**
 * False when {@link SYMBOL_AT} cannot match at `numEnd` (checked by hand on its first characters;
 * most numbers followed by `/` or `-` are dates, `13/11/2019`, `15-5-2016`, where the regex fails):
 * `[\s]`, then `/` + `[\s]` + (`\d{1,5}` + `[\s]` + `/` + `[\s]` +) a capital, or `-` + `[\s]` + a
 * capital, or a capital (`[…]`: optional).
 */
export function maySymbolFollow(s: string, numEnd: number): boolean {
  let p = numEnd;
  if (isRegexSpace(s.charCodeAt(p))) p++;
  const c = s.charCodeAt(p);
  if (isCodeStart(c)) return true;
  if (c !== 0x2f && c !== 0x2d) return false;
  p++;
  if (isRegexSpace(s.charCodeAt(p))) p++;
  if (c === 0x2d) return isCodeStart(s.charCodeAt(p));
  if (isCodeStart(s.charCodeAt(p))) return true;
  // `/2017/NĐ-CP`: 1–5 digits, then `/` and a capital
  let e = p;
  while (e - p < 6 && isDigit(s.charCodeAt(e))) e++;
  if (e === p || e - p > 5) return false;
  if (isRegexSpace(s.charCodeAt(e))) e++;
  if (s.charCodeAt(e) !== 0x2f) return false;
  e++;
  if (isRegexSpace(s.charCodeAt(e))) e++;
  return isCodeStart(s.charCodeAt(e));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The symbol that follows the number ending at `numEnd`, or null. */
export function matchSymbolAt(s: string, numEnd: number): SymbolMatch | null {
  if (!maySymbolFollow(s, numEnd)) return null;
  SYMBOL_AT.lastIndex = numEnd;
  const m = SYMBOL_AT.exec(s);
  if (!m) return null;
  let end = numEnd + m[0].length;
  if (m[2] !== undefined) {
    const middle = m[1] ?? '';
    const tail = noSpace(m[2]);
    const isYear = /^(?:1[89]|20)\d\d$/.test(middle);
    const first = tail.split('-')[0] ?? '';
    return {
      end,
      form: 'qppl',
      symbol: tail,
      yearInNumber: isYear ? middle : null,
      extraNumber: isYear ? null : middle,
      typeCode: isTypeCode(first) ? first : null,
      codeType: typeOfCode(first) ?? null,
      bare: false,
      nonstandard: !isYear,
    };
  }
  if (m[4] !== undefined && m[5] !== undefined) {
    const sep = m[3] ?? '';
    const type = m[4];
    const known = isTypeCode(type);
    if (sep.trim() === '' && !known) return null;
    if (!known && type.length < 2) return null;
    let issuer = noSpace(m[5]);
    if (issuer.endsWith('BCĐ') && /(?:^|-)BCĐ$/u.test(issuer)) {
      BCD_NUMBER.lastIndex = end;
      const b = BCD_NUMBER.exec(s);
      if (b) {
        issuer += b[1] ?? '';
        end += b[0].length;
      }
    }
    // `367 - QĐ/TWĐTN-VPĐOÀN TNCS…`: a header cell glued to the next; cut at a known unit code (T64)
    GLUED_UNIT.lastIndex = end;
    const g = s.charCodeAt(end) === 0x2d ? GLUED_UNIT.exec(s) : null;
    const unit = g ? KNOWN_UNITS.find((u) => (g[1] ?? '').startsWith(u)) : undefined;
    if (unit !== undefined) {
      issuer += `-${unit}`;
      end += 1 + unit.length;
    }
    return {
      end,
      form: 'party',
      symbol: `${type}/${issuer}`,
      yearInNumber: null,
      extraNumber: null,
      typeCode: type,
      codeType: typeOfCode(type) ?? null,
      bare: false,
      nonstandard: sep.trim() === '',
    };
  }
  const groupsText = m[6];
  if (groupsText === undefined) return null;
  const groups = noSpace(groupsText).split('-');
  const g1 = groups[0] ?? '';
  const g2 = groups[1];
  if (g2 !== undefined && isPartyTypeCode(g1) && isPartyIssuer(g2)) {
    // Party document written state-style: 22/CT-TW → 22-CT/TW (spec §3.5 step 3)
    const rest = groups.slice(2);
    return {
      end,
      form: 'party',
      symbol: `${g1}/${[g2, ...rest].join('-')}`,
      yearInNumber: null,
      extraNumber: null,
      typeCode: g1,
      codeType: typeOfCode(g1) ?? null,
      bare: false,
      nonstandard: true,
    };
  }
  const known = isTypeCode(g1);
  return {
    end,
    form: 'state',
    symbol: groups.join('-'),
    yearInNumber: null,
    extraNumber: null,
    typeCode: known ? g1 : null,
    codeType: known ? (typeOfCode(g1) ?? null) : 'Công văn',
    bare: groups.length === 1,
    nonstandard: false,
  };
}
