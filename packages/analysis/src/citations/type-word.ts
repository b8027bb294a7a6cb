import { isLetterCode, isUpperCode } from '../text/chars.ts';
import { lowerCased } from '../text/lower-case.ts';
import { MAX_TYPE_WORDS, phraseEndingWith, typeOfAbbreviation } from './lexicon.ts';

/**
 * What precedes a number: `<type word> [số[:]] [Số] N`, read backwards from the number on the
 * analysis copy. Works word by word (at most a few words back), so it costs O(1) per number.
 */
export interface TypeBefore {
  /** start of the type word, or of the first `số`, or the number itself */
  readonly start: number;
  readonly type: string | null;
  /** a `số` / `Số` stood right before the number */
  readonly hasSo: boolean;
  /** `Số:` opens its line and no type word precedes it: a header (the document's own number) */
  readonly header: boolean;
  /** issuer written between type word and number: `Quyết định của Bộ Chính trị số31-QĐ/TW` */
  readonly issuerBefore: { readonly start: number; readonly end: number } | null;
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The word ending at or before `pos` (skipping one whitespace character), or null. */
function wordBefore(s: string, pos: number): Word | null {
  let e = pos;
  if (
    e > 0 &&
    (s.charCodeAt(e - 1) === 0x20 || s.charCodeAt(e - 1) === 0x0a || s.charCodeAt(e - 1) === 0x2029)
  )
    e--;
  let b = e;
  while (b > 0 && e - b < 40 && isLetterCode(s.charCodeAt(b - 1))) b--;
  if (b === e) return null;
  if (b > 0 && isLetterCode(s.charCodeAt(b - 1))) return null;
  return { start: b, end: e, text: s.slice(b, e) };
}

/** `số` in any case (`s`/`S`, then `ố`/`Ố`): what `toLowerCase() === 'số'` accepts */
function isSoWord(w: Word): boolean {
  const t = w.text;
  if (t.length !== 2) return false;
  const c0 = t.charCodeAt(0);
  const c1 = t.charCodeAt(1);
  return (c0 === 0x73 || c0 === 0x53) && (c1 === 0x1ed1 || c1 === 0x1ed0);
}

/** `số` glued to the number (`số31-QĐ/TW`): the letters right before `pos`. */
function gluedSo(s: string, pos: number): Word | null {
  if (pos < 2 || !isLetterCode(s.charCodeAt(pos - 1))) return null;
  const w = { start: pos - 2, end: pos, text: s.slice(pos - 2, pos) };
  if (!isSoWord(w) || (pos > 2 && isLetterCode(s.charCodeAt(pos - 3)))) return null;
  return w;
}

/** A type phrase of 1–4 whole words ending at `pos`. */
function typeEndingAt(s: string, pos: number): { start: number; type: string } | null {
  const lastWord = wordBefore(s, pos);
  if (!lastWord) return null;
  // every type phrase ends with one of a few words: otherwise only an abbreviation can match
  let node = phraseEndingWith(lowerCased(lastWord.text));
  if (node !== undefined) {
    // the phrases of the last 1–4 words (`quyết`, `nghị quyết`, …) word by word backwards; the
    // longest one wins
    let found: { start: number; type: string } | null =
      node.type === undefined ? null : { start: lastWord.start, type: node.type };
    let p = lastWord.start;
    for (let k = 1; k < MAX_TYPE_WORDS; k++) {
      const w = wordBefore(s, p);
      if (!w) break;
      node = node.before.get(lowerCased(w.text));
      if (node === undefined) break;
      if (node.type !== undefined) found = { start: w.start, type: node.type };
      p = w.start;
    }
    if (found !== null) return found;
  }
  const t = typeOfAbbreviation(lastWord.text);
  return t === undefined ? null : { start: lastWord.start, type: t };
}

function atLineStart(s: string, pos: number): boolean {
  let p = pos;
  while (p > 0) {
    const c = s.charCodeAt(p - 1);
    if (c === 0x0a || c === 0x2029) return true;
    if (
      c === 0x2a /* * */ ||
      c === 0x20 ||
      c === 0x7c /* | */ ||
      c === 0x2d /* - */ ||
      c === 0x23 /* # */
    ) {
      p--;
      continue;
    }
    return false;
  }
  return true;
}

function skipColonBack(s: string, pos: number): number {
  let p = pos;
  if (
    p > 0 &&
    (s.charCodeAt(p - 1) === 0x20 || s.charCodeAt(p - 1) === 0x0a || s.charCodeAt(p - 1) === 0x2029)
  )
    p--;
  if (p > 0 && s.charCodeAt(p - 1) === 0x3a /* : */) return p - 1;
  return pos;
}

/** Read `[type word] [của …] [số[:]] [Số[:]]` backwards from the number starting at `numStart`. */
export function typeBefore(s: string, numStart: number): TypeBefore {
  let p = numStart;
  let soStart = -1;
  const glued = gluedSo(s, p);
  if (glued) {
    soStart = glued.start;
    p = glued.start;
  }
  for (let k = 0; k < 2; k++) {
    const q = skipColonBack(s, p);
    const w = wordBefore(s, q);
    if (!w || !isSoWord(w)) break;
    soStart = w.start;
    p = w.start;
  }
  const hasSo = soStart >= 0;
  // `Số:` opening a line is a header even under a type heading (`KẾ HOẠCH\nSố: 131-KH/HU`)
  if (
    hasSo &&
    isUpperCode(s.charCodeAt(soStart)) &&
    s.charCodeAt(soStart + 2) === 0x3a &&
    atLineStart(s, soStart)
  ) {
    return { start: soStart, type: null, hasSo, header: true, issuerBefore: null };
  }
  const direct = typeEndingAt(s, skipColonBack(s, p));
  if (direct && direct.type === 'Luật' && hasSo && s.charCodeAt(direct.start) === 0x6c /* l */) {
    // `Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13`: the lower-case `luật` ends the law's
    // name (`pháp luật`); the law is named from its capital `Luật` (spec T46)
    const law = lawNameBefore(s, p);
    if (law >= 0 && law < direct.start)
      return { start: law, type: 'Luật', hasSo, header: false, issuerBefore: null };
  }
  if (direct)
    return { start: direct.start, type: direct.type, hasSo, header: false, issuerBefore: null };
  if (hasSo) {
    const viaIssuer = typeBeforeIssuer(s, p);
    if (viaIssuer) return { ...viaIssuer, hasSo };
    const law = lawNameBefore(s, p);
    if (law >= 0) return { start: law, type: 'Luật', hasSo, header: false, issuerBefore: null };
    // `Số:` / `Số` opening a line, or a capitalised `Số:` anywhere (two header columns read as one
    // line: `HUYỆN NGỌC HỒI Số: 434/KH-UBND`), with no type word: the document's own number
    const capital = isUpperCode(s.charCodeAt(soStart));
    const colon = s.charCodeAt(soStart + 2) === 0x3a || s.slice(soStart + 2, soStart + 4) === ' :';
    const header = capital && (colon || atLineStart(s, soStart));
    return { start: soStart, type: null, hasSo, header, issuerBefore: null };
  }
  return { start: numStart, type: null, hasSo, header: false, issuerBefore: null };
}

/** `Quyết định của Bộ Chính trị số31-QĐ/TW` (spec T62): a type word, `của`, an issuer, then `số`. */
function typeBeforeIssuer(
  s: string,
  soStart: number,
): {
  start: number;
  type: string;
  header: false;
  issuerBefore: { start: number; end: number };
} | null {
  const from = Math.max(0, soStart - 70);
  const window = s.slice(from, soStart);
  const at = window.lastIndexOf(' của ');
  if (at < 0) return null;
  const between = window.slice(at + 5);
  if (/[;,.:\n]/.test(between)) return null;
  const t = typeEndingAt(s, from + at);
  if (!t) return null;
  let end = soStart;
  if (end > 0 && s.charCodeAt(end - 1) === 0x20) end--;
  return {
    start: t.start,
    type: t.type,
    header: false,
    issuerBefore: { start: from + at + 5, end },
  };
}

/** `Luật Giao dịch điện tử số 20/2023/QH15` (spec T46): a law's name between `Luật` and `số`. */
function lawNameBefore(s: string, soStart: number): number {
  return amendingLawBefore(s, innerLawNameBefore(s, soStart));
}

function innerLawNameBefore(s: string, soStart: number): number {
  const from = Math.max(0, soStart - 80);
  const window = s.slice(from, soStart);
  const at = window.lastIndexOf('Luật ');
  if (at < 0 || /[;,.:\n]/.test(window.slice(at))) return -1;
  if (at > 0 && isLetterCode(window.charCodeAt(at - 1))) return -1;
  return isUpperCode(window.charCodeAt(at + 5)) ? from + at : -1;
}

/**
 * `Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 63/2020/QH14`:
 * the number is the amending law's, so the citation starts at its `Luật`, not at the amended one's.
 */
const AMENDING = /Luật sửa đổi,? bổ sung (?:một số điều )?(?:của )?$/u;

function amendingLawBefore(s: string, law: number): number {
  if (law < 0) return law;
  const from = Math.max(0, law - 48);
  const m = AMENDING.exec(s.slice(from, law));
  return m ? from + m.index : law;
}
