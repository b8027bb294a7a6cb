import { describe, expect, it } from 'vitest';
import { segmentText } from './linked-text.ts';

describe('segmentText', () => {
  const text = 'Thực hiện Kế hoạch số 3006/KH-UBND ngày 13/11/2019 và Nghị quyết 35-NQ/TW.';
  const a = { start: text.indexOf('Kế hoạch'), end: text.indexOf(' ngày'), data: 'A' };
  const b = { start: text.indexOf('Nghị quyết'), end: text.length - 1, data: 'B' };

  it('keeps every character once, in order, with citations at their offsets', () => {
    const segments = segmentText(text, [b, a]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.kind === 'citation').map((s) => s.text)).toEqual([
      'Kế hoạch số 3006/KH-UBND',
      'Nghị quyết 35-NQ/TW',
    ]);
  });

  it('drops overlapping and out-of-range spans instead of cutting text', () => {
    const segments = segmentText(text, [
      a,
      { start: 20, end: 40, data: 'X' },
      { start: 60, end: 999, data: 'Y' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.kind === 'citation')).toHaveLength(1);
  });

  it('handles text without citations and empty text', () => {
    expect(segmentText('abc', [])).toEqual([{ kind: 'text', text: 'abc' }]);
    expect(segmentText('', [{ start: 0, end: 1, data: 1 }])).toEqual([]);
  });
});
