/**
 * Builds small DOCX files for tests: paragraphs of runs with explicit fonts, an optional default
 * font in styles.xml, and footnotes. Enough of OOXML for mammoth; not a general writer.
 */
import { writeZip } from './zip-writer.ts';

export interface DocxRun {
  text: string;
  font?: string;
}

export interface DocxSpec {
  paragraphs: Array<DocxRun[] | { footnote: string; before: string }>;
  defaultFont?: string;
  table?: string[][];
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function run(r: DocxRun): string {
  const props =
    r.font === undefined
      ? ''
      : `<w:rPr><w:rFonts w:ascii="${r.font}" w:hAnsi="${r.font}"/></w:rPr>`;
  return `<w:r>${props}<w:t xml:space="preserve">${esc(r.text)}</w:t></w:r>`;
}

export function makeDocx(spec: DocxSpec): Buffer {
  const notes: string[] = [];
  const body = spec.paragraphs.map((p) => {
    if (Array.isArray(p)) return `<w:p>${p.map(run).join('')}</w:p>`;
    const id = notes.length + 1;
    notes.push(
      `<w:footnote w:id="${id}"><w:p><w:r><w:t xml:space="preserve">${esc(p.footnote)}</w:t></w:r></w:p></w:footnote>`,
    );
    return `<w:p>${run({ text: p.before })}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r></w:p>`;
  });
  if (spec.table !== undefined) {
    const rows = spec.table.map(
      (row) =>
        `<w:tr>${row.map((c) => `<w:tc><w:p>${run({ text: c })}</w:p></w:tc>`).join('')}</w:tr>`,
    );
    body.push(`<w:tbl>${rows.join('')}</w:tbl>`);
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body.join('')}</w:body></w:document>`;
  const font =
    spec.defaultFont === undefined
      ? ''
      : `<w:rPr><w:rFonts w:ascii="${spec.defaultFont}" w:hAnsi="${spec.defaultFont}"/></w:rPr>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:docDefaults><w:rPrDefault>${font}</w:rPrDefault></w:docDefaults></w:styles>`;
  const footnotes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W}>${notes.join('')}</w:footnotes>`;
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const docRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`;
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'word/document.xml', data: Buffer.from(document) },
    { name: 'word/_rels/document.xml.rels', data: Buffer.from(docRels) },
    { name: 'word/styles.xml', data: Buffer.from(styles) },
    { name: 'word/footnotes.xml', data: Buffer.from(footnotes) },
  ]);
}
