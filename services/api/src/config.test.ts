import { describe, expect, it } from 'vitest';
import { AppError } from '@vanban/core';
import { apiConfigFromEnv, loadApiEnv } from './config.ts';

describe('API configuration', () => {
  it('has working defaults for local use', () => {
    const env = loadApiEnv({});
    expect(env).toMatchObject({
      PORT: 8080,
      HOST: '127.0.0.1',
      VANBAN_DATA_DIR: './data',
      MEILI_URL: 'http://127.0.0.1:7700',
      REDIS_URL: 'redis://127.0.0.1:6379',
      VANBAN_INDEX_PREFIX: 'vanban',
      VANBAN_MAX_UPLOAD_BYTES: 200 * 1024 * 1024,
    });
    expect(env.MEILI_MASTER_KEY).toBeUndefined();
    expect(env.VANBAN_BOOTSTRAP_TOKEN).toBeUndefined();
    expect(apiConfigFromEnv(env)).toEqual({
      maxUploadBytes: 200 * 1024 * 1024,
      sessionTtlSeconds: 8 * 3600,
      cookieSecure: false,
      redisPrefix: 'vanban',
    });
  });

  it('coerces numbers and treats empty strings as unset', () => {
    const env = loadApiEnv({
      PORT: '9090',
      VANBAN_MAX_UPLOAD_BYTES: '1024',
      MEILI_MASTER_KEY: '',
      VANBAN_BOOTSTRAP_TOKEN: '',
    });
    expect(env.PORT).toBe(9090);
    expect(env.VANBAN_MAX_UPLOAD_BYTES).toBe(1024);
    expect(env.MEILI_MASTER_KEY).toBeUndefined();
  });

  it('lists every invalid variable in one config_error', () => {
    let error: unknown;
    try {
      loadApiEnv({ PORT: 'abc', MEILI_URL: 'not a url', VANBAN_BOOTSTRAP_TOKEN: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('config_error');
    for (const name of ['PORT', 'MEILI_URL', 'VANBAN_BOOTSTRAP_TOKEN'])
      expect((error as AppError).message).toContain(name);
  });
});
