import { foldWords } from './base-letters.ts';
import { latin1FirstClasses, loopedGroups } from './unit-classes.ts';
import { localityMentionsOf, NAME, NAME2, placeKey } from './localities.ts';
import { entityTextOf, type TextFacts } from './text-facts.ts';

/**
 * Organisational units named in a text (vn-docs-spec §8.3, gold README "Units"): Party bodies, State
 * bodies, mass organisations and media outlets, each once in its fullest written form, in order of
 * first appearance. Excluded: websites, the Party or State as a whole, generic plurals (`các sở, ban,
 * ngành`), positions (`Phó Bí thư Thường trực Huyện ủy`) and abbreviation-only recipient lines
 * (`TT Huyện ủy`).
 */

const LEVEL = String.raw`(?:tỉnh|huyện|xã(?! hội)|thị trấn|thành phố|thị xã|quận|phường)`;
const END = String.raw`(?![\p{L}\d])`;
// ` huyện`, ` tỉnh Kon Tum`, ` các xã`, ` các xã, thị trấn`, ` các huyện, thành phố`
// (a collective lists up to four levels: `các huyện, thị xã, thành phố`, `các xã, phường và thị trấn`)
const LEVELS = String.raw`các[ ]${LEVEL}${END}(?:(?:,[ ]|[ ]và[ ])${LEVEL}${END}){0,3}`;
const LEVEL_PART = String.raw`(?:[ ](?:${LEVELS}|${LEVEL}${END}(?:[ ]${NAME})?))`;

// words that end a specialisation phrase (`Sở Thông tin và Truyền thông về việc …`)
const STOP = String.raw`(?:về|của|các|và|theo|để|trong|tại|trên|đã|đang|sẽ|những|có|là|với|được|cho|đến|từ|khi|này|đó|năm|ngày|tháng|số|huyện|tỉnh|xã(?! hội)|thị|thành|quận|phường|nhằm|thực|triển|tổ|báo|giải|kịp|đảm|tham|phối|hướng|chỉ|cùng|bằng|qua|vào|ra|sau|trước|đối|gồm|như|thì|mà|nên|hoặc|hay|lần|khóa|nhiệm|tiếp|xây|kiểm|đôn|theo|giao|phát|tuyên|cấp|thuộc|nhân|ban|ngành|đoàn|chủ|giám|rà|nắm|đề|làm|nghiên|cung|chịu|căn|hỗ|tạo lập|lập|quy định|quyết định|yêu cầu|phê duyệt|thông báo|kính|xác|ký|tập|duy|trình|đăng|thẩm|tổng|gửi|phục|quản|đẩy|tăng|huy|vận|tích|khẩn|sớm|hoàn|bảo đảm|cử|mời|đón|chấp|biên|in|tiến|đánh|lồng|ghi|nhận|đưa|dành)${END}`;
// a specialisation component never starts with a unit noun (that starts the next unit of a list)
const NOT_UNIT = String.raw`(?!(?:Trung tâm|Phòng|Sở|Ban|Ủy ban|Uỷ ban|UBND|HĐND|Huyện|Tỉnh|Thường|Công an|Đài|Báo|Hội|Chi hội|Văn phòng|Mặt trận|Bộ|Đảng|Chủ tịch|Các|Trang|Cổng|Ủy|Trường|Cục|Chi cục)${END})`;
const COMP = String.raw`(?:Phát triển(?: nông thôn)?${END}|${NOT_UNIT}\p{Lu}\p{Ll}{0,10}(?:[ ](?!${STOP})\p{Ll}{1,10}){0,3}${END})`;
// a regional office names the places it serves: `Chi cục Thống kê khu vực Sa Thầy - Ia H'Drai`
const REGION = String.raw`(?<=[ ]khu vực)[ ]${NAME}(?:[ ]?[-–,][ ]?${NAME}){0,4}`;
const JOIN = String.raw`(?:[ ]?[-–][ ]?|[ ]và[ ])`;
const COMPS = String.raw`(?:${COMP}(?:,[ ]${COMP}){1,5}[ ]và[ ]${COMP}|${COMP}(?:${JOIN}${COMP}){0,5})`;

// (`Huyện ủy viên` is a member of the committee, a position)
const COMMITTEE = String.raw`(?:Tỉnh|Huyện|Thành|Thị|Quận|Đảng)[ ](?:ủy|uỷ)${END}(?![ ]viên${END})`;
const PARTY_PREFIX = String.raw`(?:Ban Thường vụ|Thường trực|Ban Chấp hành|Ban Tuyên giáo|Ban Tổ chức|Ban Dân vận|Ban Nội chính|Ủy ban Kiểm tra|Uỷ ban Kiểm tra|Văn phòng|Ban [Cc]hỉ đạo \d{1,3}|Trung tâm [Cc]hính trị)`;

/**
 * The unit families. Every match of a family starts with one of its first words, a space and a
 * character of the class `after[word]` gives (the content of a regex character class: literal
 * characters and `\p{Lu}`, `\p{Ll}`, `\d`), read off the alternatives of its pattern: the text is
 * scanned once for the first words, and each family's pattern is tried, anchored, only where one of
 * its own words starts and the next character fits (see `collectCandidates`). A pattern added here
 * must list its first words and what may follow them.
 */
interface FamilyDef {
  readonly after: Readonly<Record<string, string>>;
  readonly re: RegExp;
}

interface Family extends FamilyDef {
  readonly first: readonly string[];
  /** the pattern as written (`re` tests its property classes faster, see `latin1FirstClasses`) */
  readonly plain: RegExp;
}

const FAMILY_DEFS: readonly FamilyDef[] = [
  // Party committees and their organs: `Ban Thường vụ Huyện ủy Tam Đường`, `Huyện ủy\n\nNgọc Hồi`
  {
    // after `Ban`: Thường vụ, Tuyên giáo, Tổ chức, Chấp hành, Chỉ đạo, Dân vận, Nội chính, chỉ đạo
    after: {
      Ban: 'TCDNc',
      Thường: 't',
      Ủy: 'b',
      Uỷ: 'b',
      Văn: 'p',
      Trung: 't',
      Tỉnh: 'ủu',
      Huyện: 'ủu',
      Thành: 'ủu',
      Thị: 'ủu',
      Quận: 'ủu',
      Đảng: 'ủu',
    },
    re: new RegExp(
      String.raw`(?:${PARTY_PREFIX}[ ])?${COMMITTEE}(?:[ ]{1,2}${NAME}|\s{1,6}${NAME2}|[ ]${LEVELS})?`,
      'uy',
    ),
  },
  // bodies that need a level: `Ủy ban nhân dân tỉnh Kon Tum`, `UBND các xã, thị trấn`, `Công an huyện`
  {
    // `UBND`, `HĐND`, `BHXH`: the level part (`các`, `tỉnh`, `huyện`, `xã`, `thị …`, `thành phố`,
    // `quận`, `phường`); after `Ban`: Quản lý, Chỉ huy, Chấp hành, Thường vụ/trực, Pháp chế, Kinh tế,
    // Văn hóa, Dân tộc, Đô thị, [Cc]hỉ đạo
    after: {
      Văn: 'p',
      Đảng: 'ủub',
      Thường: 't',
      Ủy: 'b',
      Uỷ: 'b',
      UBND: 'cthxqp',
      Hội: 'đLNC',
      HĐND: 'cthxqp',
      Công: 'a',
      Tòa: 'á',
      Toà: 'á',
      Viện: 'Kk',
      BHXH: 'cthxqp',
      Bảo: 'h',
      Liên: 'mđ',
      Kho: 'b',
      Chi: 'c',
      Ban: 'QCTPKVDĐc',
      Bộ: 'C',
      Huyện: 'đ',
      Tỉnh: 'đ',
      Đoàn: 'T',
      Mặt: 't',
      Thanh: 't',
    },
    re: new RegExp(
      String.raw`(?:Văn phòng (?:HĐND|Hội đồng nhân dân)(?: và | - |&)(?:UBND|Ủy ban nhân dân)|Văn phòng (?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân)|Đảng ủy Quân sự|Đảng uỷ Quân sự|Đảng ủy|Đảng uỷ|Thường trực (?:Hội đồng nhân dân|HĐND)|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Công an|Tòa án nhân dân|Toà án nhân dân|Viện [Kk]iểm sát nhân dân|BHXH|Bảo hiểm xã hội|Liên minh HTX|Liên minh [Hh]ợp tác xã|Kho bạc Nhà nước|Chi cục Thuế|Ban Quản lý dự án đầu tư xây dựng|Ban Chỉ huy Quân sự|Bộ Chỉ huy Quân sự|Ban Chấp hành Đảng bộ|Đảng bộ|Huyện đoàn|Tỉnh đoàn|Liên đoàn Lao động|(?:Ban Thường vụ|Ban Chấp hành|Thường trực) (?:Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội Cựu chiến binh|Hội Chữ thập đỏ|Liên đoàn Lao động|Đoàn Thanh niên)|Hội Liên hiệp Phụ nữ|Hội Liên hiệp Thanh niên Việt Nam|Hội Liên hiệp Thanh niên|Hội Nông dân|Hội Cựu chiến binh|Hội Chữ thập đỏ|Đoàn Thanh niên|Ủy ban Mặt trận Tổ quốc Việt Nam|Ủy ban Mặt trận Tổ quốc|Ủy ban MTTQ Việt Nam|Ban Thường trực Ủy ban (?:Mặt trận Tổ quốc|MTTQ) Việt Nam|Mặt trận Tổ quốc Việt Nam|Mặt trận Tổ quốc|Ban (?:Pháp chế|Kinh tế - Ngân sách|Kinh tế - Xã hội|Văn hóa - Xã hội|Dân tộc|Đô thị) (?:HĐND|Hội đồng nhân dân)|Thanh tra|Ban Chỉ đạo \d{1,3}|Ban chỉ đạo \d{1,3})${LEVEL_PART}`,
      'uy',
    ),
  },
  // central bodies and fixed names
  {
    // after `Ban`: Bí thư, Chấp hành, Tuyên giáo, Tổ chức, Thường trực, Dân vận, [Cc]hỉ đạo
    after: {
      Bộ: 'C',
      Ban: 'BCTDc',
      Văn: 'p',
      Ủy: 'b',
      Chính: 'p',
      Quốc: 'h',
      Huyện: 'đ',
      Tỉnh: 'đ',
      Thành: 'đ',
      Đoàn: 'CT',
      Mặt: 't',
      Kho: 'b',
      Đài: 'P',
    },
    re: new RegExp(
      String.raw`(?:Bộ Chính trị|Ban Bí thư(?: Trung ương(?: Đảng| Đoàn)?| Đảng)?|Ban Chấp hành Trung ương(?: Đảng| Hội Nông dân Việt Nam| Hội Liên hiệp Phụ nữ Việt Nam| Hội Cựu chiến binh Việt Nam| Đoàn Thanh niên Cộng sản Hồ Chí Minh| Đoàn)?|Đài Phát thanh(?: và | - | – |-)Truyền hình[ ]${NAME}|Ban Tuyên giáo Trung ương|Ban Tổ chức Trung ương|Ban Dân vận Trung ương|Văn phòng Trung ương(?: Đảng)?|Văn phòng Chính phủ|Văn phòng Quốc hội|Ủy ban Thường vụ Quốc hội|(?:Ban Thường trực |Đoàn Chủ tịch )?Ủy ban Trung ương (?:Mặt trận Tổ quốc|MTTQ) Việt Nam|Chính phủ|Quốc hội|Huyện đoàn|Tỉnh đoàn|Thành đoàn|Đoàn Thanh niên Cộng sản Hồ Chí Minh|Ủy ban Mặt trận Tổ quốc Việt Nam|Mặt trận Tổ quốc(?: Việt Nam)?|Ban [Cc]hỉ đạo \d{1,3}|Kho bạc Nhà nước(?:[ ]${NAME})?)${END}`,
      'uy',
    ),
  },
  // unit noun + specialisation (+ level, place): `Sở Thông tin và Truyền thông`,
  // `Trung tâm Văn hóa - Thể thao - Du lịch và Truyền thông huyện`, `Đài Phát thanh - Truyền hình tỉnh Kon Tum`
  {
    // a specialisation starts with a capital (`Phát triển` too); two-word unit nouns go on in lower case
    after: {
      Sở: String.raw`\p{Lu}`,
      Phòng: String.raw`\p{Lu}`,
      Trung: 't',
      Đài: String.raw`\p{Lu}`,
      Chi: 'hc',
      Hội: String.raw`đ\p{Lu}`,
      Cục: String.raw`\p{Lu}`,
      Tổng: 'c',
      Ban: String.raw`\p{Lu}`,
      Bệnh: 'v',
      Ngân: 'h',
      Hạt: String.raw`\p{Lu}`,
      Trạm: String.raw`\p{Lu}`,
      Điện: 'l',
      Bưu: 'đ',
      Bộ: String.raw`\p{Lu}`,
      Trường: String.raw`\p{Lu}`,
      Viện: String.raw`\p{Lu}`,
      Học: 'v',
      Quỹ: String.raw`\p{Lu}`,
    },
    re: new RegExp(
      String.raw`(?:Sở|Phòng|Trung tâm|Đài|Chi hội|Hội đồng|Hội|Quỹ|Chi cục|Cục|Tổng cục|Ban Quản lý|Bệnh viện|Ngân hàng|Hạt|Trạm|Điện lực|Bưu điện|Bộ(?! Chính trị| Chỉ huy)|Trường|Viện|Học viện|Ban(?! Bí thư| Chấp hành| Thường vụ| [Cc]hỉ đạo| Chỉ huy))[ ]${COMPS}(?:${REGION}|${LEVEL_PART})?`,
      'uy',
    ),
  },
  // schools by their kind and name or level: `Trường Trung học cơ sở Nguyễn Huệ`, `Trường THPT chuyên
  // Nguyễn Tất Thành`, `Trường Phổ thông Dân tộc nội trú tỉnh`
  {
    after: { Trường: 'MTP' },
    re: new RegExp(
      String.raw`Trường[ ](?:Mầm non|Mẫu giáo|Tiểu học|Trung học cơ sở|Trung học phổ thông|Tiểu học và Trung học cơ sở|Phổ thông [Dd]ân tộc (?:nội trú|bán trú)(?:[ ](?:Trung học cơ sở|THCS|Tiểu học))?|THCS|THPT|TH|MN|PTDTBT(?:[ ]THCS)?|PTDTNT(?:[ ]THCS)?)(?:[ ]chuyên)?(?:[ ]${NAME}|${LEVEL_PART})`,
      'uy',
    ),
  },
  // the Youth Union of a place and its organs: `Ban Thường vụ Huyện đoàn Chư Sê`, `Tỉnh đoàn Gia Lai`
  {
    after: { Ban: 'TC', Thường: 't', Tỉnh: 'đ', Huyện: 'đ', Thành: 'đ' },
    re: new RegExp(
      String.raw`(?:(?:Ban Thường vụ|Ban Chấp hành|Thường trực)[ ])?(?:Tỉnh|Huyện|Thành)[ ]đoàn${END}(?:[ ]${NAME})?`,
      'uy',
    ),
  },
  // lower-case specialisation closed by a level: `Trung tâm chính trị huyện`, `Đài phát thanh truyền hình huyện`,
  // `Ban chỉ đạo phòng chống tham nhũng, tiêu cực tỉnh`
  {
    after: { Đài: String.raw`\p{Ll}`, Trung: 't', Ban: 'Cc' },
    re: new RegExp(
      String.raw`(?:Đài|Trung tâm|Ban [Cc]hỉ đạo)(?:[ ](?!(?:các|của|về|trên|tại|thuộc|trong|cấp|và|đã|được|có|là|này)${END})\p{Ll}{1,10},?){1,7}[ ](?:huyện|tỉnh)${END}`,
      'uy',
    ),
  },
  // a branch of the land registration office: `Chi nhánh Văn phòng Đăng ký đất đai huyện` (`ký`
  // ends a specialisation elsewhere: `… ký kết`)
  {
    after: { Chi: 'n' },
    re: new RegExp(
      String.raw`Chi nhánh[ ]Văn phòng[ ][Đđ]ăng ký đất đai${END}${LEVEL_PART}?`,
      'uy',
    ),
  },
  // newspapers: `Báo Kon Tum`
  {
    after: { Báo: String.raw`\p{Lu}\d` },
    re: new RegExp(String.raw`Báo[ ]${NAME}`, 'uy'),
  },
];

export const UNIT_FAMILIES: readonly Family[] = FAMILY_DEFS.map((def) => ({
  ...def,
  first: Object.keys(def.after),
  plain: def.re,
  re: new RegExp(loopedGroups(latin1FirstClasses(def.re.source)), def.re.flags),
}));

/** The two code units before `end`, as one number. */
function lastTwo(s: string, end: number): number {
  return (s.charCodeAt(end - 2) << 16) | s.charCodeAt(end - 1);
}

// a match preceded by an abbreviation, a website word or a title whose words run on into the body
// (`Phó Bí thư Thường trực Huyện ủy`, `Thủ tướng Chính phủ`) or the name of a law (`Luật Tổ chức
// Chính phủ`) is not a unit mention. The head of a
// body named in full is (`Trưởng Công an huyện`, `Chánh Văn phòng HĐND và UBND huyện`, `Giám đốc
// Sở Tài chính`, `Chủ tịch UBND huyện`): the position is left out, the body it heads is a unit.
// (tested where the match starts: at most 12 characters back, the 20 the test once read)
const TITLES = [
  'Bí thư',
  'PCT',
  'CT',
  'TT',
  'BTT',
  'Phó',
  'Thủ tướng',
  'Luật Tổ chức',
  'Lãnh đạo',
  'lãnh đạo',
  'Trang',
  'Cổng',
  'UV',
  'Ủy viên',
  'ủy viên',
];
const BAD_BEFORE = new RegExp(String.raw`(?<=(?:${TITLES.join('|')})[ ,]{1,3})`, 'uy');
// the last two code units of the titles: BAD_BEFORE can only hold where one of them is followed
// by one to three spaces or commas
const TITLE_ENDS = new Set(TITLES.map((t) => lastTwo(t, t.length)));

/** BAD_BEFORE at `start`, its pattern tried only where a title's end may be right before. */
function badBefore(text: string, start: number): boolean {
  for (let k = 1; k <= 3; k++) {
    const c = text.charCodeAt(start - k);
    if (c !== 0x20 && c !== 0x2c) return false;
    if (TITLE_ENDS.has(lastTwo(text, start - k))) {
      BAD_BEFORE.lastIndex = start;
      return BAD_BEFORE.test(text);
    }
  }
  return false;
}
// A later item of a list headed by such an abbreviation shares it (`TT Đảng ủy, HĐND xã`: the
// standing bodies of both, an abbreviation-only recipient line, gold README "Units"); tested only
// after `, `
const ABBREVIATED_LIST_BEFORE = new RegExp(
  latin1FirstClasses(String.raw`(?<=(?<![\p{L}])(?:TT|BTT)[ ](?:[\p{L}]+[ ]){0,3}[\p{L}]+,[ ])`),
  'uy',
);

// a name whose specialisation runs on in an abbreviation (`Cục Kiểm tra VBQPPL`, like `Trung tâm
// VHTTDL&TT`) is written in abbreviated form only (gold README "Units"): its start is no unit
const ABBREVIATED_REST = new RegExp(
  latin1FirstClasses(
    String.raw`(?<=\p{Ll})[ ](?!(?:UBND|HĐND|MTTQ|BHXH|HTX|TW)(?![\p{L}]))\p{Lu}{3,}(?:&\p{Lu}+)?(?![\p{L}\d])`,
  ),
  'uy',
);

const UPPER = /\p{Lu}/u;
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER.test(text.charAt(i));
}

const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bUBND\b/gu, 'Ủy ban nhân dân'],
  [/HĐND/gu, 'Hội đồng nhân dân'],
  [/\bBHXH\b/gu, 'Bảo hiểm xã hội'],
  [/\bHTX\b/gu, 'Hợp tác xã'],
  [/\bMTTQ\b/gu, 'Mặt trận Tổ quốc'],
];

interface Candidate {
  start: number;
  end: number;
  surface: string;
}

/** The grouping key of a spelling: its base letters without `và`, see `foldWords`. */
const fold = foldWords;

// the place name after the last level or committee word: capitalised words up to the end
const TRAILING_NAME = new RegExp(
  latin1FirstClasses(
    String.raw`^(.*(?:tỉnh|huyện|xã|thị trấn|thành phố|thị xã|quận|phường|ủy|uỷ|đoàn))[ ]((?:\p{Lu}|\d)\S*(?: (?:\p{Lu}|\d)\S*)*)$`,
  ),
  'u',
);

// TRAILING_NAME's name is words that start with a capital or a digit and end the string, after a
// space: its last word (after the last space) starts so, else the pattern cannot match
const NAMED_START = /^[\p{Lu}\d]/u;
function lastWordNamed(s: string): boolean {
  const space = s.lastIndexOf(' ');
  if (space === -1) return false;
  const c = s.charCodeAt(space + 1);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return NAMED_START.test(s.slice(space + 1, space + 3));
}

// a string with none of these is its own expansion
const EXPANDABLE = /UBND|HĐND|BHXH|HTX|MTTQ|[Uu]ỷ|Toà/u;

function expand(s: string): string {
  if (!EXPANDABLE.test(s)) return s;
  let out = s;
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out.replace(/Uỷ/gu, 'Ủy').replace(/uỷ/gu, 'ủy').replace(/Toà/gu, 'Tòa');
}

// What may follow a first word and its space, per word: the families (a bit each) that may start
// there, by the class of the next code unit. `\p{Lu}`, `\p{Ll}` and `\d` of a code unit below U+1F00
// (Latin and Vietnamese letters) are read once and kept in a table; any other code unit, a surrogate
// of an astral letter among them, counts as all three (the pattern is tried).
const TABLE_END = 0x1f00;
const UPPER_CLASS = 1;
const LOWER_CLASS = 2;
const DIGIT_CLASS = 4;
const KNOWN_CLASS = 8;
const CLASS_OF = new Uint8Array(TABLE_END); // 0: not read yet
const [UPPER_CHAR, LOWER_CHAR, DIGIT_CHAR] = [/^\p{Lu}$/u, /^\p{Ll}$/u, /^\d$/u];

/** The classes of the code unit `c` (UPPER_CLASS | LOWER_CLASS | DIGIT_CLASS). */
function classOf(c: number): number {
  if (!(c < TABLE_END)) return UPPER_CLASS | LOWER_CLASS | DIGIT_CLASS;
  let cls = CLASS_OF[c] ?? 0;
  if (cls === 0) {
    const ch = String.fromCharCode(c);
    cls =
      KNOWN_CLASS |
      (UPPER_CHAR.test(ch) ? UPPER_CLASS : 0) |
      (LOWER_CHAR.test(ch) ? LOWER_CLASS : 0) |
      (DIGIT_CHAR.test(ch) ? DIGIT_CLASS : 0);
    CLASS_OF[c] = cls;
  }
  return cls;
}

interface FirstWord {
  readonly text: string;
  /** families by the literal next code unit */
  readonly byChar: Map<number, number>;
  /** families whose class of the next code unit has `\p{Lu}`, `\p{Ll}`, `\d` */
  readonly byClass: [number, number, number];
}

const FIRST_WORDS = new Map<string, FirstWord>();
UNIT_FAMILIES.forEach(({ after }, f) => {
  for (const [text, cls] of Object.entries(after)) {
    const word = FIRST_WORDS.get(text) ?? { text, byChar: new Map(), byClass: [0, 0, 0] };
    let rest = cls;
    ['\\p{Lu}', '\\p{Ll}', '\\d'].forEach((escape, k) => {
      if (!rest.includes(escape)) return;
      word.byClass[k] = (word.byClass[k] ?? 0) | (1 << f);
      rest = rest.replace(escape, '');
    });
    for (let i = 0; i < rest.length; i++) {
      const c = rest.charCodeAt(i);
      word.byChar.set(c, (word.byChar.get(c) ?? 0) | (1 << f));
    }
    FIRST_WORDS.set(text, word);
  }
});
const FIRST_WORD = new RegExp(`(?:${[...FIRST_WORDS.keys()].join('|')})[ ]`, 'g');

// The first words by their last two code units (a match of FIRST_WORD ends in one of them and a
// space). No first word ends with another: the word of a match is the one of these that ends there,
// and two matches never overlap (a word has no space, so a match starting inside another would end
// at the same space).
const BY_ENDING = new Map<number, FirstWord[]>();
for (const word of FIRST_WORDS.values()) {
  for (const other of FIRST_WORDS.keys()) {
    if (other !== word.text && other.endsWith(word.text)) {
      throw new Error(`the first word ${other} ends with ${word.text}`);
    }
  }
  const key = lastTwo(word.text, word.text.length);
  BY_ENDING.set(key, [...(BY_ENDING.get(key) ?? []), word]);
}

/** The first word that ends at `end` (a FIRST_WORD match ends there, before its space). */
function wordEndingAt(text: string, end: number): FirstWord | undefined {
  const words = BY_ENDING.get(lastTwo(text, end));
  if (words === undefined) return undefined;
  for (const word of words) if (text.startsWith(word.text, end - word.text.length)) return word;
  return undefined;
}

/** The families that may match at `at`, where `word` and a space start. */
function familiesAt(text: string, at: number, word: FirstWord): number {
  const c = text.charCodeAt(at + word.text.length + 1);
  let families = word.byChar.get(c) ?? 0;
  const cls = classOf(c);
  if ((cls & UPPER_CLASS) !== 0) families |= word.byClass[0];
  if ((cls & LOWER_CLASS) !== 0) families |= word.byClass[1];
  if ((cls & DIGIT_CLASS) !== 0) families |= word.byClass[2];
  return families;
}

/**
 * Every family's matches, as a global scan of its pattern would find them (leftmost first, each next
 * one from the end of the previous), then the longest of overlapping ones. A global scan's next match
 * is the first position from its end where the pattern matches; a family can only match where one of
 * its first words and a character it allows after the space start, so trying it there, in text
 * order, finds the same matches.
 */
export function collectCandidates(text: string): Candidate[] {
  const chosen: Candidate[] = [];
  let reach = 0; // end of the last chosen candidate
  const familyReach = new Array<number>(UNIT_FAMILIES.length).fill(0);
  FIRST_WORD.lastIndex = 0;
  while (FIRST_WORD.test(text)) {
    const space = FIRST_WORD.lastIndex - 1;
    const word = wordEndingAt(text, space);
    if (word === undefined) continue;
    const at = space - word.text.length;
    // the longest match starting here (candidates come in text order: of those starting at one
    // place the longest is taken, and only when it starts after the last one taken)
    let end = -1;
    for (let families = familiesAt(text, at, word), f = 0; families !== 0; f++, families >>= 1) {
      if ((families & 1) === 0 || at < (familyReach[f] ?? 0)) continue;
      const re = (UNIT_FAMILIES[f] as Family).re;
      re.lastIndex = at;
      if (!re.test(text)) continue;
      familyReach[f] = re.lastIndex;
      end = Math.max(end, re.lastIndex);
    }
    if (end > at && at >= reach) {
      chosen.push({ start: at, end, surface: text.slice(at, end) });
      reach = end;
    }
  }
  return chosen;
}

/** Place names the text knows, without names cut short by a line break (`Tam` of `Tam Đường`). */
function knownPlaces(text: string, facts?: TextFacts): Set<string> {
  const names = new Set(localityMentionsOf(text, facts).map((m) => placeKey(m.name)));
  const out = new Set<string>();
  for (const n of names) {
    let truncated = false;
    for (const other of names) {
      // other starts with `${n} `
      if (other.length > n.length && other.charCodeAt(n.length) === 32 && other.startsWith(n)) {
        truncated = true;
      }
    }
    if (!truncated) out.add(n);
  }
  return out;
}

interface Group {
  key: string;
  first: number;
  best: string;
  score: number;
}

function score(surface: string, expanded: string, hasName: boolean): number {
  return (hasName ? 10_000 : 0) + expanded.length * 2 + (expanded === surface ? 1 : 0);
}

interface Reading {
  key: string;
  surface: string;
  score: number;
}

/** `name` when it is a known place, else its longest start of whole words that is one, else null. */
function knownStart(name: string, places: ReadonlySet<string>): string | null {
  for (let end = name.length; end > 0; end = name.lastIndexOf(' ', end - 1)) {
    const start = name.slice(0, end);
    if (places.has(placeKey(start))) return start;
  }
  return null;
}

/**
 * A candidate's grouping key, display spelling and score, or null when it names nothing. `raw` is a
 * slice of the entity text, whose whitespace runs are single spaces already.
 */
function readCandidate(raw: string, places: ReadonlySet<string>): Reading | null {
  let surface = raw.trim();
  let hasName = false;
  let base = surface;
  const named = lastWordNamed(surface) ? TRAILING_NAME.exec(surface) : null;
  if (named && !surface.startsWith('Báo ')) {
    const name = named[2] ?? '';
    // the longest start of the words that names a known place (`tỉnh Đắk Nông Khóa IV`)
    const known = knownStart(name, places);
    if (known !== null) {
      hasName = true;
      base = named[1] ?? surface;
      if (known !== name) surface = `${base} ${known}`;
    } else {
      // not a place the text knows (a sentence start, a truncated name): drop it
      surface = named[1] ?? surface;
      base = surface;
    }
  }
  const expanded = expand(surface);
  const key = fold(base === surface ? expanded : expand(base));
  if (key.length === 0) return null;
  // the place is part of the body (`UBND huyện Ngọc Hồi` is not `UBND huyện Ia H'Drai`); the key of
  // a named body extends the key without the name, so that `UBND huyện` joins it (see findUnits)
  const place = hasName ? fold(surface.slice(base.length + 1)) : '';
  return {
    key: place ? `${key} @${place}` : key,
    surface,
    score: score(surface, expanded, hasName),
  };
}

/** The longest key `k` extends to through `parent`. */
function rootOf(k: string, parent: ReadonlyMap<string, string>): string {
  let r = k;
  for (let guard = 0; parent.has(r) && guard < 50; guard++) r = parent.get(r) ?? r;
  return r;
}

/** `facts`: see `TextFacts`. */
export function findUnits(input: string, facts?: TextFacts): string[] {
  const raw = facts?.text === input ? input : input.normalize('NFC');
  // PDF text breaks lines inside names (`Ủy ban nhân\ndân huyện`): match on a whitespace-collapsed
  // copy; place names are validated against the places the raw text names
  const places = knownPlaces(raw, facts);
  const text = entityTextOf(raw, facts);
  const groups = new Map<string, Group>();
  // a body is named many times in one text: read each distinct spelling once
  const reading = new Map<string, Reading | null>();
  for (const c of collectCandidates(text)) {
    if (badBefore(text, c.start)) continue;
    if (
      text.charCodeAt(c.start - 2) === 44 /* , */ &&
      text.slice(Math.max(0, c.start - 48), c.start).includes('TT ')
    ) {
      ABBREVIATED_LIST_BEFORE.lastIndex = c.start;
      if (ABBREVIATED_LIST_BEFORE.test(text)) continue;
    }
    if (text.charCodeAt(c.end) === 32 && isUpperAt(text, c.end + 1)) {
      ABBREVIATED_REST.lastIndex = c.end;
      if (ABBREVIATED_REST.test(text)) continue;
    }
    let r = reading.get(c.surface);
    if (r === undefined) {
      r = readCandidate(c.surface, places);
      reading.set(c.surface, r);
    }
    if (r === null) continue;
    const { key, surface, score: s } = r;
    const g = groups.get(key);
    if (!g) groups.set(key, { key, first: c.start, best: surface, score: s });
    else if (s > g.score) {
      g.best = surface;
      g.score = s;
    }
  }
  // a shorter spelling whose key is the start of a longer one is the same body
  // (`Ban Bí thư` → `Ban Bí thư Trung ương Đảng`); sorted keys put extensions right after
  const keys = [...groups.keys()].sort();
  const parent = new Map<string, string>();
  for (let i = 0; i + 1 < keys.length; i++) {
    const a = keys[i] ?? '';
    const b = keys[i + 1] ?? '';
    // b starts with `${a} `
    if (b.length > a.length && b.charCodeAt(a.length) === 32 && b.startsWith(a)) parent.set(a, b);
  }
  const merged = new Map<string, Group>();
  for (const g of groups.values()) {
    const r = rootOf(g.key, parent);
    const m = merged.get(r);
    if (!m) merged.set(r, { key: r, first: g.first, best: g.best, score: g.score });
    else {
      m.first = Math.min(m.first, g.first);
      if (g.score > m.score) {
        m.best = g.best;
        m.score = g.score;
      }
    }
  }
  return [...merged.values()].sort((a, b) => a.first - b.first).map((g) => g.best);
}
