/** Locations of the repository's fixtures and the shared seeds, for tests and benchmarks. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const FIXTURES = path.join(REPO_ROOT, 'fixtures');
export const SHARED_SEEDS = path.resolve(REPO_ROOT, '../shared/seeds');

export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

export function hasFixture(...parts: string[]): boolean {
  return existsSync(fixture(...parts));
}
