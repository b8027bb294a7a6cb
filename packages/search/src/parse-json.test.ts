import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_PIECE, parseJsonBytes } from './parse-json.ts';

const bytes = (value: string) => Buffer.from(value, 'utf8');

/** Long Vietnamese text with JSON specials, so values cross MAX_PIECE. */
const longText = (n: number) =>
  Array.from({ length: n }, (_, i) => `Nghị quyết ${i}-NQ/TW "trích" \\ {a:[b]}, đ\n\t😀 `).join(
    '',
  );

describe('parseJsonBytes', () => {
  it('equals JSON.parse on a search-like answer far above the piece size', () => {
    const answer = {
      results: [
        {
          indexUid: 'x-documents',
          hits: Array.from({ length: 20 }, (_, i) => ({
            id: `d${i}`,
            title: `Báo cáo ${i}`,
            year: 2020 + (i % 5),
            ocr: i % 2 === 0,
            signer: null,
            fileNames: [`${i}.pdf`],
            citations: [{ key: '35-NQ/TW', start: 1, end: 9, date: null }],
            text: longText(150 + 10 * i),
          })),
          facetDistribution: { year: { '2020': 4, '2021': 3 }, docType: {} },
          totalHits: 1234,
          processingTimeMs: 3,
        },
        { hits: [], query: '' },
      ],
    };
    const text = JSON.stringify(answer);
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * MAX_PIECE);
    expect(parseJsonBytes(bytes(text))).toEqual(answer);
    // with whitespace between tokens
    const pretty = JSON.stringify(answer, null, 2);
    expect(parseJsonBytes(bytes(pretty))).toEqual(answer);
  });

  it('keeps JSON.parse semantics: duplicate keys, __proto__, empty answer', () => {
    const big = longText(200);
    const text = `{"a":1,"__proto__":{"x":1},"a":${JSON.stringify(big)},"b":[]}`;
    const parsed = parseJsonBytes(bytes(text)) as Record<string, unknown>;
    expect(parsed).toEqual(JSON.parse(text));
    expect(Object.keys(parsed)).toEqual(Object.keys(JSON.parse(text) as object));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(parseJsonBytes(Buffer.alloc(0))).toBeUndefined();
  });

  it('equals JSON.parse on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 0, max: 3 }), (value, pad) => {
        // blown up above the piece size: the value inside a large array of itself
        const wrapped = {
          v: value,
          many: Array.from({ length: 40 }, () => value),
          t: longText(600 + pad * 200),
        };
        const text = JSON.stringify(wrapped);
        expect(parseJsonBytes(bytes(text))).toEqual(JSON.parse(text));
      }),
      { numRuns: 100 },
    );
  });

  it('rejects malformed JSON like JSON.parse', () => {
    const big = JSON.stringify(longText(200));
    for (const bad of [
      `{"a":${big},}`,
      `{"a":${big},"b"}`,
      `[${big},,1]`,
      `[${big},1`,
      `{"a":${big}}x`,
      `{"a" ${big}}`,
      `{"a":${big}:1}`,
      `{1:${big}}`,
    ]) {
      expect(() => parseJsonBytes(bytes(bad)), bad.slice(0, 12)).toThrow(SyntaxError);
    }
  });
});
