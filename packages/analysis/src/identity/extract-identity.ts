import type { Signer } from '../types.ts';
import { localityMentionsOf, type LocalityMention } from '../entities/localities.ts';
import type { TextFacts } from '../entities/text-facts.ts';
import { findTypeHeading } from './doc-type.ts';
import { parseHeader, type HeaderInfo } from './header.ts';
import {
  boardOfHeaderIssuer,
  documentPlaces,
  issuerFromHeader,
  issuerFromSignature,
  localityString,
  publisherFromPageHeader,
  signatureCollective,
  type Speller,
} from './issuer.ts';
import { TextLines } from './lines.ts';
import { findPlaceDates, type PlaceDate } from './place-date.ts';
import { findRecipients } from './recipients.ts';
import { findSignature } from './signature.ts';
import {
  bodySpelling,
  cleanNearlyPlain,
  cleanText,
  collapseWs,
  isSpaceUnit,
  plainBodySpelling,
  plainness,
} from './text-utils.ts';
import { headline, titleAfterHeading } from './title.ts';
import { guessYear } from './year.ts';
import { crossCheck, typeFromSymbol } from './cross-check.ts';
import { hasSo } from './own-number.ts';

/** The document's own identity (design.md "What the analysis finds", vn-docs-spec §7.5). */
export interface Identity {
  docType: string | null;
  ownNumber: string | null;
  issuer: string | null;
  locality: string | null;
  date: string | null;
  year: number | null;
  yearEvidence: string | null;
  title: string | null;
  signer: Signer | null;
  recipients: string[];
  warnings: string[];
}

const NO_HEADING_ZONE = 15;

/** Header and tail zones are short; a huge line (no line breaks) is cut so that work stays linear. */
const ZONE_LINE_MAX = 2_000;
function capZone(zone: readonly string[]): string[] {
  return zone.map((line) => (line.length > ZONE_LINE_MAX ? line.slice(0, ZONE_LINE_MAX) : line));
}

// (regex literals with `\p{…}` are module constants: under tsx, one in a function is compiled to
// `new RegExp(…)` evaluated at each call)
const AFTER_SO = /(?<![\p{L}])S[ốỐ]\s{0,3}[:.]?\s{0,5}\d/u;
const LOWER_LETTER = /\p{Ll}/u;

/** A place-date match counts as the document's own line only where a header puts it. */
function atLineStart(zone: string, pd: PlaceDate): boolean {
  const lineStart = zone.lastIndexOf('\n', pd.index - 1) + 1;
  const before = zone.slice(lineStart, pd.index);
  if (before.trim().length === 0) return true;
  // column gap (`/\s{2,}$/u`: whitespace is never a surrogate, so the last two code units)
  const n = before.length;
  if (isSpaceUnit(before.charCodeAt(n - 1)) && isSpaceUnit(before.charCodeAt(n - 2))) return true;
  if (/^\s*V\/v[\s.:]/u.test(before)) return true; // beside a `V/v` summary
  if (hasSo(before) && AFTER_SO.test(before)) return true; // after `Số: …` (every match holds `Số`/`SỐ`)
  return !LOWER_LETTER.test(before); // after upper-case left-column text
}

function ownPlaceDates(zone: string, header: HeaderInfo): PlaceDate[] {
  return header.placeDates.filter((pd) => atLineStart(zone, pd));
}

// (the spellers are made by functions that return them: esbuild's keepNames would name a closure
// assigned to a variable with a defineProperty call each time)
function plainSpeller(text: string): Speller {
  return (candidate) => plainBodySpelling(text, candidate);
}
function lowerCaseSpeller(text: string): Speller {
  let lowerText: string | undefined;
  return (candidate) => bodySpelling(text, (lowerText ??= text.toLowerCase()), candidate);
}

/**
 * The identity of `input`. `facts` (see `TextFacts`) are used when they describe the cleaned text,
 * which is `input` itself for NFC text without CR, tabs, odd spaces or Ð.
 */
export function extractIdentity(input: string, facts?: TextFacts): Identity {
  // a plain text (the usual case) is its own cleaned copy, and its lower case is per code unit; a
  // nearly plain one (odd spaces, `Ð`) has a plain cleaned copy of the same length
  const plainKind =
    facts?.text === input && facts.plainness !== undefined ? facts.plainness : plainness(input);
  const plain = plainKind === 'plain';
  const nearlyPlain = plainKind !== null;
  const text = plain ? input : nearlyPlain ? cleanNearlyPlain(input) : cleanText(input);
  let shared = facts?.text === text ? facts : undefined;
  if (!shared && facts?.dates && facts.text === input && nearlyPlain) {
    // cleaning replaced odd spaces and `Ð`: dates are read on a folded copy, where every whitespace
    // run is one space and `Ð` is `Đ`, so the input's dates are the cleaned text's (same offsets)
    shared = { text, dates: facts.dates };
  }
  // the spelling of a name in the running text; none when lower-casing changes the text's length
  // (only `İ` does)
  const spell = nearlyPlain
    ? plainSpeller(text)
    : text.includes('\u0130')
      ? null
      : lowerCaseSpeller(text);
  const lines = new TextLines(text);
  const warnings: string[] = [];

  const heading = findTypeHeading(lines);
  const zoneEnd = heading ? heading.index : NO_HEADING_ZONE;
  const zoneLines = capZone(lines.slice(0, zoneEnd));
  const zone = lines.zone(0, zoneEnd, ZONE_LINE_MAX); // zoneLines.join('\n')
  const header = parseHeader(zoneLines, zone);
  // without a type heading, a `Số` line counts only beside other header evidence
  const hasHeaderSignals =
    heading !== null ||
    header.vv !== null ||
    // (the zone's lines joined by a line break: the pattern reads it as a space)
    ((zone.includes('CỘNG') || zone.includes('ĐẢNG')) &&
      /CỘNG\s+H(?:OÀ|ÒA)\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN/u.test(zone)) ||
    (header.ownNumber !== null && (header.issuerLines.length > 0 || header.placeDates.length > 0));

  // type and title
  let docType = heading?.docType ?? null;
  if (!docType && header.vv !== null) docType = 'Công văn';
  const signature = findSignature(lines);
  let title: string | null = null;
  let publisher: { name: string; line: number } | null = null;
  if (heading) title = titleAfterHeading(lines, heading.index + 1);
  if (!title && header.vv) title = header.vv;
  if (!docType && hasHeaderSignals && header.ownNumber) {
    // no heading but a header: the type code of the own symbol (spec §2.1: word first, code second)
    docType = typeFromSymbol(header.ownNumber.key);
    if (docType) warnings.push(`Không thấy tên loại văn bản; loại “${docType}” suy ra từ ký hiệu`);
  }
  if (!docType) {
    publisher = hasHeaderSignals ? null : publisherFromPageHeader(lines);
    if (!title && !hasHeaderSignals) {
      const skip = new Set<number>(publisher ? [publisher.line] : []);
      title = headline(lines, skip);
    }
    warnings.push('Không tìm thấy tên loại văn bản (tiêu đề như KẾ HOẠCH, BÁO CÁO) ở đầu văn bản');
  }

  // own number
  const ownNumber = hasHeaderSignals ? (header.ownNumber?.key ?? null) : null;
  const ocrRepair = ownNumber === null ? null : (header.ownNumber?.ocrRepair ?? null);
  if (ocrRepair !== null && header.ownNumber) {
    // spec §9.3: look-alike letters fixed only inside the number slot, and flagged (as citations do)
    const raw = header.ownNumber.raw.replace(/\s+/g, ' ');
    warnings.push(`ocr_digits: "${raw}" → ${ownNumber} (chữ đọc thành số: ${ocrRepair})`);
  }
  if (header.blankNumber) warnings.push('Số văn bản để trống (bản dự thảo hoặc văn bản mẫu)');
  else if (!ownNumber && docType)
    warnings.push('Không tìm thấy số, ký hiệu của văn bản ở phần đầu');

  // own date: header place-and-date line, else one just above the signature
  let placeDates = hasHeaderSignals ? ownPlaceDates(zone, header) : [];
  if (placeDates.length === 0) {
    const tailFrom = Math.max(0, lines.length - 25);
    const tailZone = lines.zone(tailFrom, lines.length, ZONE_LINE_MAX);
    placeDates = findPlaceDates(tailZone).filter((pd) => atLineStart(tailZone, pd));
  }
  const first = placeDates[0] ?? null;
  const distinct = [...new Set(placeDates.map((pd) => pd.iso ?? `năm ${pd.year}`))];
  if (distinct.length > 1) {
    warnings.push(`Có nhiều ngày ban hành khác nhau: ${distinct.join(', ')}; dùng ngày đầu tiên`);
  }
  const date = first?.iso ?? null;
  if (first && !first.iso) warnings.push('Ngày ban hành để trống hoặc không hợp lệ');

  // places, issuer, locality
  let issuer: string | null = null;
  let issuerNames: string[] = [];
  const fromHeader = hasHeaderSignals && spell ? issuerFromHeader(spell, header) : null;
  if (fromHeader) {
    issuer = fromHeader.issuer;
    issuerNames = fromHeader.names;
    issuer = boardOfHeaderIssuer(issuer, signatureCollective(signature));
  } else if (publisher) {
    issuer = publisher.name;
    issuerNames = [publisher.name];
  }
  let mentions: readonly LocalityMention[] | undefined;
  const places = documentPlaces(
    text,
    () => (mentions ??= localityMentionsOf(text, shared)),
    issuerNames.length > 0 ? issuerNames : [],
  );
  if (!issuer && spell) {
    issuer = issuerFromSignature(spell, signature, places, text);
    if (issuer)
      warnings.push('Cơ quan ban hành được suy ra từ khối chữ ký và địa danh trong văn bản');
  }
  if (!issuer) warnings.push('Không xác định được cơ quan ban hành');
  const locality = localityString(places);

  // year
  let year: number | null = first?.year ?? null;
  let yearEvidence: string | null = first ? collapseWs(first.raw) : null;
  if (year === null) {
    const guess = guessYear(text, title, shared?.dates);
    year = guess?.year ?? null;
    yearEvidence = guess?.evidence ?? null;
    if (guess)
      warnings.push(`Không có ngày ban hành; năm ${guess.year} suy ra từ: “${guess.evidence}”`);
  }

  const signer = signature?.signer ?? null;
  if (docType && !signer) warnings.push('Không tìm thấy khối chữ ký');
  const recipients = findRecipients(lines);
  warnings.push(...crossCheck({ docType, ownNumber, date }));

  return {
    docType,
    ownNumber,
    issuer,
    locality,
    date,
    year,
    yearEvidence,
    title,
    signer,
    recipients,
    warnings,
  };
}
