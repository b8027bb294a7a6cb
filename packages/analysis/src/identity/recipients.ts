import type { Lines } from './lines.ts';
import { columnSegments, lineSegments } from './signature.ts';
import { collapseWs, isUpperLine, stripMarkdown } from './text-utils.ts';

/**
 * The `Nơi nhận:` list (vn-docs-spec §7.4): one entry per `- …;` item, without the leading dash and a
 * trailing `;` `.` `,`. Wrapped items are joined; signature-column segments are skipped.
 */

// lookbehind after the word: found first; also in capitals (`NƠI NHẬN:`)
const LABEL = /(?:Nơi|NƠI)(?<![\p{L}](?:Nơi|NƠI))\s{0,3}(?:nhận|NHẬN)\s{0,3}:?/u;
const ITEM = /^[-–—•+*]\s{0,4}/u;

function cleanEntry(s: string): string {
  return collapseWs(stripMarkdown(s))
    .replace(ITEM, '')
    .replace(/[\s;.,]+$/u, '')
    .trim();
}

export function findRecipients(lines: Lines): string[] {
  let labelLine = -1;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 250; i--) {
    const line = stripMarkdown(lines.at(i) ?? '');
    if ((line.includes('Nơi') || line.includes('NƠI')) && LABEL.test(line)) {
      labelLine = i;
      break;
    }
  }
  if (labelLine < 0) return [];
  const entries: string[] = [];
  let open = false; // the last entry may continue on the next line
  let blankRun = 0;
  for (let i = labelLine; i < lines.length; i++) {
    let segs: readonly string[];
    if (i === labelLine) {
      // text after the label on the same line (`Nơi nhận: - Như trên;`)
      const first = stripMarkdown(lines.at(i) ?? '');
      const m = LABEL.exec(first);
      const rest = m ? first.slice(m.index + m[0].length) : '';
      segs = columnSegments(rest);
    } else segs = lineSegments(lines, i);
    if (segs.length === 0) {
      blankRun++;
      if (blankRun >= 2 && entries.length > 0) open = false;
      continue;
    }
    blankRun = 0;
    let consumed = false;
    for (const seg of segs) {
      const text = seg.trim();
      if (ITEM.test(text)) {
        const entry = cleanEntry(text);
        if (entry.length > 0) entries.push(entry);
        open = !/[;.]\s*$/u.test(text);
        consumed = true;
      } else if (open && !isUpperLine(text) && entries.length > 0 && !/^\(?\s*đã ký/iu.test(text)) {
        const last = entries.pop() ?? '';
        entries.push(cleanEntry(`${last} ${text}`));
        open = !/[;.]\s*$/u.test(text);
        consumed = true;
      }
    }
    if (!consumed && entries.length > 0 && !segs.some((x) => isUpperLine(x))) {
      // a non-list line after the list ends it
      const hasName = segs.some((x) => /^\p{Lu}\p{Ll}/u.test(x));
      if (!hasName) break;
    }
    if (entries.length > 0 && /^Lưu\b/u.test(entries[entries.length - 1] ?? '') && !open) break;
  }
  return entries;
}
