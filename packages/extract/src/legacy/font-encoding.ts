/** Which legacy encoding a font name implies (vn-docs-spec.md §10.5 step A). */
export type LegacyEncoding = 'tcvn3' | 'tcvn3-caps' | 'vni' | 'viqr' | 'utf8-mojibake';

export function encodingFromFontName(fontName: string | null | undefined): LegacyEncoding | null {
  if (fontName === null || fontName === undefined) return null;
  const name = fontName.trim();
  if (/(^|\+)[._]?Vn[A-Z]/.test(name)) return /H$/.test(name) ? 'tcvn3-caps' : 'tcvn3';
  if (/(^|\+)VNI[-_ ]?/i.test(name)) return 'vni';
  return null;
}
