import { inject, describe, expect, it } from 'vitest';
import { redisCommand } from '../../scripts/lib/services.ts';

describe('shared integration services (global setup)', () => {
  it('provides a real Meilisearch that requires the master key', async () => {
    const url = inject('meiliUrl');
    expect((await fetch(`${url}/indexes`)).status).toBe(401);
    const ok = await fetch(`${url}/indexes`, {
      headers: { Authorization: `Bearer ${inject('meiliKey')}` },
    });
    expect(ok.status).toBe(200);
  });

  it('provides a real Redis with append-only persistence and noeviction', async () => {
    const port = Number(new URL(inject('redisUrl')).port);
    expect(await redisCommand(port, 'PING')).toBe('+PONG');
    const appendonly = await redisCommand(port, 'CONFIG GET appendonly', { lines: 5 });
    expect(appendonly).toMatch(/appendonly\n\$3\nyes$/);
    expect(inject('redisDataDir')).toMatch(/redis$/);
  });
});
