import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyze, type Analysis } from '@vanban/analysis';
import { isAppError } from '@vanban/core';
import { extractFile, type DocumentResult, type ExtractResult } from '@vanban/extract';

export interface CliContext {
  /** directory that relative paths are resolved against (the user's shell directory) */
  cwd: string;
}

/** `vanban analyze [--json] FILE`: FILE is a PDF, DOCX, TXT (or a ZIP of them). */
export async function runAnalyze(args: string[], ctx: CliContext): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 1 || files[0]!.startsWith('-')) {
    process.stderr.write('Usage: vanban analyze [--json] FILE\n');
    return 2;
  }
  const shown = files[0]!;
  const file = path.resolve(ctx.cwd, shown);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : (error as Error).message;
    process.stderr.write(`vanban analyze: cannot read ${shown}: ${reason}\n`);
    return 2;
  }
  let extracted: ExtractResult;
  try {
    extracted = await extractFile(bytes, { fileName: path.basename(file) });
  } catch (error) {
    if (!isAppError(error)) throw error;
    process.stderr.write(
      `vanban analyze: cannot extract ${shown}: ${error.message} [${error.code}]\n`,
    );
    return 2;
  }
  if (extracted.kind === 'document') {
    const result = analyzeDocument(extracted);
    process.stdout.write(json ? `${JSON.stringify(result)}\n` : formatSummary(result));
    return 0;
  }
  return printArchive(extracted.members, json);
}

function analyzeDocument(doc: DocumentResult): Analysis {
  return analyze(doc.text, { warnings: doc.warnings });
}

function printArchive(
  members: Extract<ExtractResult, { kind: 'archive' }>['members'],
  json: boolean,
): number {
  const out = members.map((m) => {
    if ('error' in m) return { path: m.path, error: m.error };
    if (m.result.kind !== 'document')
      return { path: m.path, error: { code: 'unsupported_format', message: 'nested archive' } };
    return { path: m.path, analysis: analyzeDocument(m.result) };
  });
  if (json) process.stdout.write(`${JSON.stringify({ members: out })}\n`);
  else
    for (const m of out) {
      process.stdout.write(`== ${m.path}\n`);
      if ('analysis' in m) process.stdout.write(formatSummary(m.analysis));
      else process.stdout.write(`Lỗi: ${m.error.message} [${m.error.code}]\n`);
    }
  return out.some((m) => 'analysis' in m) ? 0 : 2;
}

function formatSummary(a: Analysis): string {
  const lines = [
    `Loại văn bản: ${a.docType ?? '—'}`,
    `Số/ký hiệu:   ${a.ownNumber ?? '—'}`,
    `Cơ quan:      ${a.issuer ?? '—'}`,
    `Ngày:         ${a.date ?? '—'}   Năm: ${a.year ?? '—'}`,
    `Trích yếu:    ${a.title ?? '—'}`,
    `Người ký:     ${a.signer ? [a.signer.authority, a.signer.position, a.signer.name].filter(Boolean).join(' — ') : '—'}`,
    `Trích dẫn (${a.citations.length}):`,
    ...a.citations.map(
      (c) =>
        `  - ${c.key}  [${c.relation}]${c.date ? ` ${c.date}` : ''}${c.issuer ? ` — ${c.issuer}` : ''}`,
    ),
  ];
  if (a.warnings.length > 0) lines.push('Cảnh báo:', ...a.warnings.map((w) => `  ! ${w}`));
  return `${lines.join('\n')}\n`;
}
