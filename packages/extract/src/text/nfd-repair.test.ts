import { describe, expect, it } from 'vitest';
import { assessPageText } from '../pdf/page-quality.ts';
import { repairNfdText } from './nfd-repair.ts';
import { isVietnameseSyllable, scoreSyllables } from './syllable.ts';

describe('Vietnamese syllables', () => {
  it('accepts real syllables and rejects legacy-encoded garbage', () => {
    for (const s of ['nghiêng', 'Ủy', 'quyết', 'khuya', 'giữ', 'trường', 'oai', 'gì'])
      expect(isVietnameseSyllable(s)).toBe(true);
    for (const s of ['hoµ', 'th¸ng', 'cña', 'ubnd', 'xyz'])
      expect(isVietnameseSyllable(s)).toBe(false);
    expect(scoreSyllables('Ủy ban nhân dân huyện').share).toBe(1);
  });
});

describe('repairNfdText', () => {
  it('rejoins syllables split after a combining mark and composes to NFC', () => {
    const raw = `U\u0309 y ban nha\u0302n da\u0302n huye\u0323\u0302 n Ia H'Drai`;
    const { text, joins } = repairNfdText(raw);
    expect(text).toBe("Ủy ban nhân dân huyện Ia H'Drai");
    expect(joins).toBe(2);
  });

  it('does not join two real words', () => {
    expect(repairNfdText('ca\u0309 ngày').text).toBe('cả ngày');
  });
});

describe('page quality gate', () => {
  const body =
    'Ủy ban nhân dân huyện báo cáo kết quả triển khai thực hiện kế hoạch năm 2023 như sau.';

  it('keeps a good Unicode page', () => {
    expect(assessPageText(body).needsOcr).toBeNull();
  });

  it('asks for OCR when a page is empty or nearly so', () => {
    expect(assessPageText('').needsOcr).toBe('no_text');
    expect(assessPageText('  3  ').needsOcr).toBe('no_text');
  });

  it('asks for OCR when the layer is not readable Vietnamese', () => {
    const garbage = 'Xqzt brvk plmn wxyz qrst vbnm kjhg fdsa zxcv bnmq wert yuio pasd fghj klzx';
    expect(assessPageText(garbage).needsOcr).toBe('low_quality');
  });

  it('decodes a TCVN3 text layer instead of OCRing it', () => {
    const page = assessPageText(
      'Uû ban nh©n d©n huyÖn b¸o c¸o kÕt qu¶ triÓn khai thùc hiÖn kÕ ho¹ch n¨m 2023 nh­ sau.',
    );
    expect(page.needsOcr).toBeNull();
    expect(page.text).toBe(
      'Uỷ ban nhân dân huyện báo cáo kết quả triển khai thực hiện kế hoạch năm 2023 như sau.',
    );
    expect(page.decoded.get('tcvn3')).toBe(1);
  });
});
