/**
 * Legacy-encoding repair inside a mammoth document tree, before it becomes HTML: each run's font
 * (its own, its style's, its paragraph style's, or the default) decides TCVN3/VNI when the font
 * tells; runs in other fonts are decided per paragraph by statistics, and the document's majority
 * settles paragraphs that stay undecided (vn-docs-spec.md §10.5).
 */
import { detectLegacyEncoding, hasLegacyCandidates } from '../legacy/detect.ts';
import { encodingFromFontName, type LegacyEncoding } from '../legacy/font-encoding.ts';
import { decodeLegacy, foldPrivateUse } from '../legacy/repair.ts';
import { VIETNAMESE_ONLY } from '../text/syllable.ts';
import type { StyleFonts } from './style-fonts.ts';

/** The parts of mammoth's document model used here. */
export interface MammothElement {
  type: string;
  children?: MammothElement[];
  body?: MammothElement[];
  value?: string;
  font?: string | null;
  styleId?: string | null;
}

interface RunInfo {
  texts: MammothElement[];
  encoding: LegacyEncoding | null;
  byFont: boolean;
}

interface ParagraphRuns {
  runs: RunInfo[];
}

function collect(element: MammothElement, out: MammothElement[], type: string): void {
  for (const child of [...(element.children ?? []), ...(element.body ?? [])]) {
    if (child.type === type) out.push(child);
    else collect(child, out, type);
  }
}

function paragraphRuns(paragraph: MammothElement, fonts: StyleFonts): ParagraphRuns {
  const paragraphFont =
    (paragraph.styleId ? fonts.byStyleId.get(paragraph.styleId) : undefined) ?? fonts.defaultFont;
  const runs: MammothElement[] = [];
  collect(paragraph, runs, 'run');
  return {
    runs: runs.map((run) => {
      const font =
        run.font ?? (run.styleId ? fonts.byStyleId.get(run.styleId) : undefined) ?? paragraphFont;
      const texts: MammothElement[] = [];
      collect(run, texts, 'text');
      // A legacy font name never wins over letters that exist only in Unicode.
      const isUnicode = texts.some((t) => VIETNAMESE_ONLY.test(t.value ?? ''));
      const encoding = isUnicode ? null : encodingFromFontName(font);
      // Symbol-charset legacy fonts may expose their bytes as U+F020–U+F0FF.
      if (encoding !== null) for (const t of texts) t.value = foldPrivateUse(t.value ?? '');
      return { texts, encoding, byFont: encoding !== null };
    }),
  };
}

const VNI_MARK = /^[ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]/u;

/** A VNI letter split over two runs (base | mark): move the base into the mark's run. */
function rejoinVniPairs(runs: RunInfo[]): void {
  for (let i = 1; i < runs.length; i += 1) {
    const prev = runs[i - 1]!;
    const cur = runs[i]!;
    if (prev.encoding !== 'vni' || cur.encoding !== 'vni') continue;
    const first = cur.texts[0];
    const last = prev.texts.at(-1);
    if (first?.value === undefined || last?.value === undefined || !VNI_MARK.test(first.value))
      continue;
    const base = last.value.slice(-1);
    last.value = last.value.slice(0, -1);
    first.value = base + first.value;
  }
}

export interface LegacyRunRepair {
  decoded: Map<LegacyEncoding, number>;
}

export function repairLegacyRuns(
  document: MammothElement & { notes?: unknown },
  fonts: StyleFonts,
): LegacyRunRepair {
  const paragraphs: MammothElement[] = [];
  collect(document, paragraphs, 'paragraph');
  const notes = (document.notes as { _notes?: Record<string, MammothElement> } | undefined)?._notes;
  for (const note of Object.values(notes ?? {})) collect(note, paragraphs, 'paragraph');
  const all = paragraphs.map((p) => paragraphRuns(p, fonts));

  // Statistics for runs whose font says nothing, one decision per paragraph.
  const undecided: RunInfo[][] = [];
  const votes = new Map<LegacyEncoding, number>();
  for (const paragraph of all) {
    const unknown = paragraph.runs.filter((r) => !r.byFont);
    const text = unknown.flatMap((r) => r.texts.map((t) => t.value ?? '')).join('');
    const detection = detectLegacyEncoding(text);
    if (detection === 'unicode') continue;
    if (detection === 'undecided') {
      if (hasLegacyCandidates(text)) undecided.push(unknown);
      continue;
    }
    for (const r of unknown) r.encoding = detection;
    votes.set(detection, (votes.get(detection) ?? 0) + 1);
  }
  for (const paragraph of all)
    for (const r of paragraph.runs)
      if (r.byFont) votes.set(r.encoding!, (votes.get(r.encoding!) ?? 0) + 1);
  const majority = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (majority !== undefined && majority !== 'utf8-mojibake')
    for (const runs of undecided)
      for (const r of runs) r.encoding = majority === 'tcvn3-caps' ? 'tcvn3' : majority;

  const decoded = new Map<LegacyEncoding, number>();
  for (const paragraph of all) {
    rejoinVniPairs(paragraph.runs);
    let touched: LegacyEncoding | null = null;
    for (const run of paragraph.runs) {
      if (run.encoding === null) continue;
      for (const t of run.texts) t.value = decodeLegacy(t.value ?? '', run.encoding);
      touched = run.encoding;
    }
    if (touched !== null) decoded.set(touched, (decoded.get(touched) ?? 0) + 1);
  }
  return { decoded };
}
