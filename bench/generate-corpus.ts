/**
 * Deterministic generator of realistic synthetic Vietnamese government documents (types, issuers,
 * localities, years 2015–2025, citations in the three grammars of vn-docs-spec §3: Party
 * `35-NQ/TW`, state administrative `3006/KH-UBND`, legal-normative `09/2017/NĐ-CP`).
 *
 *   node --import tsx bench/generate-corpus.ts --count 1000 --out corpus.jsonl   # JSONL
 *   node --import tsx bench/generate-corpus.ts --count 50 --txt out-dir/          # one TXT per doc
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISTRICTS = [
  ['Ngọc Hồi', 'Kon Tum'],
  ["Ia H'Drai", 'Kon Tum'],
  ['Đăk Hà', 'Kon Tum'],
  ['Tam Đường', 'Lai Châu'],
  ['Phong Thổ', 'Lai Châu'],
  ['Mường Tè', 'Lai Châu'],
  ['Bắc Yên', 'Sơn La'],
  ['Mộc Châu', 'Sơn La'],
  ['Đồng Xuân', 'Phú Yên'],
  ['Tuy An', 'Phú Yên'],
] as const;

const SUBJECTS = [
  'tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới',
  'đẩy mạnh công tác thông tin đối ngoại',
  'phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh',
  'công tác phòng, chống tham nhũng, tiêu cực',
  'chuyển đổi số và xây dựng chính quyền số',
  'xây dựng nông thôn mới gắn với giảm nghèo bền vững',
  'công tác giáo dục chính trị tư tưởng cho cán bộ, đảng viên',
  'phòng, chống dịch bệnh và bảo đảm an sinh xã hội',
  'quản lý hoạt động báo chí, xuất bản và thông tin điện tử',
  'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
] as const;

const FILLER = [
  'Các cơ quan, đơn vị đã quán triệt, triển khai thực hiện nghiêm túc, đạt nhiều kết quả quan trọng.',
  'Công tác tuyên truyền được đổi mới về nội dung và hình thức, đa dạng, phù hợp với từng đối tượng.',
  'Đội ngũ cán bộ làm công tác tham mưu từng bước được kiện toàn, nâng cao năng lực.',
  'Tuy nhiên, việc phối hợp giữa các ngành có lúc chưa chặt chẽ, một số nơi còn lúng túng.',
  'Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định.',
  'Ủy ban nhân dân các xã, thị trấn chủ động xây dựng kế hoạch, phân công nhiệm vụ cụ thể.',
  'Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thông phối hợp thực hiện.',
  'Ban Chỉ đạo 35 huyện họp định kỳ, đánh giá kết quả và đề ra nhiệm vụ trọng tâm thời gian tới.',
  'Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước và các nguồn huy động hợp pháp khác.',
  'Đề nghị các cơ quan, đơn vị báo cáo kết quả định kỳ 6 tháng, hằng năm về Thường trực.',
] as const;

interface Act {
  surface: string;
  key: string;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A cited act drawn from the three grammars, with realistic number ranges. */
function citedAct(rand: () => number, year: number): Act {
  const grammar = rand();
  if (grammar < 0.45) {
    const [type, code] = pick(rand, [
      ['Nghị quyết', 'NQ'],
      ['Chỉ thị', 'CT'],
      ['Kết luận', 'KL'],
      ['Kế hoạch', 'KH'],
      ['Hướng dẫn', 'HD'],
    ] as const);
    const issuer = pick(rand, ['TW', 'TU', 'HU', 'BTGTW', 'BTGTU']);
    const n = 1 + Math.floor(rand() * (issuer === 'TW' ? 60 : 250));
    const sep = issuer === 'TW' ? '-' : '-';
    return {
      surface: `${type} số ${pad2(n)}${sep}${code}/${issuer}`,
      key: `${pad2(n)}-${code}/${issuer}`,
    };
  }
  if (grammar < 0.8) {
    const [type, code] = pick(rand, [
      ['Kế hoạch', 'KH'],
      ['Quyết định', 'QĐ'],
      ['Công văn', ''],
      ['Báo cáo', 'BC'],
    ] as const);
    const issuer = pick(rand, ['UBND', 'UBND-VX', 'UBND-KGVX', 'STTTT', 'SVHTTDL']);
    const n = 1 + Math.floor(rand() * 4000);
    const symbol = code === '' ? issuer : `${code}-${issuer}`;
    return {
      surface: `${type} số ${pad2(n)}/${symbol} ngày ${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}/${year - 1}`,
      key: `${pad2(n)}/${symbol}`,
    };
  }
  const [type, code, issuer] = pick(rand, [
    ['Nghị định', 'NĐ', 'CP'],
    ['Quyết định', 'QĐ', 'TTg'],
    ['Thông tư', 'TT', 'BTTTT'],
  ] as const);
  const n = 1 + Math.floor(rand() * 200);
  const y = 2010 + Math.floor(rand() * (year - 2010));
  return {
    surface: `${type} số ${pad2(n)}/${y}/${code}-${issuer}`,
    key: `${pad2(n)}/${y}/${code}-${issuer}`,
  };
}

export interface GeneratedDocument {
  id: string;
  title: string;
  docType: string;
  ownNumber: string;
  issuer: string;
  locality: string;
  date: string;
  year: number;
  text: string;
  citedKeys: string[];
}

/** Document `index` of the corpus with `seed`; the same inputs give the same document. */
export function generateDocument(seed: number, index: number): GeneratedDocument {
  const rand = prng(seed * 1_000_003 + index);
  const year = 2015 + Math.floor(rand() * 11);
  const [district, province] = pick(rand, DISTRICTS);
  const party = rand() < 0.5;
  const issuer = party ? `Huyện ủy ${district}` : `Ủy ban nhân dân huyện ${district}`;
  const [docType, code] = pick(rand, [
    ['Báo cáo', 'BC'],
    ['Kế hoạch', 'KH'],
    ['Quyết định', 'QĐ'],
    ['Công văn', 'CV'],
    ['Thông báo', 'TB'],
  ] as const);
  const n = 1 + Math.floor(rand() * 900);
  const ownNumber = party ? `${pad2(n)}-${code}/HU` : `${pad2(n)}/${code}-UBND`;
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const date = `${year}-${pad2(month)}-${pad2(day)}`;
  const subject = pick(rand, SUBJECTS);
  const title = `${docType} ${docType === 'Báo cáo' ? 'kết quả thực hiện' : 'về'} ${subject}`;
  const acts = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => citedAct(rand, year));
  const paragraphs: string[] = [
    `${issuer.toUpperCase()}\nSố: ${ownNumber}\n${district}, ngày ${day} tháng ${month} năm ${year}\n\n${docType.toUpperCase()}\n${title}`,
  ];
  for (const act of acts) {
    const verb = pick(rand, ['Thực hiện', 'Căn cứ', 'Triển khai', 'Báo cáo kết quả thực hiện']);
    paragraphs.push(
      `${verb} ${act.surface} về ${pick(rand, SUBJECTS)}, ${issuer} ${pick(rand, FILLER).toLowerCase()}`,
    );
    const fill = 2 + Math.floor(rand() * 5);
    for (let i = 0; i < fill; i++)
      paragraphs.push(`${i + 1}. ${pick(rand, FILLER)} ${pick(rand, FILLER)}`);
  }
  paragraphs.push(`Nơi nhận:\n- Ban Thường vụ Tỉnh ủy ${province};\n- Lưu VT.`);
  return {
    id: `g${seed}-${index}`,
    title,
    docType,
    ownNumber,
    issuer,
    locality: `huyện ${district}, tỉnh ${province}`,
    date,
    year,
    text: paragraphs.join('\n'),
    citedKeys: [...new Set(acts.map((a) => a.key))],
  };
}

/** A search request of the benchmark's query mix (the parameters of `GET /api/search`). */
export interface BenchQuery {
  kind: 'citation' | 'keyword' | 'no-diacritics';
  q: string;
  year?: number;
  yearFrom?: number;
  yearTo?: number;
  type?: string;
  sort?: 'date';
}

/** Type names of the symbol codes the generator cites (for `Nghị quyết 35-NQ/TW` queries). */
const TYPE_OF_CODE: Record<string, string> = {
  NQ: 'Nghị quyết',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  KH: 'Kế hoạch',
  HD: 'Hướng dẫn',
  QĐ: 'Quyết định',
  BC: 'Báo cáo',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
};

/** `Nghị quyết` → `nghi quyet` (how people type without a Vietnamese keyboard). */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

const PHRASE_SOURCES: readonly string[] = [
  ...SUBJECTS,
  ...FILLER,
  ...DISTRICTS.map(([district]) => `huyện ${district}`),
];

/** 2–4 consecutive words of a sentence of the corpus, without punctuation. */
function phrase(rand: () => number): string {
  const words = pick(rand, PHRASE_SOURCES)
    .replace(/[.,;:()]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && w !== '-');
  const length = Math.min(words.length, 2 + Math.floor(rand() * 3));
  const start = Math.floor(rand() * (words.length - length + 1));
  return words
    .slice(start, start + length)
    .join(' ')
    .toLowerCase();
}

/** The forms a user types for a cited act (vn-docs-spec §3.3): `35-NQ/TW`, `NQ 35`, `35/NQ-TW`… */
function citationForms(key: string): string[] {
  const party = /^(\d+)-([\p{L}]+)\/([\p{L}]+)$/u.exec(key);
  const state = /^(\d+)\/(?:(\d{4})\/)?(?:([\p{L}]+)-)?([\p{L}-]+)$/u.exec(key);
  const code = party?.[2] ?? state?.[3];
  const number = party?.[1] ?? state?.[1] ?? '';
  const type = code === undefined ? undefined : TYPE_OF_CODE[code];
  const forms = [key];
  if (type !== undefined) {
    forms.push(`${type} ${key}`, foldVietnamese(`${type} ${key}`), `${type} số ${key}`);
    if (party) forms.push(`${code} ${Number(number)}`, `${number}/${code}-${party[3]}`);
  }
  return forms;
}

/**
 * `count` distinct benchmark queries drawn from the corpus's own vocabulary: cited acts of the
 * first `sampleDocs` documents in their common forms (citation), 2–4 word phrases of the corpus
 * with diacritics (keyword) and the same kind of phrases typed without them (no-diacritics), some
 * with year, year-range or type filters or a date sort. About 40 / 30 / 30 %.
 */
export function generateQueries(seed: number, count: number, sampleDocs = 2000): BenchQuery[] {
  const rand = prng(seed * 7919 + 17);
  const keys = new Set<string>();
  for (let i = 0; i < sampleDocs; i++)
    for (const k of generateDocument(seed, i).citedKeys) keys.add(k);
  const acts = [...keys];
  const types = ['Báo cáo', 'Kế hoạch', 'Quyết định', 'Công văn', 'Thông báo'];
  const seen = new Set<string>();
  const out: BenchQuery[] = [];
  for (let attempts = 0; out.length < count && attempts < count * 50; attempts++) {
    const roll = rand();
    let query: BenchQuery;
    if (roll < 0.4) {
      query = { kind: 'citation', q: pick(rand, citationForms(pick(rand, acts))) };
    } else {
      const text = phrase(rand);
      query =
        roll < 0.7
          ? { kind: 'keyword', q: text }
          : { kind: 'no-diacritics', q: foldVietnamese(text) };
    }
    const filter = rand();
    if (filter < 0.1) query.year = 2015 + Math.floor(rand() * 11);
    else if (filter < 0.15) {
      query.yearFrom = 2015 + Math.floor(rand() * 6);
      query.yearTo = query.yearFrom + 1 + Math.floor(rand() * 5);
    } else if (filter < 0.2) query.type = pick(rand, types);
    if (rand() < 0.1) query.sort = 'date';
    const id = JSON.stringify(query);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(query);
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const count = Number(value('--count') ?? '1000');
  const seed = Number(value('--seed') ?? '42');
  const txt = value('--txt');
  const out = value('--out') ?? 'corpus.jsonl';
  if (txt !== undefined) {
    await mkdir(txt, { recursive: true });
    for (let i = 0; i < count; i++) {
      const doc = generateDocument(seed, i);
      await writeFile(join(txt, `${doc.id}.txt`), `${doc.text}\n`);
    }
    process.stdout.write(`wrote ${count} TXT files to ${txt}\n`);
    return;
  }
  const stream = createWriteStream(out);
  for (let i = 0; i < count; i++) {
    if (!stream.write(`${JSON.stringify(generateDocument(seed, i))}\n`)) {
      await new Promise<void>((r) => stream.once('drain', () => r()));
    }
  }
  await new Promise<void>((r) => stream.end(() => r()));
  process.stdout.write(`wrote ${count} documents to ${out}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}
