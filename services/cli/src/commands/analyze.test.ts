import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

function vanban(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'services/cli/src/main.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('vanban analyze', () => {
  it.each(['documents/seeds/001.pdf', 'documents/seeds/001.docx', 'expected/seeds/001.txt'])(
    'analyses %s and prints JSON',
    (file) => {
      const run = vanban('analyze', '--json', path.join('fixtures', file));
      expect(run.status).toBe(0);
      const analysis = JSON.parse(run.stdout) as { citations: Array<{ key: string }> };
      expect(Array.isArray(analysis.citations)).toBe(true);
    },
  );

  it('exits 2 with a clear message for a file it cannot extract', () => {
    const run = vanban('analyze', 'fixtures/bad/encrypted.pdf');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /cannot extract fixtures\/bad\/encrypted\.pdf: .*mật khẩu.*\[encrypted_document\]/,
    );
    const doc = vanban('analyze', 'fixtures/bad/old-word.doc');
    expect(doc.status).toBe(2);
    expect(doc.stderr).toContain('Word 97-2003 .doc');
  });

  it('exits 2 for a file it cannot read', () => {
    const run = vanban('analyze', 'fixtures/no-such-file.pdf');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot read fixtures/no-such-file.pdf: no such file');
  });
});
