import {
  findLocalityMentions,
  type LocalityLevel,
  type LocalityMention,
} from '../entities/localities.ts';
import { orgCase } from './casing.ts';
import type { HeaderInfo } from './header.ts';
import type { Lines } from './lines.ts';
import type { SignatureBlock } from './signature.ts';
import { asciiApostrophe, collapseWs, countWord } from './text-utils.ts';

/**
 * The issuing body and the document's locality, from the header issuer stack when present, else
 * from the signature block plus the places the text names (gold README `issuer`, `locality`).
 */

export interface Place {
  level: LocalityLevel;
  name: string;
}

export interface DocPlaces {
  commune: Place | null;
  district: Place | null;
  province: Place | null;
}

const DISTRICT_LEVELS: ReadonlySet<LocalityLevel> = new Set([
  'huyện',
  'quận',
  'thị xã',
  'thành phố',
]);
const COMMUNE_LEVELS: ReadonlySet<LocalityLevel> = new Set(['xã', 'phường', 'thị trấn']);
const PROVINCE_LEVELS: ReadonlySet<LocalityLevel> = new Set(['tỉnh']);

/** Most frequent name among mentions of the given levels (ties: first seen). */
function mostFrequent(
  mentions: readonly LocalityMention[],
  levels: ReadonlySet<LocalityLevel>,
): Place | null {
  const counts = new Map<string, { place: Place; n: number; first: number }>();
  for (const m of mentions) {
    const level = m.level ?? m.impliedLevel;
    if (!level || !levels.has(level)) continue;
    const name = asciiApostrophe(m.name);
    const key = name.toLowerCase();
    const entry = counts.get(key);
    if (entry) {
      entry.n++;
      if (m.level && entry.place.level !== m.level && !m.level.startsWith('thành')) {
        entry.place = { level: m.level, name: entry.place.name };
      }
    } else counts.set(key, { place: { level, name }, n: 1, first: m.index });
  }
  let best: { place: Place; n: number; first: number } | null = null;
  for (const e of counts.values()) {
    if (!best || e.n > best.n || (e.n === best.n && e.first < best.first)) best = e;
  }
  return best?.place ?? null;
}

// issuer names repeat from document to document: their places are kept (a bounded cache)
const PLACES_IN = new Map<string, Readonly<DocPlaces>>();

/** `placesOf(s)`, remembered for the names seen last. */
function placesIn(s: string): Readonly<DocPlaces> {
  let p = PLACES_IN.get(s);
  if (!p) {
    p = placesOf(s);
    if (PLACES_IN.size >= 512) PLACES_IN.clear();
    PLACES_IN.set(s, p);
  }
  return p;
}

// the Youth Union of a place names it without a level word: `Ban Chấp hành Huyện đoàn Chư Sê`
const YOUTH_UNION_PLACE =
  /(?:^|\s)(Huyện|Tỉnh|Thành) đoàn ((?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*){0,3})$/u;
const YOUTH_UNION_LEVEL: Record<string, LocalityLevel> = {
  Huyện: 'huyện',
  Tỉnh: 'tỉnh',
  Thành: 'thành phố',
};

/** Places in an issuer name (`Ủy ban nhân dân huyện Ngọc Hồi`, `Đảng bộ tỉnh Kon Tum`). */
function placesOf(s: string): DocPlaces {
  const out: DocPlaces = { commune: null, district: null, province: null };
  const youth = YOUTH_UNION_PLACE.exec(s);
  const youthLevel = youth ? YOUTH_UNION_LEVEL[youth[1] ?? ''] : undefined;
  if (youth && youthLevel) {
    const place = { level: youthLevel, name: asciiApostrophe(youth[2] ?? '') };
    if (youthLevel === 'tỉnh') out.province = place;
    else out.district = place;
  }
  for (const m of findLocalityMentions(s)) {
    const level = m.level ?? m.impliedLevel;
    if (!level) continue;
    const place = { level, name: asciiApostrophe(m.name) };
    if (level === 'tỉnh') out.province ??= place;
    else if (DISTRICT_LEVELS.has(level)) out.district ??= place;
    else if (COMMUNE_LEVELS.has(level)) out.commune ??= place;
  }
  return out;
}

/**
 * The document's places: from its issuer names first, then the most frequent places in the text
 * (`mentionsOf()` gives `findLocalityMentions(text)`; it is called only when needed).
 */
export function documentPlaces(
  text: string,
  mentionsOf: () => readonly LocalityMention[],
  issuerNames: readonly string[],
): DocPlaces {
  const places: DocPlaces = { commune: null, district: null, province: null };
  for (const name of issuerNames) {
    const p = placesIn(name);
    places.commune ??= p.commune;
    places.district ??= p.district;
    places.province ??= p.province;
  }
  const fromIssuer =
    places.commune !== null || places.district !== null || places.province !== null;
  places.province ??= mostFrequent(mentionsOf(), PROVINCE_LEVELS);
  // a commune's district comes from the text when the header names only the commune
  if (places.commune && !places.district)
    places.district = mostFrequent(mentionsOf(), DISTRICT_LEVELS);
  if (!fromIssuer) {
    // no header: the document is district-level when it speaks of `huyện` at least as often as of `tỉnh`
    if (countWord(text, 'huyện', 2) >= countWord(text, 'tỉnh', 1))
      places.district = mostFrequent(mentionsOf(), DISTRICT_LEVELS);
  }
  return places;
}

export function localityString(p: DocPlaces): string | null {
  const parts = [p.commune, p.district, p.province]
    .filter((x): x is Place => x !== null)
    .map((x) => `${x.level} ${x.name}`);
  return parts.length > 0 ? parts.join(', ') : null;
}

const LOCALITY_LINE =
  /^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|TP\.)\s+(?!ỦY|UỶ)\S/u;
const PARTY_COMMITTEE = /(?:Tỉnh|Huyện|Thành|Thị|Quận|Đảng) (?:ủy|uỷ)(?: [\p{Lu}].*)?$/u;
const PARTY_SUB =
  /^(?:Ban|Văn phòng|Ủy ban Kiểm tra|Uỷ ban Kiểm tra|Trung tâm|Đảng ủy|Đảng uỷ)(?=\s|$)/u;
// the Fatherland Front and the mass organisations (spec §8.3) and the organs under them
const FRONT_OR_MASS_ORG =
  /^(?:Ủy ban Mặt trận|Uỷ ban Mặt trận|Ủy ban MTTQ|Uỷ ban MTTQ|Mặt trận Tổ quốc|Hội |Liên đoàn Lao động|Đoàn Thanh niên|Huyện đoàn|Tỉnh đoàn|Thành đoàn)/u;
const FRONT_SUB = /^(?:Ban Thường trực|Ban Thường vụ|Ban Chấp hành|Thường trực|Văn phòng)(?=\s|$)/u;
const STATE_SUB = /^(?:Sở|Phòng|Chi cục|Văn phòng|Thanh tra|Ban|Trung tâm|Công an|Đài)(?=\s|$)/u;

/** The spelling the running text uses for a name (`bodySpelling` of the text), or null. */
export type Speller = (candidate: string) => string | null;

function polish(spell: Speller, name: string): string {
  const spelled = spell(name);
  return asciiApostrophe(collapseWs(spelled ?? name));
}

// where a second body starts inside one extracted line (a DOCX header cell read as one paragraph:
// `ĐẢNG BỘ TỈNH KON TUM HUYỆN ỦY TAM ĐƯỜNG`, `UBND TỈNH KON TUM SỞ NỘI VỤ`)
const BODY_START =
  / (?=(?:HUYỆN ỦY|TỈNH ỦY|THÀNH ỦY|THỊ ỦY|QUẬN ỦY|ĐẢNG ỦY|HUYỆN UỶ|TỈNH UỶ|THÀNH UỶ|ĐẢNG UỶ|BAN|SỞ|PHÒNG|VĂN PHÒNG|ỦY BAN KIỂM TRA|TRUNG TÂM|CHI BỘ|CÔNG AN|CHI CỤC|THANH TRA|ĐÀI|TRƯỜNG) )/u;
const HAS_PLACE =
  /(?:^| )(?:TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN|TỈNH ỦY|HUYỆN ỦY|THÀNH ỦY|THỊ ỦY|QUẬN ỦY|ĐẢNG ỦY) \S+/u;

/** One upper-case line → the bodies stacked in it; a split needs a place name before it. */
function splitStack(line: string): string[] {
  const parts = line.split(BODY_START);
  const out: string[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !HAS_PLACE.test(prev)) out[out.length - 1] = `${prev} ${part}`;
    else out.push(part);
  }
  return out;
}

/** Header issuer stack → issuing body in normal capitalisation. */
export function issuerFromHeader(
  spell: Speller,
  header: HeaderInfo,
): { issuer: string; names: string[] } | null {
  const bodies: string[] = [];
  for (const line of header.issuerLines.flatMap(splitStack)) {
    const prev = bodies[bodies.length - 1];
    if (
      prev !== undefined &&
      LOCALITY_LINE.test(line) &&
      !/\s(?:TỈNH|HUYỆN|XÃ|PHƯỜNG)\s/u.test(` ${prev} `)
    ) {
      bodies[bodies.length - 1] = `${prev} ${line}`;
    } else bodies.push(line);
  }
  if (bodies.length === 0) return null;
  const names = bodies.map((b) => orgCase(b));
  let issuer = names[names.length - 1] ?? '';
  const parent = names.length > 1 ? (names[names.length - 2] ?? null) : null;
  const own = placesIn(issuer);
  const hasPlace = own.commune !== null || own.district !== null || own.province !== null;
  if (parent && !hasPlace) {
    if (PARTY_COMMITTEE.test(parent) && PARTY_SUB.test(issuer)) {
      issuer = `${issuer} ${parent}`;
    } else if (FRONT_OR_MASS_ORG.test(parent) && FRONT_SUB.test(issuer)) {
      // `ỦY BAN MTTQ VIỆT NAM HUYỆN SA THẦY` / `BAN THƯỜNG TRỰC`: the standing board of that committee
      issuer = `${issuer} ${parent}`;
    } else if (STATE_SUB.test(issuer)) {
      const pp = placesIn(parent);
      const place = pp.commune ?? pp.district ?? pp.province;
      if (/^Văn phòng\b/u.test(issuer)) issuer = `${issuer} ${parent}`;
      else if (place) issuer = `${issuer} ${place.level} ${place.name}`;
    }
  }
  return { issuer: polish(spell, issuer), names: names.map((n) => asciiApostrophe(n)) };
}

/** The collective after `TM.`/`T/M` (`ỦY BAN NHÂN DÂN`, `BAN THƯỜNG VỤ`), or null. */
export function signatureCollective(sig: SignatureBlock | null): string | null {
  if (!sig) return null;
  for (const a of sig.authorities) {
    const m = /^(?:TM\.|T\.M\.|T\/M)\s*(.+)$/u.exec(a);
    if (m) return collapseWs(m[1] ?? '');
  }
  return null;
}

function committeeName(places: DocPlaces): string | null {
  if (places.district?.level === 'huyện') return `Huyện ủy ${places.district.name}`;
  if (places.district?.level === 'thành phố') return `Thành ủy ${places.district.name}`;
  if (places.district?.level === 'thị xã') return `Thị ủy ${places.district.name}`;
  if (places.district?.level === 'quận') return `Quận ủy ${places.district.name}`;
  if (places.province) return `Tỉnh ủy ${places.province.name}`;
  return null;
}

function lowestPlace(places: DocPlaces): string | null {
  const p = places.commune ?? places.district ?? places.province;
  return p ? `${p.level} ${p.name}` : null;
}

// a standing or executive board signing for its body (`TM. BAN THƯỜNG VỤ`, `TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN`)
const BOARD = /^(BAN THƯỜNG VỤ|BAN THƯỜNG TRỰC|THƯỜNG TRỰC|BAN CHẤP HÀNH)(?: (.+))?$/u;
// the Fatherland Front and the mass organisations as the text names them after a board (§8.3):
// body, then an optional level word and place name on the same line
const MASS_ORG_AFTER_BOARD =
  /^(?:(?:Ủy|Uỷ) ban (?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?|Mặt trận Tổ quốc(?: Việt Nam)?|Huyện đoàn|Tỉnh đoàn|Thành đoàn|Thị đoàn|Quận đoàn|Đoàn (?:xã|phường|thị trấn)|Hội (?:Nông dân|Cựu chiến binh|Liên hiệp Phụ nữ|LHPN|Phụ nữ|Chữ thập đỏ|Người cao tuổi|Khuyến học|Cựu Thanh niên xung phong|Cựu thanh niên xung phong)(?: Việt Nam)?|Hội \p{Lu}\p{L}*(?: (?!(?:huyện|tỉnh|xã|phường|thị|thành|quận|của|và|về|đã|tại|trên|với|được)(?![\p{L}]))\p{L}+){0,5}(?= (?:huyện|tỉnh|xã|phường|thị trấn|thành phố|thị xã|quận) \p{Lu})|Liên đoàn Lao động)(?: (?:huyện|tỉnh|xã|phường|thị trấn|thành phố|thị xã|quận))?(?: \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})?/u;
const PARTY_AFTER_BOARD = /^(?:Tỉnh|Huyện|Thành|Thị|Quận|Đảng) (?:ủy|uỷ)(?=\s|$)/u;
const CITED_OR_LISTED = /(?:(?:^|\s)(?:của|gửi|với) |(?:^|\n)\s*[-–+•] ?)$/u;
const SUBJECT_BEFORE = /(?:^|\n|[,.;:]) ?$/u;
const PLACE_NAME_END = / \p{Lu}[\p{L}'’-]*$/u;

const MASS_ORG_IN_TEXT = new RegExp(MASS_ORG_AFTER_BOARD.source.slice(1), 'gu');

/**
 * The first Front or mass organisation the text names, not as a cited issuer or a recipient: the
 * body of a board whose head is no Party secretary (`TM. BAN THƯỜNG TRỰC` / `CHỦ TỊCH`).
 */
function massOrgNamed(text: string): string | null {
  MASS_ORG_IN_TEXT.lastIndex = 0;
  for (let m = MASS_ORG_IN_TEXT.exec(text); m; m = MASS_ORG_IN_TEXT.exec(text)) {
    const at = m.index;
    if (at > 0 && /[\p{L}\d]/u.test(text.charAt(at - 1))) continue;
    if (CITED_OR_LISTED.test(text.slice(Math.max(0, at - 8), at))) continue;
    return m[0];
  }
  return null;
}

/**
 * a commune-level People's Committee or Party committee (or its Party organisation) named with its
 * place (`UBND xã Đăk Ruồng`, `Đảng ủy xã Sa Nhơn`, `Đảng bộ xã Sa Nhơn`)
 */
const COMMUNE_PARTY_BODY =
  /(Đảng ủy|Đảng uỷ|Đảng bộ) (xã|phường|thị trấn) (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})/gu;
const COMMUNE_STATE_BODY =
  /(Ủy ban nhân dân|Uỷ ban nhân dân|UBND) (xã|phường|thị trấn) (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})/gu;

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/**
 * The first commune-level People's Committee (`party` false) or Party committee (`party` true) the
 * text names with its place, not as a cited issuer or a recipient: `[level, name]`, or null.
 */
function communeBodyNamed(text: string, party: boolean): [LocalityLevel, string] | null {
  // one pattern per kind of body: each scan only meets the bodies it is asked for
  const re = party ? COMMUNE_PARTY_BODY : COMMUNE_STATE_BODY;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    if (at > 0 && LETTER_OR_DIGIT.test(text.charAt(at - 1))) continue;
    if (CITED_OR_LISTED.test(text.slice(Math.max(0, at - 8), at))) continue;
    return [(m[2] ?? 'xã') as LocalityLevel, asciiApostrophe(m[3] ?? '')];
  }
  return null;
}

/**
 * The text names `<board> Đảng ủy` (`Ban Thường vụ Đảng ủy`) as the subject of a sentence (after
 * its start or a `,`), not as a cited issuer, a recipient or a group (`… Đảng ủy các xã`).
 */
function boardOfDangUyNamed(text: string, board: string): boolean {
  const phrase = `${board} Đảng ủy`;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text.slice(Math.max(0, at - 8), at);
    if (CITED_OR_LISTED.test(before) || !SUBJECT_BEFORE.test(before)) continue;
    if (!text.startsWith(' các ', at + phrase.length)) return true;
  }
  return false;
}

/** `board` + the mass organisation it heads, from the text's own `<board> <body>` mentions, or null. */
function massOrgBoard(
  spell: Speller,
  text: string,
  board: string,
  tail: string | null,
  partyPosition: boolean,
  places: DocPlaces,
): string | null {
  const cased = orgCase(board);
  const tailLower = tail ? orgCase(tail).toLowerCase() : null;
  // the board speaking of itself: `…, Ban Thường vụ Huyện đoàn Chư Sê xây dựng kế hoạch`; not one
  // given a task (`Đề nghị Ban Thường trực …`, `2. Ban Thường vụ Huyện đoàn: …`)
  let body: string | null = null;
  let other: string | null = null;
  let mass = 0;
  let party = 0;
  for (let at = text.indexOf(cased); at >= 0; at = text.indexOf(cased, at + cased.length)) {
    if (text[at + cased.length] !== ' ') continue;
    const before = text.slice(Math.max(0, at - 8), at);
    // a cited document's issuer (`của Ban Thường trực …`) or a recipient (`- Ban Thường vụ Tỉnh đoàn`)
    if (CITED_OR_LISTED.test(before)) continue;
    const after = text.slice(at + cased.length + 1, at + cased.length + 120);
    if (PARTY_AFTER_BOARD.test(after)) {
      party++;
      continue;
    }
    const m = MASS_ORG_AFTER_BOARD.exec(after);
    if (!m) continue;
    if (tailLower && !m[0].toLowerCase().startsWith(tailLower)) continue;
    const next = after.slice(m[0].length, m[0].length + 5);
    if (SUBJECT_BEFORE.test(before) && !/^(?: ?:| các )/u.test(next)) {
      mass++;
      body ??= m[0];
    } else other ??= m[0];
  }
  if (body === null && tail && MASS_ORG_AFTER_BOARD.test(orgCase(tail))) {
    // `TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN`: the signature itself names the body
    body = orgCase(tail);
    mass = 1;
  }
  // a Party committee's board (signed by a BÍ THƯ) speaks of itself at least as often
  if (partyPosition && !tail) {
    if (party >= mass) return null;
  } else body ??= other ?? (tail ? null : massOrgNamed(text));
  if (body === null) return null;
  if (!PLACE_NAME_END.test(body) || / Việt Nam$/u.test(body)) {
    // no place name after the body: the document's place of that level
    const lower = body.toLowerCase();
    const level = / (huyện|tỉnh|xã|phường|thị trấn|thành phố|thị xã|quận)$/u.exec(body)?.[1];
    let p: Place | null = null;
    if (level)
      p =
        [places.commune, places.district, places.province].find((c) => c?.level === level) ?? null;
    else if (/^(?:huyện|quận|thị) đoàn$/u.test(lower)) p = places.district;
    else if (lower === 'tỉnh đoàn') p = places.province;
    else if (lower === 'thành đoàn') p = places.district ?? places.province;
    if (p) body = `${body} ${p.name}`;
  }
  return polish(spell, `${cased} ${body}`);
}

/**
 * A header issuer signed for by its standing board: `BCH HUYỆN ĐOÀN CHƯ SÊ` + `TM. BAN THƯỜNG VỤ` →
 * `Ban Thường vụ Huyện đoàn Chư Sê`, as `HUYỆN ỦY X` + `T/M BAN THƯỜNG VỤ` → `Ban Thường vụ Huyện ủy X`.
 */
export function boardOfHeaderIssuer(issuer: string, signed: string | null): string {
  const collective = expandBoard(signed);
  if (!collective) return issuer;
  const board = BOARD.exec(collective);
  const head = board?.[1];
  if (!head || head === 'BAN CHẤP HÀNH') return issuer;
  const tail = board[2];
  if (PARTY_AFTER_BOARD.test(issuer)) {
    if (tail || head === 'BAN THƯỜNG TRỰC') return issuer;
    return `${orgCase(head)} ${issuer}`;
  }
  const body = issuer.replace(/^Ban Chấp hành /u, '');
  if (!MASS_ORG_AFTER_BOARD.test(body)) return issuer;
  if (tail && !body.toLowerCase().startsWith(orgCase(tail).toLowerCase())) return issuer;
  return `${orgCase(head)} ${body}`;
}

/**
 * Issuer from the signature block plus the document's places (no header issuer); `text` (the
 * document) tells a Front or mass-organisation board from a Party committee's.
 * The places the issuer found names are the document's own, as a header issuer's are: they complete
 * `places` in place (`Ban Thường trực Ủy ban MTTQ Việt Nam xã Đăk Ruồng` → commune Đăk Ruồng beside
 * the district the text names; `Ban Thường vụ Hội Nông dân thị xã An Khê` → that town).
 */
export function issuerFromSignature(
  spell: Speller,
  sig: SignatureBlock | null,
  places: DocPlaces,
  text = '',
): string | null {
  const issuer = issuerOfSignature(spell, sig, places, text);
  if (issuer !== null) {
    const own = placesIn(issuer);
    if (own.province) places.province = own.province;
    if (own.district) places.district = own.district;
    if (own.commune) places.commune = own.commune;
  }
  return issuer;
}

/** the boards' abbreviations a signature may use (`TM. BTV HUYỆN ĐOÀN`, `TM. BCH ĐOÀN XÃ`) */
const BOARD_ABBREVIATION = /^(BTV|BCH|BTT)(?= |$)/u;
const BOARD_NAMES: Record<string, string> = {
  BTV: 'BAN THƯỜNG VỤ',
  BCH: 'BAN CHẤP HÀNH',
  BTT: 'BAN THƯỜNG TRỰC',
};

function expandBoard(collective: string | null): string | null {
  if (collective === null) return null;
  const m = BOARD_ABBREVIATION.exec(collective);
  return m ? `${BOARD_NAMES[m[1] ?? ''] ?? ''}${collective.slice(m[0].length)}` : collective;
}

function issuerOfSignature(
  spell: Speller,
  sig: SignatureBlock | null,
  places: DocPlaces,
  text: string,
): string | null {
  const collective = expandBoard(signatureCollective(sig));
  const position = sig?.signer.position ?? '';
  const committee = committeeName(places);
  const place = lowestPlace(places);
  const board = collective ? BOARD.exec(collective) : null;
  if (board && text.length > 0) {
    const partyPosition = /BÍ THƯ/u.test(position);
    const mass = massOrgBoard(spell, text, board[1] ?? '', board[2] ?? null, partyPosition, places);
    if (mass) return mass;
  }
  let upper = collective;
  if (!upper) {
    if (/CHỦ TỊCH/u.test(position) || sig?.authorities.some((a) => /CHỦ TỊCH/u.test(a))) {
      upper = 'ỦY BAN NHÂN DÂN';
    } else if (/BÍ THƯ/u.test(position)) upper = 'HUYỆN ỦY';
    else return null;
  }
  if (/^(?:BAN THƯỜNG VỤ|THƯỜNG TRỰC|BAN CHẤP HÀNH)$/u.test(upper)) {
    // a commune Party committee's board: the text speaks of `Ban Thường vụ Đảng ủy …` and names the
    // commune's Party committee (`Đảng ủy xã Sa Nhơn`, `Đảng bộ xã Sa Nhơn`), not a Huyện ủy
    if (upper !== 'BAN CHẤP HÀNH' && boardOfDangUyNamed(text, orgCase(upper))) {
      const named = communeBodyNamed(text, true);
      if (named) return `${orgCase(upper)} Đảng ủy ${named[0]} ${named[1]}`;
    }
    if (!committee) return orgCase(upper);
    if (upper === 'BAN CHẤP HÀNH') {
      const p = places.district ?? places.province;
      return p ? `Ban Chấp hành Đảng bộ ${p.level} ${p.name}` : 'Ban Chấp hành';
    }
    return polish(spell, `${orgCase(upper)} ${committee}`);
  }
  if (/^ĐẢNG (?:ỦY|UỶ)$/u.test(upper)) {
    // a commune's (or a bloc's) Party committee, never a district's Huyện ủy: the one the text names
    const named = communeBodyNamed(text, true);
    return named ? `Đảng ủy ${named[0]} ${named[1]}` : orgCase(upper);
  }
  if (/^(?:HUYỆN|TỈNH|THÀNH|THỊ|QUẬN) (?:ỦY|UỶ)$/u.test(upper)) {
    return committee ?? orgCase(upper);
  }
  if (/^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)$/u.test(upper)) {
    const body = orgCase(upper);
    // a commune's People's Committee: the text names it and speaks of its level more than of `huyện`
    const commune = communeBodyNamed(text, false);
    if (commune && countWord(text, commune[0], 1) > countWord(text, 'huyện', 2))
      return polish(spell, `${body} ${commune[0]} ${commune[1]}`);
    return place ? polish(spell, `${body} ${place}`) : body;
  }
  const body = orgCase(upper);
  // `TM. ỦY BAN MTTQ VIỆT NAM HUYỆN`: the place of that level; a Front or mass organisation
  // named without a level: the document's place
  const level = / (huyện|tỉnh|xã|phường|thị trấn|thành phố|thị xã|quận)$/u.exec(body)?.[1];
  if (level) {
    const p = [places.commune, places.district, places.province].find((c) => c?.level === level);
    if (p) return polish(spell, `${body} ${p.name}`);
  } else if (FRONT_OR_MASS_ORG.test(body)) {
    const named = PLACE_NAME_END.test(body) && !/ Việt Nam$/u.test(body);
    if (!named && place) return polish(spell, `${body} ${place}`);
  }
  return polish(spell, body);
}

const PUBLISHER =
  /^(?:Ban|Báo|Đài|Sở|Ủy ban|Uỷ ban|UBND|Cổng|Trang|Tỉnh ủy|Huyện ủy|Thành ủy|Tạp chí|Văn phòng|Hội|Bộ|Trung tâm|Công an|Đảng bộ)\s/u;

/** A news page's publisher: a short organisation line at the very top. */
export function publisherFromPageHeader(lines: Lines): { name: string; line: number } | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 3; i++) {
    const line = collapseWs(lines.at(i) ?? '');
    if (line.length === 0) continue;
    seen++;
    if (
      line.length <= 80 &&
      PUBLISHER.test(line) &&
      !/[.:;]$/u.test(line) &&
      !/\d{3,}/u.test(line)
    ) {
      return { name: asciiApostrophe(line), line: i };
    }
  }
  return null;
}
