/**
 * mammoth's HTML → plain text: paragraphs in order separated by blank lines, tables row by row
 * with cells separated by tabs, note references as superscript numbers (`¹`) and the notes
 * themselves at the end, each starting with its number. mammoth's HTML is well-formed and
 * escaped, so a small tokenizer is enough.
 */
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function toSuperscript(n: string): string {
  return [...n].map((d) => SUPERSCRIPT[Number(d)] ?? d).join('');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower] ?? whole;
  });
}

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'table', 'ul', 'ol']);
const TOKEN = /<(\/?)([a-z0-9]+)([^>]*?)(\/?)>|([^<]+)/gi;
const NOTE_LINK = /href="#((?:footnote|endnote)(-ref)?-\d+)"/;

class TextBuilder {
  out = '';
  private noteNumber = 0;
  private cellDepth = 0;
  private cellsInRow = 0;
  private noteJustOpened = false;

  private trimLineEnd(): void {
    this.out = this.out.replace(/[ \t]+$/, '');
  }

  text(value: string): void {
    this.out += this.noteJustOpened ? value.trimStart() : value;
    if (value.trim() !== '') this.noteJustOpened = false;
  }

  block(): void {
    if (this.noteJustOpened) return;
    if (this.cellDepth > 0) {
      if (!/[\t\n ]$/.test(this.out) && this.out.length > 0) this.out += ' ';
      return;
    }
    this.trimLineEnd();
    if (this.out.length > 0 && !this.out.endsWith('\n\n'))
      this.out += this.out.endsWith('\n') ? '\n' : '\n\n';
  }

  note(): void {
    this.block();
    this.noteNumber += 1;
    this.out += `${toSuperscript(String(this.noteNumber))} `;
    this.noteJustOpened = true;
  }

  row(open: boolean): void {
    if (open) this.cellsInRow = 0;
    else {
      this.trimLineEnd();
      this.out += '\n';
    }
  }

  cell(open: boolean): void {
    if (open) {
      if (this.cellsInRow++ > 0) {
        this.trimLineEnd();
        this.out += '\t';
      }
      this.cellDepth += 1;
    } else this.cellDepth -= 1;
  }
}

export function htmlToText(html: string): string {
  const b = new TextBuilder();
  let inNoteRef = false;
  let inBacklink = false;
  for (const m of html.matchAll(TOKEN)) {
    const [, closing, rawTag, attrs = '', , text] = m;
    if (text !== undefined) {
      if (inBacklink) continue;
      const value = decodeEntities(text);
      b.text(inNoteRef ? toSuperscript(value.replace(/\D/g, '')) : value);
      continue;
    }
    const tag = rawTag!.toLowerCase();
    const open = closing === '';
    if (tag === 'a') {
      const link = open ? NOTE_LINK.exec(attrs) : null;
      inNoteRef = link !== null && link[2] === undefined;
      inBacklink = link !== null && link[2] !== undefined;
    } else if (tag === 'li' && open && /id="(?:footnote|endnote)-\d+"/.test(attrs)) b.note();
    else if (tag === 'br') b.text('\n');
    else if (tag === 'tr') b.row(open);
    else if (tag === 'td' || tag === 'th') b.cell(open);
    else if (BLOCK.has(tag)) b.block();
  }
  return b.out.replace(/[ \t]+$/gm, '').trim();
}
