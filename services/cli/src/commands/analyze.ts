import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyze, type Analysis } from '@vanban/analysis';

export interface CliContext {
  /** directory that relative paths are resolved against (the user's shell directory) */
  cwd: string;
}

/** `vanban analyze [--json] FILE` */
export async function runAnalyze(args: string[], ctx: CliContext): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 1 || files[0]!.startsWith('-')) {
    process.stderr.write('Usage: vanban analyze [--json] FILE\n');
    return 2;
  }
  const file = path.resolve(ctx.cwd, files[0]!);
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').normalize('NFC');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : (error as Error).message;
    process.stderr.write(`vanban analyze: cannot read ${files[0]}: ${reason}\n`);
    return 2;
  }
  const result = analyze(text);
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : formatSummary(result));
  return 0;
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
