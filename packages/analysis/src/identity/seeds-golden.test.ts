/* eslint-disable no-restricted-imports -- a test may read the seed files; src code stays pure */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

// shared/ is the sibling of the repository root: <repo>/packages/analysis/src/identity → <repo>/../shared
const SEEDS = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));
const GOLD = `${SEEDS}gold/`;

if (!existsSync(GOLD)) {
  throw new Error(
    `Seed documents and gold files not found at ${SEEDS} (expected shared/seeds and shared/seeds/gold beside the repository root)`,
  );
}

interface Gold {
  file: string;
  docType: string | null;
  ownNumber: string | null;
  issuer: string | null;
  locality: string | null;
  date: string | null;
  year: number | null;
  title: string | null;
  signer: { name: string | null; position: string | null; authority: string | null } | null;
  recipients: string[];
}

const seeds = readdirSync(SEEDS)
  .filter((f) => /^\d{3}_.*\.txt$/u.test(f))
  .sort();

describe('document identity on the five seeds (gold)', () => {
  it('finds all five seeds', () => {
    expect(seeds).toHaveLength(5);
  });

  for (const file of seeds) {
    it(`${file}: docType, ownNumber, issuer, locality, date, year, title, signer, recipients`, () => {
      const gold = JSON.parse(readFileSync(`${GOLD}${file.slice(0, 3)}.json`, 'utf8')) as Gold;
      const text = readFileSync(`${SEEDS}${file}`, 'utf8');
      const a = analyze(text);
      expect({
        docType: a.docType,
        ownNumber: a.ownNumber,
        issuer: a.issuer,
        locality: a.locality,
        date: a.date,
        year: a.year,
        title: a.title,
        signer: a.signer,
        recipients: a.recipients,
      }).toEqual({
        docType: gold.docType,
        ownNumber: gold.ownNumber,
        issuer: gold.issuer,
        locality: gold.locality,
        date: gold.date,
        year: gold.year,
        title: gold.title,
        signer: gold.signer,
        recipients: gold.recipients,
      });
      // the year's evidence is a quote from the text
      const collapsed = text.replace(/\s+/gu, ' ');
      expect(a.yearEvidence).toBeTruthy();
      expect(collapsed.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰*]/gu, '')).toContain(
        (a.yearEvidence ?? '').replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰*]/gu, ''),
      );
    });
  }
});
