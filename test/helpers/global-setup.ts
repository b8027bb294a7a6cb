/**
 * Global setup of the `integration` and `browser` vitest projects: starts ONE real Meilisearch
 * and ONE real Redis on free ports with throwaway data directories under os.tmpdir(), and hands
 * their coordinates to the tests through `provide`/`inject` (typed in ./provided-context.ts).
 *
 * This runs in vitest's main process, so a test cannot stop or restart these two processes.
 * A test that needs to stop, kill or restart Meilisearch/Redis (fault tests) starts its OWN
 * instances with the helpers of `test/helpers/services.ts` and stops them in `afterAll`.
 *
 * A missing binary fails the whole run loudly; nothing is ever skipped.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  startMeilisearch,
  startRedis,
  stopAll,
  type RunningService,
} from '../../scripts/lib/services.ts';
import './services.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'vanban-test-'));
  const meiliDataDir = join(root, 'meili');
  const redisDataDir = join(root, 'redis');
  const meiliKey = randomBytes(24).toString('hex');
  let meili: RunningService | undefined;
  let redis: RunningService | undefined;
  try {
    [meili, redis] = await Promise.all([
      startMeilisearch({ dataDir: meiliDataDir, masterKey: meiliKey }),
      startRedis({ dataDir: redisDataDir }),
    ]);
  } catch (error) {
    await stopAll([redis, meili]);
    await rm(root, { recursive: true, force: true });
    throw new Error(
      `Integration services could not start (real Meilisearch and Redis are required; run \`bash scripts/bootstrap.sh\`): ${(error as Error).message}`,
      { cause: error },
    );
  }
  project.provide('meiliUrl', meili.url);
  project.provide('meiliKey', meiliKey);
  project.provide('redisUrl', redis.url);
  project.provide('meiliDataDir', meiliDataDir);
  project.provide('redisDataDir', redisDataDir);
  project.provide('meiliSpawn', { command: meili.command, args: meili.args, pid: meili.pid });
  project.provide('redisSpawn', { command: redis.command, args: redis.args, pid: redis.pid });

  return async () => {
    await stopAll([redis, meili]);
    await rm(root, { recursive: true, force: true });
  };
}
