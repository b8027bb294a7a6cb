import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.ts';
import { findDates, findDatesFolded } from './find-dates.ts';
import { isValidDate, isoDate } from './calendar.ts';

const isos = (t: string): string[] => findDates(t).map((d) => d.iso);
const surfaces = (t: string): string[] => findDates(t).map((d) => d.surface);

describe('findDates', () => {
  it('reads every written form, without the leading `ngày`', () => {
    const t =
      'ngày 13/11/2019; ngày 22-10-2018; ngày 10 tháng 7 năm 2019; 26.11.2019; NGÀY 09 THÁNG 01 NĂM 2023; ngày\n15 tháng 11 năm 2022';
    expect(findDates(t).map((d) => [d.surface, d.iso])).toEqual([
      ['13/11/2019', '2019-11-13'],
      ['22-10-2018', '2018-10-22'],
      ['10 tháng 7 năm 2019', '2019-07-10'],
      ['26.11.2019', '2019-11-26'],
      ['09 THÁNG 01 NĂM 2023', '2023-01-09'],
      ['15 tháng 11 năm 2022', '2022-11-15'],
    ]);
    for (const d of findDates(t))
      expect(t.slice(d.start, d.start + d.surface.length)).toBe(d.surface);
  });

  it('gives two entries for a range, and shares the year of a range end', () => {
    expect(surfaces('(03/2/1930 -03/2/2023)')).toEqual(['03/2/1930', '03/2/2023']);
    expect(surfaces('Kon Tum 09/02/1913-09/02/2023 và')).toEqual(['09/02/1913', '09/02/2023']);
    expect(isos('(11/3/2015 \u201311/3/2023)')).toEqual(['2015-03-11', '2023-03-11']);
    expect(isos('(từ 10-02 đến 16-02-2020)')).toEqual(['2020-02-10', '2020-02-16']);
  });

  it('takes the ratios of reports for no dates, but a day word before a day-month keeps it a date', () => {
    for (const t of [
      'hoàn thành 7/9 nhiệm vụ',
      'có sự tham gia của 4/5 đoàn thể',
      'xây dựng 2/3 mô hình',
      'tổ chức 3/3 cuộc kiểm tra',
      'triển khai 5/6 giải pháp',
      'có 12/12 khu dân cư',
      'thực hiện 6/7 chương trình',
      'hoàn thành 9/11 hạng mục',
      'tổ chức 11/12 phiên họp',
      '5/5 đoàn viên tham gia',
    ])
      expect(isos(t), t).toEqual([]);
    expect(isos('Ngày 3/2 tổ chức mít tinh; sáng 26/3 hoạt động ngoại khóa')).toEqual([
      '--02-03',
      '--03-26',
    ]);
  });

  it('gives a range start after its end in the year the end date names the year before', () => {
    expect(isos('từ ngày 25/12 đến ngày 05/01/2022')).toEqual(['2021-12-25', '2022-01-05']);
    expect(isos('(25/12 - 05/01/2022)')).toEqual(['2021-12-25', '2022-01-05']);
    expect(isos('từ ngày 25 tháng 12 đến ngày 05 tháng 01 năm 2022')).toEqual([
      '2021-12-25',
      '2022-01-05',
    ]);
  });

  it('gives the first day of a range written as a bare day before the end date, with its month and year', () => {
    const cases: Array<[string, Array<[string, string]>]> = [
      [
        'Hội nghị diễn ra từ 10-12/3/2021 tại huyện',
        [
          ['10', '2021-03-10'],
          ['12/3/2021', '2021-03-12'],
        ],
      ],
      [
        'từ ngày 10 đến ngày 12 tháng 3 năm 2021',
        [
          ['10', '2021-03-10'],
          ['12 tháng 3 năm 2021', '2021-03-12'],
        ],
      ],
      [
        '(10 - 12/3/2021)',
        [
          ['10', '2021-03-10'],
          ['12/3/2021', '2021-03-12'],
        ],
      ],
      [
        'trong các ngày 10 và 11/3/2021',
        [
          ['10', '2021-03-10'],
          ['11/3/2021', '2021-03-11'],
        ],
      ],
      [
        'từ 1 đến 31/12/2021',
        [
          ['1', '2021-12-01'],
          ['31/12/2021', '2021-12-31'],
        ],
      ],
    ];
    for (const [t, want] of cases) {
      const got = findDates(t);
      expect(
        got.map((d) => [d.surface, d.iso]),
        t,
      ).toEqual(want);
      for (const d of got) expect(t.slice(d.start, d.start + d.surface.length)).toBe(d.surface);
    }
    // a comma between the days, a start with its month in words, a day-month found without a year
    for (const [t, want] of [
      [
        'trong 02 ngày 14, 15/10/2022',
        [
          ['14', '2022-10-14'],
          ['15/10/2022', '2022-10-15'],
        ],
      ],
      [
        'từ ngày 10 tháng 3 đến ngày 12 tháng 3 năm 2021',
        [
          ['10 tháng 3', '2021-03-10'],
          ['12 tháng 3 năm 2021', '2021-03-12'],
        ],
      ],
      [
        'từ ngày 10-12 tháng 3 năm 2021',
        [
          ['10', '2021-03-10'],
          ['12 tháng 3 năm 2021', '2021-03-12'],
        ],
      ],
      [
        'TỪ NGÀY 10 ĐẾN NGÀY 12/3/2021',
        [
          ['10', '2021-03-10'],
          ['12/3/2021', '2021-03-12'],
        ],
      ],
      [
        'từ ngày 10/3 đến ngày 12 tháng 3 năm 2021',
        [
          ['10/3', '2021-03-10'],
          ['12 tháng 3 năm 2021', '2021-03-12'],
        ],
      ],
    ] as Array<[string, Array<[string, string]>]>) {
      const got = findDates(t);
      expect(
        got.map((d) => [d.surface, d.iso]),
        t,
      ).toEqual(want);
      for (const d of got) expect(t.slice(d.start, d.start + d.surface.length)).toBe(d.surface);
    }
    // no cue, a day after the end day, a month range: no first day
    expect(isos('Số 10-12/3/2021')).toEqual(['2021-03-12']);
    expect(isos('ngày 13-12/3/2021')).toEqual(['2021-03-12']);
    expect(isos('từ tháng 10-12/2021')).toEqual([]);
  });

  it('day/month without a year is --MM-DD', () => {
    expect(
      findDates(
        'Ngày giải phóng 30/4 và Ngày quốc tế lao động1/5; 11/4 Ngày truyền thống; (trước 15/6); Chiều 21/8; sáng 10-2',
      ).map((d) => [d.surface, d.iso]),
    ).toEqual([
      ['30/4', '--04-30'],
      ['1/5', '--05-01'],
      ['11/4', '--04-11'],
      ['15/6', '--06-15'],
      ['21/8', '--08-21'],
      ['10-2', '--02-10'],
    ]);
  });

  it('rejects ratios, counts, month expressions, years, year ranges, money, symbols and impossible dates', () => {
    for (const t of [
      'đại học 4/4 đồng chí',
      'từ tháng 1 đến tháng 11 năm 2023',
      'tháng 3/2020',
      'năm 2023',
      '2020 – 2025 và 2021-2030',
      '14.782 tỷ đồng; 2,19%; 6.000.000 lượt',
      'Nghị định 09/2017/NĐ-CP; Số: 301 /BC-UBND',
      'ngày 31/4/2020; ngày 30/2/2020; ngày 29/2/2019; 32/1/2020',
      'giai đoạn 1-2 năm',
      'Covid-19',
      'quý I-2018',
    ]) {
      expect(findDates(t), t).toEqual([]);
    }
    expect(isos('ngày 29/2/2020')).toEqual(['2020-02-29']);
  });

  it('offsets point into the original text (NBSP, zero-width characters, NFD)', () => {
    const t = 'Ký\u00A0ngày\u200B 13/11/2019 và ' + 'ngày 10 tháng 7 năm 2019'.normalize('NFD');
    const ds = findDates(t);
    expect(ds.map((d) => d.iso)).toEqual(['2019-11-13', '2019-07-10']);
    for (const d of ds) expect(t.slice(d.start, d.start + d.surface.length)).toBe(d.surface);
  });
});

describe('findDatesFolded on the digit runs of the copy', () => {
  it('finds what the whole-text scan finds', () => {
    const piece = fc.constantFrom(
      '1',
      '12',
      '31',
      '123',
      '2020',
      '/',
      '-',
      '.',
      ',',
      ' ',
      '\n',
      '\n\n',
      'tháng ',
      ' tháng ',
      'năm ',
      'ngày ',
      'đến ',
      'từ ',
      'ủy',
      '”',
      'đồng chí',
      'A',
      '\u200B',
      '１',
      '–',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const f = foldText(parts.join(''));
        expect(f.digitRuns).toBeDefined();
        // the same copy without its runs: the whole-text scan
        const scanned = findDatesFolded({
          original: f.original,
          text: f.text,
          startOf: (i) => f.startOf(i),
          endOf: (i) => f.endOf(i),
        });
        expect(findDatesFolded(f)).toEqual(scanned);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('calendar', () => {
  it('validates day and month ranges and leap years', () => {
    expect(isValidDate(31, 4)).toBe(false);
    expect(isValidDate(30, 4)).toBe(true);
    expect(isValidDate(29, 2)).toBe(true);
    expect(isValidDate(29, 2, 2019)).toBe(false);
    expect(isValidDate(29, 2, 2000)).toBe(true);
    expect(isValidDate(29, 2, 1900)).toBe(false);
    expect(isValidDate(1, 13)).toBe(false);
    expect(isoDate(5, 7, 2021)).toBe('2021-07-05');
    expect(isoDate(1, 5)).toBe('--05-01');
  });
});
