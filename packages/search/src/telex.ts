/**
 * Telex spelling of Vietnamese words (`Đảng` → `ddangr`, `đang` → `ddang`, `dạng` → `dangj`).
 *
 * Meilisearch's tokenizer (charabia) folds every tone mark and `đ` to plain ASCII (vn-docs-spec
 * §11.2), so `dang` finds `Đảng` but the index cannot tell `Đảng` from `dạng`. A hidden `exact`
 * field holds the Telex spelling of every word that carries a diacritic; the query adds the Telex
 * spelling of its diacritic words, so documents with the exact spelling rank first (§11.4).
 */

const TONES: Record<string, string> = {
  '\u0300': 'f', // huyền
  '\u0301': 's', // sắc
  '\u0309': 'r', // hỏi
  '\u0303': 'x', // ngã
  '\u0323': 'j', // nặng
};

const SHAPES: Record<string, string> = {
  '\u0302': '', // circumflex: the base letter is doubled (â → aa, ê → ee, ô → oo)
  '\u0306': 'w', // breve: ă → aw
  '\u031b': 'w', // horn: ơ → ow, ư → uw
};

/** Telex of one word; null when the word has no diacritic (its Telex is itself). */
export function telexWord(word: string): string | null {
  const lower = word.toLowerCase();
  const decomposed = lower.normalize('NFD');
  let out = '';
  let tone = '';
  let marked = false;
  for (const ch of decomposed) {
    if (ch === 'đ' || ch === 'ð') {
      out += 'dd';
      marked = true;
      continue;
    }
    const t = TONES[ch];
    if (t !== undefined) {
      tone = t;
      marked = true;
      continue;
    }
    const s = SHAPES[ch];
    if (s !== undefined) {
      const last = out.at(-1) ?? '';
      out += s === '' ? last : s;
      marked = true;
      continue;
    }
    if (/\p{M}/u.test(ch)) continue;
    out += ch;
  }
  return marked ? out + tone : null;
}

const WORD = /[\p{L}\p{M}]+/gu;

/** Telex spellings of the words of `text` that carry diacritics, space-separated. */
export function telexOfDiacriticWords(text: string, maxWords = Number.POSITIVE_INFINITY): string {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const telex = telexWord(match[0]);
    if (telex !== null) {
      out.push(telex);
      if (out.length >= maxWords) break;
    }
  }
  return out.join(' ');
}

/** True when the text holds at least one Vietnamese diacritic or `đ`. */
export function hasDiacritics(text: string): boolean {
  return /[\u0300-\u036f\u0111\u0110]/u.test(text.normalize('NFD'));
}
