import { describe, expect, it } from 'vitest';
import { safeNextPath } from './csrf.ts';

describe('safeNextPath', () => {
  it('keeps local paths and refuses other sites', () => {
    expect(safeNextPath('/tim-kiem?q=35')).toBe('/tim-kiem?q=35');
    expect(safeNextPath('//evil.example/x')).toBe('/');
    expect(safeNextPath('https://evil.example/')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath(undefined)).toBe('/');
  });
});
