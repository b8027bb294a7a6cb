import { foldDiacritics, foldSymbolChars } from '../text/clean.ts';
import { matchSymbolAt } from './grammar.ts';
import { canonicalKey, canonicalSymbol, pad2 } from './key.ts';
import { isPartyIssuer, typeOfCode, typeWordsFolded } from './lexicon.ts';

/**
 * A citation typed in a search box (design.md "Search behaviour"): `35-NQ/TW`, `35/NQ-TW`, `NQ 35`,
 * `NQ35-TW`, `nghị quyết số 35`, `nghi quyet 35-nq/tw`, `Kết luận 23-KL/TW`, `3006/KH-UBND`,
 * `09/2017/nd-cp`, or a URL slug `nghi-quyet-28-2016-qh14`.
 * `keys` are canonical keys to filter on; `candidates` also carry number-only references (`NQ 35` →
 * `{type: 'Nghị quyết', number: '35'}`: match keys starting `35-NQ/` or `35/NQ`); `rest` is the query
 * with the recognised references removed.
 */
export interface CitationCandidate {
  type?: string;
  number: string;
  symbol?: string;
}

export interface CitationQuery {
  keys: string[];
  candidates: CitationCandidate[];
  rest: string;
}

/** ASCII spellings of codes that carry Đ (typed without diacritics). */
const ASCII_CODES = new Map<string, string>([
  ['ND', 'NĐ'],
  ['QD', 'QĐ'],
  ['QDI', 'QĐi'],
  ['DU', 'ĐU'],
  ['BCD', 'BCĐ'],
  ['BCDTW', 'BCĐTW'],
  ['HDND', 'HĐND'],
  ['TDTN', 'TĐTN'],
  ['TWDTN', 'TWĐTN'],
  ['CTHD', 'CTHĐ'],
  ['DUK', 'ĐUK'],
]);

function fixAsciiCodes(symbol: string): string {
  return symbol
    .split(/([/-])/)
    .map((g) => ASCII_CODES.get(g) ?? g)
    .join('');
}

const CODE_NUMBER =
  /(?<![\p{L}\d])(NQ|NĐ|ND|QĐ|QD|CT|KL|KH|HD|TB|CV|CTR|QC|TT)\s?(\d{1,5})(?:\s?[-/]\s?([A-ZĐƯ]{1,8}))?(?![\p{L}\d/-])/gu;
const SLUG =
  /(?<![\p{L}\d])(\d{1,5})-((?:19|20)\d\d)-((?:qh|ubtvqh)\d{1,2}|[a-z]{1,5}-(?:cp|ttg|ubnd|hdnd|qh\d{1,2}|ctn|bnv|btc|btttt|vpcp))(?![a-z\d])/gu;
const NUMBER = /(?<![\d/.,-])\d{1,5}(?!\d)/g;

interface Found {
  readonly start: number;
  readonly end: number;
}

function overlaps(spans: readonly Found[], a: number, b: number): boolean {
  return spans.some((sp) => a < sp.end && b > sp.start);
}

export function parseCitationQuery(q: string): CitationQuery {
  const text = foldSymbolChars(q).replace(/\s+/g, ' ').trim();
  const upper = text.toUpperCase();
  const folded = foldDiacritics(text).toLowerCase();
  const sameLength = upper.length === text.length && folded.length === text.length;
  const keys: string[] = [];
  const candidates: CitationCandidate[] = [];
  const spans: Found[] = [];
  const addKey = (key: string, cand: CitationCandidate, sp: Found): void => {
    if (!keys.includes(key)) keys.push(key);
    candidates.push(cand);
    spans.push(sp);
  };

  // URL slugs: nghi-quyet-28-2016-qh14, nghi-dinh-09-2017-nd-cp
  for (let m = SLUG.exec(folded); m !== null; m = SLUG.exec(folded)) {
    const tail = fixAsciiCodes((m[3] ?? '').toUpperCase());
    const key = canonicalKey({
      number: m[1] ?? '',
      symbol: tail,
      form: 'qppl',
      yearInNumber: m[2] ?? null,
    });
    const first = tail.split('-')[0] ?? '';
    addKey(key, withType({ number: m[1] ?? '', symbol: tail }, typeOfCode(first)), {
      start: m.index,
      end: m.index + m[0].length,
    });
  }

  // NQ35-TW, NQ 35/TW, NQ 35
  if (sameLength) {
    for (let m = CODE_NUMBER.exec(upper); m !== null; m = CODE_NUMBER.exec(upper)) {
      const sp = { start: m.index, end: m.index + m[0].length };
      if (overlaps(spans, sp.start, sp.end)) continue;
      const code = fixAsciiCodes(m[1] ?? '');
      const number = m[2] ?? '';
      const type = typeOfCode(code);
      const issuer = m[3] !== undefined ? fixAsciiCodes(m[3]) : undefined;
      if (issuer === undefined) {
        candidates.push(withType({ number }, type));
        spans.push(sp);
        continue;
      }
      const party = isPartyIssuer(issuer);
      const symbol = party ? `${code}/${issuer}` : `${code}-${issuer}`;
      addKey(
        canonicalKey({ number, symbol, form: party ? 'party' : 'state' }),
        withType({ number, symbol }, type),
        sp,
      );
    }
  }

  // full symbols: 35-NQ/TW, 35/NQ-TW, 3006/KH-UBND, 09/2017/NĐ-CP
  for (let m = NUMBER.exec(upper); m !== null; m = NUMBER.exec(upper)) {
    const numEnd = m.index + m[0].length;
    if (overlaps(spans, m.index, numEnd)) continue;
    const sym = matchSymbolAt(upper, numEnd);
    if (!sym) continue;
    const symbol = fixAsciiCodes(sym.symbol);
    if (sym.bare && isPartyIssuer(symbol)) continue;
    const key = canonicalKey({
      number: m[0],
      symbol,
      form: sym.form,
      yearInNumber: sym.yearInNumber,
      extraNumber: sym.extraNumber,
    });
    const code = symbol.split(/[/-]/)[0] ?? '';
    const type = sym.form === 'state' && !sym.typeCode ? 'Công văn' : typeOfCode(code);
    addKey(key, withType({ number: m[0], symbol }, type ?? undefined), {
      start: m.index,
      end: sym.end,
    });
    NUMBER.lastIndex = sym.end;
  }

  // type words (with or without diacritics) + [số] + number; a URL slug spells spaces as hyphens
  const words = text.includes(' ') ? folded : folded.replace(/-/g, ' ');
  for (const { folded: phrase, type } of typeWordsFolded()) {
    let from = 0;
    for (let at = words.indexOf(phrase, from); at >= 0; at = words.indexOf(phrase, from)) {
      from = at + phrase.length;
      if (at > 0 && /\p{L}/u.test(words.charAt(at - 1))) continue;
      const tail = /^\s?(?:so\s?:?\s?)?(\d{1,5})(?!\d)/u.exec(words.slice(from, from + 16));
      if (!tail) continue;
      const numStart = from + tail[0].length - (tail[1] ?? '').length;
      const numEnd = from + tail[0].length;
      const hit = spans.findIndex((sp) => numStart >= sp.start && numStart < sp.end);
      if (hit >= 0) {
        const c = candidates[hit];
        if (c && c.number === tail[1]) {
          c.type = type;
          const sp = spans[hit];
          if (sp) spans[hit] = { start: Math.min(sp.start, at), end: sp.end };
        }
        continue;
      }
      candidates.push({ type, number: tail[1] ?? '' });
      spans.push({ start: at, end: numEnd });
    }
  }

  return { keys, candidates, rest: restOf(text, spans, sameLength) };
}

function withType(c: CitationCandidate, type: string | undefined): CitationCandidate {
  const out: CitationCandidate =
    c.symbol === undefined
      ? { number: c.number }
      : { number: c.number, symbol: canonicalSymbol(c.symbol) };
  return type === undefined ? out : { type, ...out };
}

function restOf(text: string, spans: readonly Found[], sameLength: boolean): string {
  if (!sameLength || spans.length === 0) return spans.length === 0 ? text : text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let p = 0;
  for (const sp of sorted) {
    if (sp.start > p) out += text.slice(p, sp.start);
    p = Math.max(p, sp.end);
  }
  out += text.slice(p);
  return out.replace(/\s+/g, ' ').trim();
}

/** `NQ 35` style candidates share this number padding with keys. */
export function candidateKeyPrefixes(c: CitationCandidate): string[] {
  const code = c.type === undefined ? undefined : codeForType(c.type);
  if (code === undefined) return [];
  const n = pad2(c.number);
  return [`${n}-${code}/`, `${n}/${code}-`];
}

function codeForType(type: string): string | undefined {
  for (const [code, t] of [
    ['NQ', 'Nghị quyết'],
    ['QĐ', 'Quyết định'],
    ['CT', 'Chỉ thị'],
    ['KL', 'Kết luận'],
    ['KH', 'Kế hoạch'],
    ['HD', 'Hướng dẫn'],
    ['TB', 'Thông báo'],
    ['CV', 'Công văn'],
    ['NĐ', 'Nghị định'],
    ['CTr', 'Chương trình'],
    ['QC', 'Quy chế'],
    ['QĐ', 'Quy định'],
  ] as const) {
    if (t === type) return code;
  }
  return undefined;
}
