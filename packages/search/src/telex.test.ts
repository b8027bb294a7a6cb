import { describe, expect, it } from 'vitest';
import { hasDiacritics, telexOfDiacriticWords, telexWord } from './telex.ts';

describe('telex', () => {
  it('distinguishes the spellings that Meilisearch folds together', () => {
    expect(telexWord('Đảng')).toBe('ddangr');
    expect(telexWord('đang')).toBe('ddang');
    expect(telexWord('dạng')).toBe('dangj');
    expect(telexWord('dáng')).toBe('dangs');
    expect(telexWord('đường')).toBe('dduwowngf');
    expect(telexWord('Ủy')).toBe('uyr');
    expect(telexWord('năm')).toBe('nawm');
    expect(telexWord('quyết')).toBe('quyeets');
  });

  it('is the same for NFC and NFD input and ignores plain words', () => {
    expect(telexWord('Nghị'.normalize('NFD'))).toBe(telexWord('Nghị'));
    expect(telexWord('dang')).toBeNull();
    expect(telexOfDiacriticWords('Ban Chỉ đạo 35 và Đảng bộ')).toBe('chir ddaoj vaf ddangr booj');
    expect(hasDiacritics('nghi quyet')).toBe(false);
    expect(hasDiacritics('nghị quyết')).toBe(true);
    expect(hasDiacritics('đ')).toBe(true);
  });
});
