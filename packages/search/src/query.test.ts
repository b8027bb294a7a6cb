import { describe, expect, it } from 'vitest';
import {
  MAX_RESULT_DEPTH,
  buildFilters,
  buildSearchRequest,
  interpretQuery,
  resolveActKeys,
} from './query.ts';
import { actTokenOfKey } from './act-tokens.ts';

describe('interpretQuery', () => {
  it.each(['Nghị quyết 35-NQ/TW', 'nghi quyet 35-nq/tw', '35/NQ-TW', 'NQ35-TW'])(
    '%s → the key 35-NQ/TW and no words',
    (q) => {
      expect(interpretQuery(q)).toEqual({ text: '', acts: [{ key: '35-NQ/TW', tokens: [] }] });
    },
  );

  it.each(['NQ 35', 'nghị quyết số 35', 'nghi quyet 35'])('%s → type + number token NQ:35', (q) => {
    expect(interpretQuery(q)).toEqual({ text: '', acts: [{ key: null, tokens: ['NQ:35'] }] });
  });

  it('keeps the other words as text', () => {
    expect(interpretQuery('kế hoạch 3006/KH-UBND phòng chống')).toEqual({
      text: 'phòng chống',
      acts: [{ key: '3006/KH-UBND', tokens: [] }],
    });
    expect(interpretQuery('Ban Chỉ đạo 35').acts).toEqual([]);
  });
});

describe('act tokens', () => {
  it('derive type code and padded number from canonical keys', () => {
    expect(actTokenOfKey('35-NQ/TW')).toBe('NQ:35');
    expect(actTokenOfKey('35/NQ-HĐND')).toBe('NQ:35');
    expect(actTokenOfKey('3006/KH-UBND')).toBe('KH:3006');
    expect(actTokenOfKey('09/2017/NĐ-CP')).toBe('NĐ:09');
    expect(actTokenOfKey('35-CT/TW')).toBe('CT:35');
    expect(actTokenOfKey('garbage')).toBeNull();
  });

  it('resolve NQ 35 to the keys that exist', () => {
    const keys = resolveActKeys(
      [{ key: null, tokens: ['NQ:35'] }],
      ['35-NQ/TW', '35-CT/TW', '35/NQ-HĐND', '135-NQ/TW'],
    );
    expect(keys).toEqual(['35-NQ/TW', '35/NQ-HĐND']);
  });
});

describe('buildFilters', () => {
  it('escapes every request value in one place', () => {
    const filters = buildFilters({ issuer: '" OR year > 0', type: 'Báo cáo', cites: '35-NQ/TW' }, [
      { key: '35-NQ/TW', tokens: [] },
      { key: null, tokens: ['NQ:35'] },
    ]);
    expect(filters).toEqual([
      'docType = "Báo cáo"',
      'issuer = "\\" OR year > 0"',
      'citedKeys = "35-NQ/TW"',
      '(citedKeys = "35-NQ/TW" OR ownKey = "35-NQ/TW")',
      '(citedActs IN ["NQ:35"] OR ownAct IN ["NQ:35"])',
    ]);
  });

  it('uses only integer years', () => {
    expect(buildFilters({ year: 2020, yearFrom: 2018, yearTo: 2024.5 }, [])).toEqual([
      'year = 2020',
      'year >= 2018',
    ]);
  });
});

describe('buildSearchRequest', () => {
  it('asks for facets and the hit fields plus the text (snippets are cut here)', () => {
    const { body } = buildSearchRequest({ q: 'tuyên truyền', page: 2, limit: 10 });
    expect(body.facets).toEqual(['year', 'docType', 'issuer']);
    expect(body.attributesToRetrieve).toContain('text');
    expect(body).not.toHaveProperty('attributesToCrop');
    expect(body).not.toHaveProperty('attributesToHighlight');
    expect(body.page).toBe(2);
    expect(body.hitsPerPage).toBe(10);
    expect(body.q).toBe('tuyên truyền');
    expect(body.matchingStrategy).toBe('all');
    expect(body.sort).toBeUndefined();
  });

  it('adds an exact-spelling query (Telex words) only for words with diacritics', () => {
    expect(buildSearchRequest({ q: 'tuyên truyền' }).exactQ).toBe('tuyên truyền tuyeen truyeenf');
    expect(buildSearchRequest({ q: 'tuyen truyen' }).exactQ).toBeNull();
    expect(buildSearchRequest({ q: 'tuyên truyền', sort: 'date' }).exactQ).toBeNull();
  });

  it('matches all words of a query without diacritics', () => {
    const { body } = buildSearchRequest({ q: 'nghi quyet' });
    expect(body).toMatchObject({ q: 'nghi quyet', matchingStrategy: 'all' });
  });

  it('sorts by date on request and for a pure act query', () => {
    expect(buildSearchRequest({ q: 'abc', sort: 'date' }).body.sort).toEqual([
      'date:desc',
      'year:desc',
    ]);
    expect(buildSearchRequest({ q: 'NQ 35' }).body.sort).toEqual(['date:desc', 'year:desc']);
    expect(buildSearchRequest({ q: 'NQ 35' }).body.facets).toContain('citedKeys');
  });

  it('clamps paging', () => {
    const { body } = buildSearchRequest({ page: 0, limit: 1000 });
    expect(body.page).toBe(1);
    expect(body.hitsPerPage).toBe(100);
  });

  it('lists hits down to MAX_RESULT_DEPTH; a deeper page asks only the total and facets', () => {
    const last = buildSearchRequest({ q: 'Đảng', page: MAX_RESULT_DEPTH / 20, limit: 20 });
    expect(last.body).toMatchObject({ page: MAX_RESULT_DEPTH / 20, hitsPerPage: 20 });
    expect(last.exactQ).not.toBeNull();
    const beyond = buildSearchRequest({ q: 'Đảng', page: MAX_RESULT_DEPTH / 20 + 1, limit: 20 });
    expect(beyond.body).toMatchObject({ q: 'Đảng', page: 1, hitsPerPage: 0 });
    expect(beyond.body.facets).toEqual(['year', 'docType', 'issuer']);
    expect(beyond.exactQ).toBeNull();
    expect(beyond.body.sort).toBeUndefined();
  });
});
