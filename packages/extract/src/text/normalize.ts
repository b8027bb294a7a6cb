/**
 * Final normalisation of extracted text (vn-docs-spec.md §1 steps 4–5 for body text): NFC,
 * invisible characters dropped, line ends unified. Line breaks are kept: offsets into the stored
 * text are what citations point at, and the analyser joins broken lines itself.
 */
export function normalizeExtractedText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u200B|\u200C|\u200D|\uFEFF|\u00AD/gu, '')
    .normalize('NFC')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim();
}

/** Does the text have any letter or digit at all? */
export function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
