/**
 * README.md stays true to the code: every variable the services read is documented, and every
 * default written in its configuration table is the default of the zod schema that reads it.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiEnvSchema } from '../../services/api/src/config.ts';
import { workerEnvSchema } from '../../services/worker/src/env.ts';
import { startEnvSchema } from './start-env.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const readme = () => readFile(resolve(repoRoot, 'README.md'), 'utf8');

describe('README.md', () => {
  it('names every environment variable of npm start, the API and the worker', async () => {
    const text = await readme();
    const names = new Set([
      ...Object.keys(startEnvSchema.shape),
      ...Object.keys(apiEnvSchema.shape),
      ...Object.keys(workerEnvSchema.shape),
    ]);
    const missing = [...names].filter((name) => !text.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('gives the schemas’ defaults in its configuration table', async () => {
    const text = await readme();
    const defaults: Record<string, unknown> = {
      ...workerEnvSchema.parse({}),
      ...apiEnvSchema.parse({}),
      ...startEnvSchema.parse({}),
    };
    const rows = [...text.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]+) \|/gm)].map((m) => ({
      name: m[1] ?? '',
      stated: (m[2] ?? '').trim(),
    }));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const { name, stated } of rows) {
      expect(Object.keys(defaults).concat(['VANBAN_BOOTSTRAP_TOKEN']), name).toContain(name);
      const actual = defaults[name];
      if (actual === undefined) expect(stated, name).toBe('unset');
      else expect(stated, name).toBe(`\`${String(actual)}\``);
    }
  });

  it('shows the ready line npm start prints', async () => {
    const text = await readme();
    const start = await readFile(resolve(repoRoot, 'scripts', 'start.ts'), 'utf8');
    expect(start).toContain('`Vanban sẵn sàng / ready: http://127.0.0.1:${env.PORT}\\n`');
    expect(text).toContain('\nVanban sẵn sàng / ready: http://127.0.0.1:8080\n');
  });
});
