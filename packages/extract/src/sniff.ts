/**
 * Decide what a file is from its bytes (never from its name): magic numbers first, then a zip's
 * entry names, then a text check. A `.docx` that is really a PDF is a PDF.
 */
import { listZipEntryNames } from './archive/central-directory.ts';

export type DetectedType =
  | { kind: 'pdf'; mime: 'application/pdf' }
  | {
      kind: 'docx';
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    }
  | { kind: 'zip'; mime: 'application/zip' }
  | { kind: 'text'; mime: 'text/plain' }
  | { kind: 'unsupported'; mime: string; description: string; encrypted?: boolean }
  | { kind: 'corrupt'; mime: string; description: string };

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.subarray(start, Math.min(end, bytes.length))).toString('latin1');
}

const SIMPLE_MAGIC: Array<{ magic: number[]; at?: number; mime: string; description: string }> = [
  { magic: [0x89, 0x50, 0x4e, 0x47], mime: 'image/png', description: 'ảnh PNG' },
  { magic: [0xff, 0xd8, 0xff], mime: 'image/jpeg', description: 'ảnh JPEG' },
  { magic: [0x47, 0x49, 0x46, 0x38], mime: 'image/gif', description: 'ảnh GIF' },
  { magic: [0x49, 0x49, 0x2a, 0x00], mime: 'image/tiff', description: 'ảnh TIFF' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], mime: 'image/tiff', description: 'ảnh TIFF' },
  { magic: [0x57, 0x45, 0x42, 0x50], at: 8, mime: 'image/webp', description: 'ảnh WebP' },
  {
    magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07],
    mime: 'application/vnd.rar',
    description: 'tệp nén RAR',
  },
  {
    magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
    mime: 'application/x-7z-compressed',
    description: 'tệp nén 7z',
  },
  { magic: [0x1f, 0x8b], mime: 'application/gzip', description: 'tệp nén gzip' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], mime: 'application/rtf', description: 'văn bản RTF' },
];

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function utf16le(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

function describeOle2(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.includes(utf16le('EncryptedPackage'))) return 'Office (DOCX/XLSX)';
  if (buffer.includes(utf16le('WordDocument'))) return 'Word 97-2003 .doc';
  if (buffer.includes(utf16le('Workbook')) || buffer.includes(utf16le('Book')))
    return 'Excel 97-2003 .xls';
  if (buffer.includes(utf16le('PowerPoint Document'))) return 'PowerPoint 97-2003 .ppt';
  return 'tệp Office 97-2003 (OLE2)';
}

/** Name of the first local entry (readable even when the central directory is missing). */
function firstLocalName(bytes: Uint8Array): string {
  if (bytes.length < 30) return '';
  const nameLength = (bytes[26] ?? 0) | ((bytes[27] ?? 0) << 8);
  return ascii(bytes, 30, 30 + nameLength);
}

const OOXML_PART = /^(\[Content_Types\]\.xml|_rels\/|word\/|docProps\/)/;

function sniffZip(bytes: Uint8Array): DetectedType {
  const listed = listZipEntryNames(bytes);
  if (listed === null && OOXML_PART.test(firstLocalName(bytes)))
    return {
      kind: 'corrupt',
      mime: DOCX_MIME,
      description:
        'Tệp Word (.docx) bị cắt cụt hoặc hỏng (không có danh mục ZIP ở cuối tệp); hãy tải lên lại bản đầy đủ.',
    };
  const names = listed ?? [];
  if (names.includes('word/document.xml')) return { kind: 'docx', mime: DOCX_MIME };
  if (names.some((n) => n.startsWith('xl/')))
    return {
      kind: 'unsupported',
      mime: 'application/vnd.ms-excel',
      description: 'bảng tính Excel .xlsx',
    };
  if (names.some((n) => n.startsWith('ppt/')))
    return {
      kind: 'unsupported',
      mime: 'application/vnd.ms-powerpoint',
      description: 'trình chiếu PowerPoint .pptx',
    };
  if (names.includes('mimetype') && ascii(bytes, 30, 100).includes('opendocument'))
    return {
      kind: 'unsupported',
      mime: 'application/vnd.oasis.opendocument',
      description: 'tài liệu OpenDocument (.odt/.ods)',
    };
  if (names.includes('[Content_Types].xml'))
    return {
      kind: 'corrupt',
      mime: DOCX_MIME,
      description: 'Tệp Word (.docx) bị hỏng: thiếu phần nội dung chính (word/document.xml).',
    };
  return { kind: 'zip', mime: 'application/zip' };
}

/** Plain text: a BOM, UTF-16 without BOM (NULs at alternate positions), or no NULs and few controls. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (
    startsWith(bytes, [0xef, 0xbb, 0xbf]) ||
    startsWith(bytes, [0xff, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xff])
  )
    return true;
  const sample = bytes.subarray(0, 8192);
  let nulEven = 0;
  let nulOdd = 0;
  let controls = 0;
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2 === 0) nulEven += 1;
      else nulOdd += 1;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls += 1;
  });
  const half = sample.length / 2;
  if (
    half > 0 &&
    (nulOdd > half * 0.3 || nulEven > half * 0.3) &&
    Math.min(nulOdd, nulEven) < half * 0.05
  )
    return true;
  return nulEven + nulOdd === 0 && controls <= sample.length * 0.01;
}

export function sniffType(bytes: Uint8Array): DetectedType {
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return { kind: 'pdf', mime: 'application/pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return sniffZip(bytes);
  if (startsWith(bytes, OLE2)) {
    const description = describeOle2(bytes);
    return {
      kind: 'unsupported',
      mime: 'application/x-ole-storage',
      description,
      ...(description === 'Office (DOCX/XLSX)' ? { encrypted: true } : {}),
    };
  }
  for (const m of SIMPLE_MAGIC) {
    if (startsWith(bytes, m.magic, m.at ?? 0))
      return { kind: 'unsupported', mime: m.mime, description: m.description };
  }
  if (looksLikeText(bytes)) return { kind: 'text', mime: 'text/plain' };
  return {
    kind: 'unsupported',
    mime: 'application/octet-stream',
    description: 'tệp nhị phân không rõ định dạng',
  };
}
