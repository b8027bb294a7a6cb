import { foldSymbolChars } from '../text/clean.ts';
import { canonicalCodeCase } from './lexicon.ts';
import { matchSymbolAt } from './grammar.ts';
import type { SymbolForm } from './grammar.ts';

/**
 * Canonical identity keys (gold README "Key canonicalisation rule", design.md, spec §3.5):
 * `pad2(number) + sep + symbol`, where `sep` is `-` for Party symbols and `/` for State ones, the symbol
 * has no spaces, homoglyphs are folded (`Ð`→`Đ`, `TƯ`→`TW`) and codes are upper case except the
 * mixed-case codes (`CTr`, `TTr`, `QyĐ`, `TrS`, `QĐi`). Legal-normative symbols keep their year:
 * `09/2017/NĐ-CP`. A Party symbol written state-style (`22/CT-TW`) gets the Party form `22-CT/TW`.
 */
export interface KeyParts {
  readonly number: string;
  readonly symbol: string;
  readonly form: SymbolForm;
  readonly yearInNumber?: string | null;
  /** the second number of a malformed double number (`241/232/…`) */
  readonly extraNumber?: string | null;
  /** the symbol comes from the analysis copy (homoglyphs already folded) */
  readonly folded?: boolean;
}

/** `5` → `05`; longer numbers are unchanged. */
export function pad2(n: string): string {
  return n.length === 1 ? `0${n}` : n;
}

/** Upper-case every code of a symbol, keeping the mixed-case codes and the separators. */
export function canonicalSymbol(symbol: string): string {
  return canonicalFoldedSymbol(foldSymbolChars(symbol));
}

/**
 * Canonical symbols already computed, per symbol as written: a document cites the same few symbols
 * (`KH-UBND`, `NQ/TW`) again and again. Bounded (cleared when full); the value is always
 * {@link computeFoldedSymbol} of the key.
 */
const FOLDED_SYMBOLS = new Map<string, string>();

/** {@link canonicalSymbol} for a symbol read from the analysis copy (already folded). */
function canonicalFoldedSymbol(symbol: string): string {
  let out = FOLDED_SYMBOLS.get(symbol);
  if (out === undefined) {
    out = computeFoldedSymbol(symbol);
    if (FOLDED_SYMBOLS.size >= 4096) FOLDED_SYMBOLS.clear();
    FOLDED_SYMBOLS.set(symbol, out);
  }
  return out;
}

function computeFoldedSymbol(symbol: string): string {
  const s = symbol.replace(/\s+/g, '');
  // each code between the separators `/` and `-` in its canonical case (no split/map/join: this runs
  // once per citation)
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2f || c === 0x2d) {
      out += canonicalCodeCase(s.slice(from, i)) + s.charAt(i);
      from = i + 1;
    }
  }
  out += canonicalCodeCase(s.slice(from));
  return out.includes('Ư') ? out.replace(/(^|\/)T\.?Ư(?=$|-)/gu, '$1TW') : out;
}

function keyOfParts(p: KeyParts): string {
  const num = pad2(p.number);
  const sym = p.folded === true ? canonicalFoldedSymbol(p.symbol) : canonicalSymbol(p.symbol);
  if (p.form === 'qppl') {
    const mid = p.yearInNumber ?? p.extraNumber ?? '';
    return `${num}/${mid}/${sym}`;
  }
  return p.form === 'party' ? `${num}-${sym}` : `${num}/${sym}`;
}

/**
 * The canonical key of a citation, from its parts or from a written reference (`35-NQ/TW`,
 * `Nghị định số 09/2017/NÐ-CP`, `22/CT-TW`). For a string, returns null when it holds no
 * number-and-symbol reference.
 */
export function canonicalKey(parts: KeyParts): string;
export function canonicalKey(reference: string): string | null;
export function canonicalKey(input: KeyParts | string): string | null {
  if (typeof input !== 'string') return keyOfParts(input);
  const s = foldSymbolChars(input).replace(/\s+/g, ' ').toUpperCase();
  const re = /(?<![\d/.,-])\d{1,5}(?!\d)/g;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const sym = matchSymbolAt(s, m.index + m[0].length);
    if (sym) {
      return keyOfParts({
        number: m[0],
        symbol: sym.symbol,
        form: sym.form,
        yearInNumber: sym.yearInNumber,
        extraNumber: sym.extraNumber,
      });
    }
  }
  return null;
}
