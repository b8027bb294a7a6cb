/**
 * Small invented plans of one district, for what the five seeds cannot show: more than one page of
 * results, sorting by date, a citation of a document the archive holds (a link to the archive
 * copy, a "cited by" list, an act card with the archive copy). Their invented district, Đăk Thử,
 * makes them easy to find: no seed has the word "Đăk" (nor "Dak" once diacritics are folded), so
 * the search finds these plans and nothing else.
 */
export const GENERATED_QUERY = 'Đăk Thử';
export const GENERATED_ISSUER = 'Ủy ban nhân dân huyện Đăk Thử';
/** the own number of the first plan, which the second one cites */
export const HELD_KEY = '101/KH-UBND';

export interface GeneratedDoc {
  name: string;
  text: string;
  /** ISO date the document is issued */
  date: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function plan(index: number, date: Date, cites: string): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth() + 1;
  const year = date.getUTCFullYear();
  return [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN ĐĂK THỬ',
    '',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    `Số: ${100 + index}/KH-UBND`,
    '',
    `Đăk Thử, ngày ${pad(day)} tháng ${pad(month)} năm ${year}`,
    '',
    'KẾ HOẠCH',
    '',
    `Thí điểm số hóa hồ sơ lưu trữ đợt ${index}`,
    '',
    `${cites}Ủy ban nhân dân huyện ban hành Kế hoạch thí điểm số hóa hồ sơ lưu trữ đợt ${index} như sau:`,
    '',
    `1. Số hóa hồ sơ lưu trữ của các phòng, ban chuyên môn thuộc huyện (đợt ${index}).`,
    '',
    '2. Văn phòng HĐND và UBND huyện theo dõi, tổng hợp, báo cáo kết quả.',
    '',
    'Nơi nhận:',
    '- Các phòng, ban thuộc huyện;',
    '- Lưu: VT.',
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    '',
    'Nguyễn Văn Thử',
    '',
  ].join('\n');
}

/**
 * `count` plans dated three weeks apart from 5 March 2021 (so they span two years); plan 2 cites
 * plan 1 (`HELD_KEY`) with its date and issuer.
 */
export function generatedDocs(count: number): GeneratedDoc[] {
  const docs: GeneratedDoc[] = [];
  const first = Date.UTC(2021, 2, 5);
  for (let i = 1; i <= count; i += 1) {
    const date = new Date(first + (i - 1) * 21 * 86_400_000);
    const cites =
      i === 2
        ? `Thực hiện Kế hoạch số ${HELD_KEY} ngày 05/03/2021 của ${GENERATED_ISSUER} về thí điểm số hóa hồ sơ lưu trữ đợt 1; `
        : '';
    docs.push({
      name: `ke-hoach-so-hoa-${pad(i)}.txt`,
      text: plan(i, date, cites),
      date: date.toISOString().slice(0, 10),
    });
  }
  return docs;
}
