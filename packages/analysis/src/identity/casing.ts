import { PLACE_COMMITTEES } from '../entities/localities.ts';
import { titleCaseName } from './text-utils.ts';

/**
 * Upper-case header lines to normal capitalisation (`ỦY BAN NHÂN DÂN HUYỆN NGỌC HỒI` →
 * `Ủy ban nhân dân huyện Ngọc Hồi`, `BAN TUYÊN GIÁO TỈNH ỦY KON TUM` → `Ban Tuyên giáo Tỉnh ủy Kon Tum`).
 */

/** Organisation words in their normal spelling; matched case-insensitively, longest first. */
const ORG_PHRASES: readonly string[] = [
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc Việt Nam',
  'Ủy ban MTTQ Việt Nam',
  'Uỷ ban MTTQ Việt Nam',
  'Ban Thường trực',
  'Hội Liên hiệp Thanh niên Việt Nam',
  'Ban Chấp hành Trung ương Đảng',
  'Ban Chấp hành Trung ương',
  'Ban Chấp hành Đảng bộ',
  'Ban Chấp hành',
  'Ban Thường vụ',
  'Thường trực',
  'Ban Bí thư',
  'Bộ Chính trị',
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Kiểm tra',
  'Uỷ ban Kiểm tra',
  'Ban Tuyên giáo',
  'Ban Tổ chức',
  'Ban Dân vận',
  'Ban Nội chính',
  'Ban Chỉ đạo',
  'Ban Quản lý',
  'Ban Chỉ huy Quân sự',
  'Bộ Chỉ huy Quân sự',
  'Ban cán sự đảng',
  'Đảng đoàn',
  'Đảng ủy Khối',
  'Văn phòng',
  ...PLACE_COMMITTEES, // Tỉnh ủy/uỷ … Quận ủy/uỷ, in this order
  'Đảng ủy',
  'Đảng uỷ',
  'Đảng bộ',
  'Chi bộ',
  'Công an',
  'Trung tâm',
  'Chi cục',
  'Tổng cục',
  'Liên đoàn Lao động',
  'Hội Liên hiệp Phụ nữ',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Huyện đoàn',
  'Tỉnh đoàn',
  'Thành đoàn',
  'Tòa án nhân dân',
  'Viện Kiểm sát nhân dân',
  'Kho bạc Nhà nước',
  'Thanh tra',
  'Chính phủ',
  'Quốc hội',
  'Sở',
  'Phòng',
  'Cục',
  'Bộ',
  'Ban',
  'Trường',
  'Đài',
]
  .slice()
  .sort((a, b) => b.length - a.length);

const ABBREVIATIONS: Record<string, string> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  'UBMTTQ VIỆT NAM': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  UBMTTQVN: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  BTV: 'Ban Thường vụ',
  BCH: 'Ban Chấp hành',
};

const LEVELS: readonly string[] = [
  'thành phố',
  'thị xã',
  'thị trấn',
  'tổ dân phố',
  'tỉnh',
  'huyện',
  'quận',
  'xã',
  'phường',
  'thôn',
  'làng',
  'buôn',
  'plei',
];

// compiled once: `(^|\s)UBND(?=\s|$)` → `$1ỦY BAN NHÂN DÂN`, …
const ABBREVIATION_RULES: ReadonlyArray<[RegExp, string]> = Object.entries(ABBREVIATIONS).map(
  ([abbr, full]) => [new RegExp(`(^|\\s)${abbr}(?=\\s|$)`, 'u'), `$1${full.toUpperCase()}`],
);

const PHRASE_WORDS = ORG_PHRASES.map((p) => ({ phrase: p, words: p.toUpperCase().split(' ') }));
const LEVEL_WORDS = LEVELS.map((l) => ({ level: l, words: l.toUpperCase().split(' ') }));

/** `upperWords` (words already upper-cased) has `target` at `i`. */
function matchAt(upperWords: readonly string[], i: number, target: readonly string[]): boolean {
  if (i + target.length > upperWords.length) return false;
  for (let k = 0; k < target.length; k++) {
    if (upperWords[i + k] !== target[k]) return false;
  }
  return true;
}

// (module constants: under tsx, a regex literal with `\p{…}` in a function is compiled at each call)
const UPPER_WORD = /^\p{Lu}{2,}$/u;
const ABBREVIATION_WORD = /[^\p{L}]|^[BCDĐGHKLMNPQRSTVX]+$/u;

function isAbbreviation(w: string): boolean {
  return UPPER_WORD.test(w) && ABBREVIATION_WORD.test(w);
}

/**
 * A school's level written out, in its usual casing (`TRƯỜNG TIỂU HỌC KIM ĐỒNG` → `Trường Tiểu học Kim
 * Đồng`); longest first.
 */
const SCHOOL_LEVELS = [
  'Phổ thông Dân tộc nội trú',
  'Phổ thông Dân tộc bán trú',
  'Trung học phổ thông',
  'Trung học cơ sở',
  'Tiểu học và Trung học cơ sở',
  'Tiểu học',
  'Mầm non',
  'Mẫu giáo',
  'Nhà trẻ',
  // colleges and universities: `TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG KON TUM` → `Trường Cao đẳng Cộng đồng Kon Tum`
  'Cao đẳng Cộng đồng',
  'Cao đẳng Sư phạm',
  'Cao đẳng Kinh tế - Kỹ thuật',
  'Cao đẳng',
  'Đại học Sư phạm',
  'Đại học',
]
  .map((l) => ({ level: l, words: l.toUpperCase().split(' ') }))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * A school's name after its level abbreviations (`THPT NGÔ MÂY` → `THPT Ngô Mây`, `PTDTBT THCS ĐĂK
 * NHOONG`, `THPT CHUYÊN NGUYỄN TẤT THÀNH` → `THPT chuyên Nguyễn Tất Thành`) or its level written out
 * (`TIỂU HỌC KIM ĐỒNG` → `Tiểu học Kim Đồng`), or null when the words do not start with a level
 * followed by a name.
 */
function schoolCase(words: readonly string[]): string | null {
  const upperWords = words.map((w) => w.toUpperCase());
  const spelled = SCHOOL_LEVELS.find((l) => matchAt(upperWords, 0, l.words));
  let j = 0;
  if (spelled) j = spelled.words.length;
  else while (j < words.length && isAbbreviation(words[j] ?? '')) j++;
  if (spelled && j === words.length) return spelled.level;
  if (j === 0 || j === words.length) return null;
  const out = spelled ? [spelled.level] : words.slice(0, j);
  const next = words[j]?.toLowerCase();
  if (next === 'chuyên' || (next === 'số' && j + 1 < words.length)) {
    out.push(next); // `THPT chuyên Nguyễn Tất Thành`, `Tiểu học số 1`
    j++;
  }
  if (j < words.length) out.push(titleCaseName(words.slice(j).join(' ')));
  return out.join(' ');
}

/**
 * Provinces and centrally-run cities (and the old spellings still in headers): a body of the province
 * names it without `tỉnh` (`SỞ GIÁO DỤC VÀ ĐÀO TẠO KON TUM`, `BẢO HIỂM XÃ HỘI GIA LAI`). Upper case.
 */
const PROVINCES: ReadonlySet<string> = new Set(
  [
    'An Giang',
    'Bà Rịa - Vũng Tàu',
    'Bà Rịa Vũng Tàu',
    'Bạc Liêu',
    'Bắc Giang',
    'Bắc Kạn',
    'Bắc Ninh',
    'Bến Tre',
    'Bình Dương',
    'Bình Định',
    'Bình Phước',
    'Bình Thuận',
    'Cà Mau',
    'Cao Bằng',
    'Cần Thơ',
    'Đà Nẵng',
    'Đắk Lắk',
    'Đăk Lăk',
    'Đắk Nông',
    'Đăk Nông',
    'Điện Biên',
    'Đồng Nai',
    'Đồng Tháp',
    'Gia Lai',
    'Hà Giang',
    'Hà Nam',
    'Hà Nội',
    'Hà Tĩnh',
    'Hải Dương',
    'Hải Phòng',
    'Hậu Giang',
    'Hòa Bình',
    'Hoà Bình',
    'Hồ Chí Minh',
    'Hưng Yên',
    'Khánh Hòa',
    'Khánh Hoà',
    'Kiên Giang',
    'Kon Tum',
    'Lai Châu',
    'Lâm Đồng',
    'Lạng Sơn',
    'Lào Cai',
    'Long An',
    'Nam Định',
    'Nghệ An',
    'Ninh Bình',
    'Ninh Thuận',
    'Phú Thọ',
    'Phú Yên',
    'Quảng Bình',
    'Quảng Nam',
    'Quảng Ngãi',
    'Quảng Ninh',
    'Quảng Trị',
    'Sóc Trăng',
    'Sơn La',
    'Tây Ninh',
    'Thái Bình',
    'Thái Nguyên',
    'Thanh Hóa',
    'Thanh Hoá',
    'Thừa Thiên Huế',
    'Thừa Thiên - Huế',
    'Huế',
    'Tiền Giang',
    'Trà Vinh',
    'Tuyên Quang',
    'Vĩnh Long',
    'Vĩnh Phúc',
    'Yên Bái',
  ].map((p) => p.toUpperCase()),
);

/** Number of words at the end of `words` that name a province (`… ĐÀO TẠO KON TUM` → 2), or 0. */
function provinceTail(words: readonly string[]): number {
  // names are 1–5 words (`BÀ RỊA - VŨNG TÀU`); the longest match wins
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    if (
      PROVINCES.has(
        words
          .slice(words.length - n)
          .join(' ')
          .toUpperCase(),
      )
    )
      return n;
  }
  return 0;
}

/** `THÔNG TIN VÀ TRUYỀN THÔNG` → `Thông tin và Truyền thông` (each component starts with a capital). */
function componentCase(words: readonly string[], nameStart: boolean): string {
  const out: string[] = [];
  let startOfComponent = true;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (lower === 'và' || lower === '-' || lower === '–' || lower === '&') {
      out.push(lower === '&' ? '&' : lower);
      startOfComponent = true;
      continue;
    }
    if (lower === 'các' && !(nameStart && out.length === 0)) {
      out.push(lower); // a quantifier, never a name's capital: `Đảng ủy Khối các cơ quan tỉnh`
      startOfComponent = false;
      continue;
    }
    if (isAbbreviation(w)) {
      out.push(w); // consonant-only abbreviation (`TT`, `VHTT`): keep
    } else {
      out.push(startOfComponent ? titleCaseName(w) : lower);
    }
    startOfComponent = w.endsWith(',');
  }
  return out.join(' ');
}

// header lines repeat from document to document: their casing is kept (a bounded cache)
const ORG_CASE = new Map<string, string>();

/** Normal capitalisation of an upper-case organisation name. */
export function orgCase(upper: string): string {
  let out = ORG_CASE.get(upper);
  if (out === undefined) {
    out = orgCaseOf(upper);
    if (ORG_CASE.size >= 512) ORG_CASE.clear();
    ORG_CASE.set(upper, out);
  }
  return out;
}

function orgCaseOf(upper: string): string {
  let s = upper.trim().replace(/\s+/g, ' ');
  for (const [re, replacement] of ABBREVIATION_RULES) s = s.replace(re, replacement);
  const words = s.split(' ');
  const upperWords = words.map((w) => w.toUpperCase());
  const out: string[] = [];
  let pending: string[] = [];
  let pendingIsName = false;
  let pendingIsSchool = false;
  const flush = (): void => {
    if (pending.length === 0) return;
    const school = pendingIsSchool ? schoolCase(pending) : null;
    if (school === null && !pendingIsName) {
      // a province named without `tỉnh` after the body's own words keeps its capitals
      const n = provinceTail(pending);
      if (n > 0) {
        if (n < pending.length) out.push(componentCase(pending.slice(0, -n), out.length === 0));
        out.push(titleCaseName(pending.slice(-n).join(' ')));
        pending = [];
        return;
      }
    }
    out.push(
      school ??
        (pendingIsName
          ? titleCaseName(pending.join(' '))
          : componentCase(pending, out.length === 0)),
    );
    pending = [];
  };
  let i = 0;
  while (i < words.length) {
    if (pendingIsSchool && pending.length === 0) {
      // the school's level written out, whole (`TRUNG HỌC CƠ SỞ` holds `SỞ`, not a department)
      const school = SCHOOL_LEVELS.find((l) => matchAt(upperWords, i, l.words));
      if (school) {
        pending.push(...words.slice(i, i + school.words.length));
        i += school.words.length;
        continue;
      }
    }
    // a one-word body (`Sở`, `Phòng`, `Trường`, `Bộ` …) after a body's ordinary words is part of
    // them: `MÔI TRƯỜNG`, `QUỐC PHÒNG`, `CƠ SỞ`
    const inWords = pending.length > 0 && !pendingIsName;
    const phrase = PHRASE_WORDS.find(
      (p) => !(inWords && p.words.length === 1) && matchAt(upperWords, i, p.words),
    );
    // a level noun followed by a name: `HUYỆN NGỌC HỒI`, but not `HUYỆN ỦY`
    const level = LEVEL_WORDS.find(
      (l) =>
        matchAt(upperWords, i, l.words) &&
        !/^(?:ỦY|UỶ)$/u.test((words[i + l.words.length] ?? '').toUpperCase()) &&
        // `XÃ HỘI` is a word (social), not a commune
        !(l.level === 'xã' && /^HỘI$/u.test((words[i + 1] ?? '').toUpperCase())),
    );
    if (level && (!phrase || level.words.length >= phrase.words.length)) {
      flush();
      out.push(level.level);
      pendingIsName = true;
      pendingIsSchool = false;
      i += level.words.length;
      continue;
    }
    if (phrase) {
      flush();
      out.push(phrase.phrase);
      // after a Party committee or the Youth Union of a place comes its place name
      pendingIsName = /ủy$|uỷ$|^(?:Huyện|Tỉnh|Thành) đoàn$/u.test(phrase.phrase);
      // after `Trường`, level abbreviations and the school's proper name (`Trường THPT Ngô Mây`)
      pendingIsSchool = phrase.phrase === 'Trường';
      i += phrase.words.length;
      continue;
    }
    pending.push(words[i] ?? '');
    i++;
  }
  flush();
  return out.join(' ');
}
