import { describe, expect, it } from 'vitest';
import { loadApiEnv } from '../../services/api/src/config.ts';
import {
  StartConfigError,
  checkChildEnvironment,
  childEnvironment,
  parseStartEnv,
} from './start-env.ts';

const urls = { meiliUrl: 'http://127.0.0.1:7700', redisUrl: 'redis://127.0.0.1:6379' };

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(StartConfigError);
    return (error as StartConfigError).problems;
  }
  throw new Error('expected a StartConfigError');
}

describe('npm start environment', () => {
  it('has the documented defaults', () => {
    expect(parseStartEnv({})).toEqual({
      VANBAN_DATA_DIR: './data',
      PORT: 8080,
      VANBAN_MEILI_PORT: 7700,
      VANBAN_REDIS_PORT: 6379,
      WORKER_CONCURRENCY: 2,
      VANBAN_INDEX_PREFIX: 'vanban',
      VANBAN_QUEUE_PREFIX: 'vanban',
      VANBAN_READY_TIMEOUT_MS: 120_000,
    });
  });

  it('refuses a bootstrap token the API would refuse (under 16 characters), saying why', () => {
    const problems = problemsOf(() => parseStartEnv({ VANBAN_BOOTSTRAP_TOKEN: 'short-token' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^VANBAN_BOOTSTRAP_TOKEN: must be at least 16 characters/);
    expect(() => loadApiEnv({ VANBAN_BOOTSTRAP_TOKEN: 'short-token' })).toThrow(
      /VANBAN_BOOTSTRAP_TOKEN: must be at least 16 characters/,
    );
  });

  it('accepts exactly what the API accepts: 16 characters, or empty meaning unset', () => {
    const token = 'a'.repeat(16);
    expect(parseStartEnv({ VANBAN_BOOTSTRAP_TOKEN: token }).VANBAN_BOOTSTRAP_TOKEN).toBe(token);
    expect(loadApiEnv({ VANBAN_BOOTSTRAP_TOKEN: token }).VANBAN_BOOTSTRAP_TOKEN).toBe(token);
    expect(parseStartEnv({ VANBAN_BOOTSTRAP_TOKEN: '' }).VANBAN_BOOTSTRAP_TOKEN).toBeUndefined();
    expect(loadApiEnv({ VANBAN_BOOTSTRAP_TOKEN: '' }).VANBAN_BOOTSTRAP_TOKEN).toBeUndefined();
  });

  it('uses the services’ prefix rules (queue prefix with a space is refused)', () => {
    const problems = problemsOf(() =>
      parseStartEnv({ VANBAN_QUEUE_PREFIX: 'my queue', VANBAN_INDEX_PREFIX: 'a:b' }),
    );
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'VANBAN_INDEX_PREFIX',
      'VANBAN_QUEUE_PREFIX',
    ]);
  });

  it('lists every bad variable at once', () => {
    const problems = problemsOf(() =>
      parseStartEnv({ PORT: 'abc', VANBAN_MEILI_PORT: '70000', WORKER_CONCURRENCY: '0' }),
    );
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'PORT',
      'VANBAN_MEILI_PORT',
      'WORKER_CONCURRENCY',
    ]);
  });

  it('builds the children’s environment and checks it with their own schemas', () => {
    const start = parseStartEnv({ PORT: '9001', VANBAN_BOOTSTRAP_TOKEN: 'b'.repeat(20) });
    const env = childEnvironment({
      env: { LOG_LEVEL: 'debug', PATH: '/usr/bin', PORT: '9001' },
      start,
      dataDir: '/srv/vanban',
      ...urls,
      masterKey: 'k'.repeat(32),
    });
    expect(env).toMatchObject({
      LOG_LEVEL: 'debug',
      PATH: '/usr/bin',
      PORT: '9001',
      HOST: '127.0.0.1',
      VANBAN_DATA_DIR: '/srv/vanban',
      MEILI_URL: urls.meiliUrl,
      MEILI_MASTER_KEY: 'k'.repeat(32),
      REDIS_URL: urls.redisUrl,
      VANBAN_BOOTSTRAP_TOKEN: 'b'.repeat(20),
      WORKER_CONCURRENCY: '2',
    });
    expect(() => checkChildEnvironment(env)).not.toThrow();
    // an empty token in the parent's environment is not passed on as a token
    const unset = childEnvironment({
      env: { VANBAN_BOOTSTRAP_TOKEN: '' },
      start: parseStartEnv({ VANBAN_BOOTSTRAP_TOKEN: '' }),
      dataDir: '/d',
      ...urls,
    });
    expect(unset).not.toHaveProperty('VANBAN_BOOTSTRAP_TOKEN');
  });

  it('refuses values only a child reads (LOG_LEVEL, upload limit) before anything starts', () => {
    const start = parseStartEnv({});
    const env = childEnvironment({
      env: { LOG_LEVEL: 'verbose', VANBAN_MAX_UPLOAD_BYTES: '-5', EXTRACT_TIMEOUT_MS: 'soon' },
      start,
      dataDir: '/d',
      ...urls,
    });
    const problems = problemsOf(() => checkChildEnvironment(env));
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'EXTRACT_TIMEOUT_MS',
      'LOG_LEVEL',
      'VANBAN_MAX_UPLOAD_BYTES',
    ]);
  });
});
