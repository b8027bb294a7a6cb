import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3Runs, encodeVni } from '../legacy/encode.ts';
import { makeDocx } from '../testing/make-docx.ts';
import { SHARED_SEEDS } from '../testing/paths.ts';
import { extractDocx } from './extract-docx.ts';
import { htmlToText } from './html-to-text.ts';

const seedLines = readFileSync(path.join(SHARED_SEEDS, '001_e44d68029944b139.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .slice(0, 12);

const extract = async (bytes: Buffer) => extractDocx(new Uint8Array(bytes));

describe('htmlToText', () => {
  it('separates paragraphs by blank lines, tables row by row with tabs, notes at the end', () => {
    const html =
      '<h1>BÁO CÁO</h1><p>Đoạn một<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> &amp; hai</p>' +
      '<table><tr><td><p>Số</p></td><td><p>Nội dung</p></td></tr><tr><td><p>1</p></td><td><p>a</p><p>b</p></td></tr></table>' +
      '<ol><li id="footnote-1"><p> Ghi chú <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToText(html)).toBe(
      'BÁO CÁO\n\nĐoạn một¹ & hai\n\nSố\tNội dung\n1\ta b\n\n¹ Ghi chú',
    );
  });
});

describe('extractDocx', () => {
  it('keeps footnotes (which raw-text extraction drops) with their markers', async () => {
    const result = await extract(
      makeDocx({
        paragraphs: [
          {
            before: 'Thực hiện Kế hoạch số 102-KH/TU của Ban Thường vụ Tỉnh ủy',
            footnote: 'Ban hành Công văn số 472-CV/HU.',
          },
          [{ text: 'Đoạn cuối.' }],
        ],
      }),
    );
    expect(result.text).toBe(
      'Thực hiện Kế hoạch số 102-KH/TU của Ban Thường vụ Tỉnh ủy¹\n\nĐoạn cuối.\n\n¹ Ban hành Công văn số 472-CV/HU.',
    );
  });

  it('decodes runs in TCVN3 fonts (normal and capitals) exactly, leaving Unicode runs alone', async () => {
    const paragraphs = seedLines.map((line) =>
      encodeTcvn3Runs(line).map((r) => ({ text: r.text, font: r.caps ? '.VnTimeH' : '.VnTime' })),
    );
    paragraphs.push([{ text: 'Dòng Unicode: Ủy ban nhân dân', font: 'Times New Roman' }]);
    const result = await extract(makeDocx({ paragraphs }));
    expect(result.text).toBe([...seedLines, 'Dòng Unicode: Ủy ban nhân dân'].join('\n\n'));
    expect(result.warnings.join(' ')).toMatch(/TCVN3/);
  });

  it('decodes VNI runs exactly, also when Word splits a letter between runs', async () => {
    const paragraphs = seedLines.map((line) => {
      const vni = encodeVni(line);
      const cut = vni.search(/[ùøûõïâáàåãäêéèúüë]/u);
      return cut > 0
        ? [
            { text: vni.slice(0, cut), font: 'VNI-Times' },
            { text: vni.slice(cut), font: 'VNI-Times' },
          ]
        : [{ text: vni, font: 'VNI-Times' }];
    });
    const result = await extract(makeDocx({ paragraphs }));
    expect(result.text).toBe(seedLines.join('\n\n'));
    expect(result.warnings.join(' ')).toMatch(/VNI/);
  });

  it('decides by statistics when the fonts say nothing (default font from styles.xml counts)', async () => {
    const byDefault = await extract(
      makeDocx({
        defaultFont: '.VnTime',
        paragraphs: [[{ text: encodeTcvn3Runs('ngày 22 tháng 11 năm 2002')[0]!.text }]],
      }),
    );
    expect(byDefault.text).toBe('ngày 22 tháng 11 năm 2002');
    const vni = encodeVni(seedLines.slice(0, 4).join(' '));
    const byStats = await extract(makeDocx({ paragraphs: [[{ text: vni }]] }));
    expect(byStats.text).toBe(seedLines.slice(0, 4).join(' '));
  });

  it('an empty document is empty_document', async () => {
    await expect(extract(makeDocx({ paragraphs: [[{ text: '   ' }]] }))).rejects.toMatchObject({
      code: 'empty_document',
    });
  });
});
