import { describe, expect, it } from 'vitest';
import { findCitations } from './find-citations.ts';

/** key → subject of every citation of `text`, in order */
function subjects(text: string): Array<[string, string | null]> {
  return findCitations(text).citations.map((c) => [c.key, c.subject]);
}

describe('the subject of a citation (gold README: the `về …` phrase attached to it)', () => {
  it('reads the `về` phrase after the act’s own verb `quy định` / `hướng dẫn`', () => {
    expect(
      subjects(
        'Căn cứ Quyết định số 15/2020/QĐ-UBND ngày 10/5/2020 của UBND tỉnh quy định về quản lý chợ; ' +
          'Thông tư số 12/2021/TT-BNV ngày 3/4/2021 của Bộ Nội vụ hướng dẫn về công tác văn thư; ' +
          'Nghị định số 34/2016/NĐ-CP của Chính phủ quy định chi tiết về thi hành Luật Ban hành văn bản quy phạm pháp luật.',
      ),
    ).toEqual([
      ['15/2020/QĐ-UBND', 'quản lý chợ'],
      ['12/2021/TT-BNV', 'công tác văn thư'],
      ['34/2016/NĐ-CP', 'thi hành Luật Ban hành văn bản quy phạm pháp luật'],
    ]);
  });

  it('gives no subject to a verb phrase without `về`', () => {
    expect(
      subjects(
        'Thực hiện Hướng dẫn số 05-HD/BTGTU ngày 2/3/2022 của Ban Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng; Nghị định số 09/2017/NĐ-CP quy định chi tiết việc phát ngôn.',
      ),
    ).toEqual([
      ['05-HD/BTGTU', null],
      ['09/2017/NĐ-CP', null],
    ]);
  });

  it('ends at a title’s last line when the body’s first sentence follows without a blank line', () => {
    const text =
      'BÁO CÁO\nKết quả thực hiện Kế hoạch số 102/KH-UBND ngày 14/4/2022\ncủa Ủy ban nhân dân huyện về tổ chức các hoạt động văn hóa,\nthể thao năm 2022\nThực hiện Kế hoạch số 102/KH-UBND ngày 14/4/2022 của Ủy ban nhân dân huyện về tổ chức các hoạt động văn hóa, thể thao năm 2022, Phòng Văn hóa và Thông tin huyện báo cáo như sau:';
    expect(subjects(text)).toEqual([
      ['102/KH-UBND', 'tổ chức các hoạt động văn hóa, thể thao năm 2022'],
      ['102/KH-UBND', 'tổ chức các hoạt động văn hóa, thể thao năm 2022'],
    ]);
    // a soft wrap inside the phrase goes on, also before a capitalised name
    expect(
      subjects(
        'Thực hiện Kế hoạch số 12-KH/HU về tổ chức kỷ niệm\nNgày thành lập Đảng Cộng sản Việt Nam.',
      ),
    ).toEqual([['12-KH/HU', 'tổ chức kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam']]);
  });
});
