import type { XrefCitation, XrefDocument } from './types.ts';
import { collapse, fold, yearOfIso } from './text.ts';

type Branch = 'party' | 'state' | 'council';
type Level = 'central' | 'province' | 'district';

interface IssuerTraits {
  branch: Branch | null;
  level: Level | null;
}

/** Coarse traits of an issuing body as written (`UBND tỉnh`, `Ban Thường vụ Tỉnh ủy`, `Bộ Chính trị`). */
export function issuerTraits(issuer: string): IssuerTraits {
  const f = ` ${fold(collapse(issuer))} `;
  let branch: Branch | null = null;
  let level: Level | null = null;
  if (/ (ubnd|uy ban nhan dan|chinh phu|thu tuong|bo [a-z]|so [a-z])/u.test(f)) branch = 'state';
  if (/ (hdnd|hoi dong nhan dan|quoc hoi)/u.test(f)) branch = 'council';
  if (
    /(tinh uy|huyen uy|thanh uy|bo chinh tri|ban bi thu|trung uong|dang bo|ban tuyen giao|ban chap hanh)/u.test(
      f,
    )
  ) {
    branch = 'party';
  }
  if (/(bo chinh tri|ban bi thu|trung uong|chinh phu|quoc hoi|thu tuong)/u.test(f))
    level = 'central';
  else if (/(tinh uy|thanh uy| tinh | so [a-z])/u.test(f)) level = 'province';
  else if (/(huyen uy| huyen |dang bo huyen)/u.test(f)) level = 'district';
  return { branch, level };
}

/** False only when both issuers are known and clearly name different kinds or levels of body. */
export function issuersCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const ta = issuerTraits(a);
  const tb = issuerTraits(b);
  if (ta.branch && tb.branch && ta.branch !== tb.branch) return false;
  if (ta.level && tb.level && ta.level !== tb.level) return false;
  return true;
}

/** The year an occurrence gives for the cited act: the year in its number, else its date's year. */
export function citedYear(citation: Pick<XrefCitation, 'yearInNumber' | 'date'>): number | null {
  if (citation.yearInNumber && /^\d{4}$/u.test(citation.yearInNumber))
    return Number(citation.yearInNumber);
  return yearOfIso(citation.date);
}

/** The year a document was issued: its own date's year, else its best-evidence year. */
export function documentYear(doc: Pick<XrefDocument, 'date' | 'year'>): number | null {
  return yearOfIso(doc.date) ?? doc.year;
}

/**
 * Whether `holder` (a document whose own number is the citation's key) can be the cited act
 * (design "Identity of an act"): its year and issuer must not contradict what the citation says.
 */
export function holderMatchesCitation(
  holder: Pick<XrefDocument, 'ownNumber' | 'date' | 'year' | 'issuer'>,
  citation: Pick<XrefCitation, 'key' | 'yearInNumber' | 'date' | 'issuer'>,
): boolean {
  if (holder.ownNumber !== citation.key) return false;
  const cy = citedYear(citation);
  const hy = documentYear(holder);
  if (cy !== null && hy !== null && cy !== hy) return false;
  if (citation.date && holder.date && citation.date !== holder.date) return false;
  return issuersCompatible(holder.issuer, citation.issuer);
}

/**
 * The archive document a citation points to, or null. When several documents hold the key
 * (numbering restarts every year), the one that does not contradict the citation is chosen;
 * if more than one remains, the choice is ambiguous and none is returned.
 */
export function resolveCitation(
  citation: Pick<XrefCitation, 'key' | 'yearInNumber' | 'date' | 'issuer'>,
  holders: ReadonlyArray<Pick<XrefDocument, 'id' | 'ownNumber' | 'date' | 'year' | 'issuer'>>,
): string | null {
  const matches = holders.filter((h) => holderMatchesCitation(h, citation));
  if (matches.length === 1) return matches[0]?.id ?? null;
  if (matches.length > 1) {
    // The same act uploaded as several files with different bytes: prefer an exact date match.
    const exact = matches.filter((h) => citation.date !== null && h.date === citation.date);
    if (exact.length === 1) return exact[0]?.id ?? null;
  }
  return null;
}
