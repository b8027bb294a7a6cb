import { describe, expect, it } from 'vitest';
import { parseHeader } from './header.ts';

describe('right-column strings', () => {
  it('the motto is removed in any case', () => {
    for (const motto of [
      'Độc lập - Tự do - Hạnh phúc',
      'ĐỘC LẬP - TỰ DO - HẠNH PHÚC',
      'độc lập – tự do – hạnh phúc',
    ]) {
      const zone = ['ỦY BAN NHÂN DÂN', `HUYỆN NGỌC HỒI   ${motto}`];
      expect(parseHeader(zone).issuerLines).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN NGỌC HỒI']);
    }
  });
});
