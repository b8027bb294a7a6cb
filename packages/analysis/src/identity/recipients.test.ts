import { describe, expect, it } from 'vitest';
import { extractIdentity } from './extract-identity.ts';

const doc = (tail: string): string =>
  `KẾ HOẠCH\nTổ chức hội nghị năm 2023\n\nThực hiện nhiệm vụ năm 2023, Ủy ban nhân dân huyện xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\nNâng cao nhận thức.\n\n${tail}`;

describe('the Nơi nhận list', () => {
  it('reads the label in capitals, with a space before the colon, or without the colon', () => {
    const sig = 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n';
    for (const label of ['NƠI NHẬN:', 'Nơi nhận :', 'Nơi nhận'])
      expect(
        extractIdentity(doc(`${label}\n- Như trên;\n- Lưu: VT.\n${sig}`)).recipients,
        label,
      ).toEqual(['Như trên', 'Lưu: VT']);
  });
});
