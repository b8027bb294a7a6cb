import { describe, expect, it } from 'vitest';
import { isCueInActName } from './lexicon.ts';

const cueIn = (clause: string, cue: string): boolean => isCueInActName(clause, clause.indexOf(cue));

describe('relation cues inside an unnumbered act’s name', () => {
  it('are words of the name: a capitalised cue after the type word, the amending words of an amending act', () => {
    expect(
      cueIn('Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2015; ', 'Ban hành'),
    ).toBe(true);
    expect(cueIn('Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; ', 'Phổ biến')).toBe(
      true,
    );
    const amending = 'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ; ';
    expect(cueIn(amending, 'sửa đổi')).toBe(true);
    expect(cueIn(amending, 'bổ sung')).toBe(true);
    expect(cueIn('Nghị định sửa đổi, bổ sung Nghị định về công tác văn thư; ', 'bổ sung')).toBe(
      true,
    );
  });

  it('are verbs elsewhere', () => {
    expect(cueIn('Ủy ban nhân dân huyện ban hành ', 'ban hành')).toBe(false);
    expect(cueIn('\u0001 sửa đổi, bổ sung một số điều của \u0001', 'sửa đổi')).toBe(false);
    expect(cueIn('tăng cường tuyên truyền, phổ biến ', 'phổ biến')).toBe(false);
    expect(cueIn('Luật ban hành ', 'ban hành')).toBe(false);
  });
});
