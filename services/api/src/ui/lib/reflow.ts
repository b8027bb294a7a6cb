/**
 * Text extracted from PDFs keeps the page's line breaks, so sentences break every 60 characters.
 * For reading, a single line break inside a sentence becomes a space. Each replaced character is
 * one `\n` turned into one space, so citation offsets into the stored text stay valid.
 * Kept as breaks: blank lines, ends of sentences, list items, headings in capitals, and lines
 * that stop well before the usual line length (a short line ends a paragraph or a heading).
 */
const SENTENCE_END = /[.:;!?…]["”’)\]]*\s*$/;
const LIST_ITEM = /^\s*(?:[-–—+•*]|\d+(?:\.\d+)*[.)]|[IVXLC]+\.|[a-zđ]\)|Điều\s+\d)/u;

function isHeading(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** The usual length of a full line: the 80th percentile of non-empty line lengths. */
function usualLength(lines: string[]): number {
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}

function joins(prev: string, next: string, usual: number): boolean {
  if (prev.trim() === '' || next.trim() === '') return false;
  if (prev.trim().length < usual * 0.7) return false;
  if (SENTENCE_END.test(prev)) return false;
  if (LIST_ITEM.test(next)) return false;
  if (isHeading(prev) || isHeading(next)) return false;
  return true;
}

export function reflowForReading(text: string): string {
  const lines = text.split('\n');
  const usual = usualLength(lines);
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i += 1) {
    const prev = lines[i - 1] as string;
    const next = lines[i] as string;
    out += (joins(prev, next, usual) ? ' ' : '\n') + next;
  }
  return out;
}
