import { describe, expect, it } from 'vitest';
import { reflowForReading } from './reflow.ts';

describe('reflowForReading', () => {
  it('joins lines inside a sentence and keeps the length (offsets stay valid)', () => {
    const lines = [
      'KẾ HOẠCH',
      'Thực hiện Nghị quyết số 35-NQ/TW, ngày 22-10-2018 của Bộ',
      'Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng,',
      'đấu tranh phản bác các quan điểm sai trái, thù địch.',
      '- Mục một',
      '- Mục hai',
      '',
      'I. MỤC ĐÍCH',
      '1. Mục đích',
      'Nhằm nâng cao nhận thức, trách nhiệm của các cấp ủy Đảng,',
      'chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị.',
    ];
    const text = lines.join('\n');
    const out = reflowForReading(text);
    expect(out).toHaveLength(text.length);
    expect(out.split('\n')).toEqual([
      'KẾ HOẠCH',
      'Thực hiện Nghị quyết số 35-NQ/TW, ngày 22-10-2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch.',
      '- Mục một',
      '- Mục hai',
      '',
      'I. MỤC ĐÍCH',
      '1. Mục đích',
      'Nhằm nâng cao nhận thức, trách nhiệm của các cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị.',
    ]);
  });

  it('leaves text without line breaks alone', () => {
    expect(reflowForReading('một dòng')).toBe('một dòng');
    expect(reflowForReading('')).toBe('');
  });
});
