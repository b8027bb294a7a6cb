/**
 * A realistic multi-megabyte corpus for the analysis benchmark: the five seed documents, repeated
 * with their numbers, years, issuers and places varied so no two copies are identical.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEEDS = new URL('../../shared/seeds/', import.meta.url);

const PROVINCES = [
  'Kon Tum',
  'Gia Lai',
  'Đắk Lắk',
  'Lai Châu',
  'Quảng Trị',
  'Yên Bái',
  'Hậu Giang',
  'Lạng Sơn',
];
const DISTRICTS = [
  "Ia H'Drai",
  'Ngọc Hồi',
  'Tam Đường',
  'Đắk Hà',
  'Sa Thầy',
  'Kon Plông',
  'Tu Mơ Rông',
  'Đắk Glei',
];
const BODIES = [
  'Ban Thường vụ Tỉnh ủy',
  'Ban Thường vụ Huyện ủy',
  'Ủy ban nhân dân tỉnh',
  'Ban Bí thư',
  'Bộ Chính trị',
];

export function loadSeeds(): string[] {
  const dir = fileURLToPath(SEEDS);
  if (!existsSync(dir))
    throw new Error(`seed documents not found at ${dir} (shared/ must sit beside the repository)`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(new URL(f, SEEDS), 'utf8'));
}

/** Vary one seed: citation numbers, years, province/district names and issuers. */
export function variant(seed: string, v: number): string {
  const province = PROVINCES[v % PROVINCES.length] ?? 'Kon Tum';
  const district = DISTRICTS[(v >> 3) % DISTRICTS.length] ?? "Ia H'Drai";
  const body = BODIES[v % BODIES.length] ?? 'Bộ Chính trị';
  return seed
    .replace(
      /(\d{1,4})(\s?[-/]\s?)(?=[A-ZĐ])/g,
      (_m, n: string, sep: string) => `${(Number(n) + v * 7) % 4000 || 1}${sep}`,
    )
    .replace(/\b(20[12]\d)\b/g, (y: string) => String(2010 + ((Number(y) - 2010 + v) % 15)))
    .replaceAll('Kon Tum', province)
    .replaceAll("Ia H'Drai", district)
    .replaceAll('Ban Thường vụ Tỉnh ủy', body);
}

/** Documents totalling at least `bytes` UTF-8 bytes. */
export function buildCorpus(bytes: number): string[] {
  const seeds = loadSeeds();
  const docs: string[] = [];
  let size = 0;
  for (let v = 0; size < bytes; v++) {
    const doc = variant(seeds[v % seeds.length] ?? '', Math.floor(v / seeds.length));
    docs.push(doc);
    size += Buffer.byteLength(doc, 'utf8');
  }
  return docs;
}
