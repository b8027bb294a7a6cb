/**
 * The lines of a text as the identity analyser reads them: only the header at the top and the
 * signature block at the bottom, so a line is sliced out of the text when it is first read.
 */

/** Read access to lines (a `string[]` is one). */
export interface Lines {
  readonly length: number;
  /** the line at `index` (0 ≤ index < length), else undefined */
  at(index: number): string | undefined;
}

/** `text.split('\n')`, each line sliced when first read. */
export class TextLines implements Lines {
  readonly length: number;
  /** offset of each line's first code unit, plus one past the end (text length + 1) */
  private readonly starts: number[];
  // (arrays indexed by line: cheaper than maps)
  private readonly sliced: Array<string | undefined> = [];
  /** column segments of lines, by line index (filled by `lineSegments` in signature.ts) */
  readonly segments: Array<readonly string[] | undefined> = [];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
    starts.push(text.length + 1);
    this.starts = starts;
    this.length = starts.length - 1;
  }

  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    let line = this.sliced[index];
    if (line === undefined) {
      line = this.text.slice(this.starts[index] ?? 0, (this.starts[index + 1] ?? 0) - 1);
      this.sliced[index] = line;
    }
    return line;
  }

  /**
   * `slice(from, to)` with every line cut to `cap` code units, joined with line breaks: a slice of the
   * text when no line is longer
   */
  zone(from: number, to: number, cap: number): string {
    const a = Math.max(0, from);
    const b = Math.min(to, this.length);
    if (a >= b) return '';
    for (let i = a; i < b; i++) {
      if ((this.starts[i + 1] ?? 0) - (this.starts[i] ?? 0) - 1 > cap) {
        return this.slice(a, b)
          .map((line) => (line.length > cap ? line.slice(0, cap) : line))
          .join('\n');
      }
    }
    return this.text.slice(this.starts[a] ?? 0, (this.starts[b] ?? 0) - 1);
  }

  /** lines `from` (inclusive) to `to` (exclusive), clamped to the text */
  slice(from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(this.at(i) ?? '');
    return out;
  }
}
