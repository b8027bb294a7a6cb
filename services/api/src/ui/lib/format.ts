/** Vietnamese display helpers: dates as dd/mm/yyyy, relation labels, file statuses. */

/** `2019-11-13` → `13/11/2019`; `--04-30` → `30/04`; anything else is returned unchanged. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const full = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (full) return `${full[3]}/${full[2]}/${full[1]}`;
  const dayMonth = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (dayMonth) return `${dayMonth[2]}/${dayMonth[1]}`;
  return iso;
}

const COUNT_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** A count as Vietnamese readers write it: `56944` → `56.944`. */
export function formatCount(n: number): string {
  return COUNT_FORMAT.format(n);
}

export const RELATION_LABELS: Record<string, string> = {
  implements: 'Thực hiện',
  reports_on: 'Báo cáo về',
  basis: 'Căn cứ',
  mentions: 'Nhắc đến',
};

export function relationLabel(relation: string | null | undefined): string {
  if (!relation) return '';
  return RELATION_LABELS[relation] ?? relation;
}

export const ROLE_LABELS: Record<string, string> = {
  viewer: 'Người xem',
  uploader: 'Người tải lên',
  admin: 'Quản trị',
};

/** The analysis prefixes some citation notes with a code; readers get Vietnamese instead. */
const WARNING_CODES: Record<string, string> = {
  partial_inferred: 'Trích dẫn thiếu ký hiệu, đã suy ra',
  partial_unresolved: 'Trích dẫn thiếu ký hiệu',
  date_conflict: 'Ngày không thống nhất',
  malformed: 'Số/ký hiệu sai dạng',
  nonstandard_separator: 'Số/ký hiệu viết không chuẩn',
};

/** Warnings arrive in Vietnamese from extraction and analysis; a bare code gets a Vietnamese label. */
export function warningLabel(warning: string): string {
  const coded = /^([a-z]+(?:_[a-z]+)*):\s*([\s\S]*)$/.exec(warning);
  if (coded?.[1] && coded[2] !== undefined && WARNING_CODES[coded[1]]) {
    const rest = coded[2].replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3/$2/$1');
    return `${WARNING_CODES[coded[1]]}: ${rest}`;
  }
  if (/[^ -~]/.test(warning)) return warning;
  const w = warning.toLowerCase();
  if (w.includes('ocr')) return `Văn bản được nhận dạng bằng OCR, có thể sai dấu (${warning}).`;
  if (/tcvn3|vni|legacy|encoding/.test(w)) return `Đã chuyển mã phông chữ cũ (${warning}).`;
  return warning;
}

/** Extraction warnings a reader must see first: OCR used, legacy font encoding decoded. */
export function isReadingWarning(warning: string): boolean {
  return /ocr|tcvn3|vni|viqr|bảng mã|phông|mã hóa|chuyển mã|legacy|encoding|nfd|tổ hợp/i.test(
    warning,
  );
}

/** `3006/KH-UBND` → `/van-ban-goc/3006%2FKH-UBND` */
export function actHref(key: string): string {
  return `/van-ban-goc/${encodeURIComponent(key)}`;
}

export function documentHref(id: string): string {
  return `/van-ban/${encodeURIComponent(id)}`;
}

/** A readable name for a document when it has no title. */
export function documentLabel(doc: {
  title?: string | null;
  docType?: string | null;
  ownNumber?: string | null;
  fileNames?: readonly string[] | undefined;
  id?: string;
}): string {
  const head = [doc.docType, doc.ownNumber ? `số ${doc.ownNumber}` : null]
    .filter(Boolean)
    .join(' ');
  if (doc.title) return head ? `${head}: ${doc.title}` : doc.title;
  if (head) return head;
  return doc.fileNames?.[0] ?? doc.id ?? 'Văn bản';
}

/** The search for every document citing `key`. */
export function searchCitesHref(key: string): string {
  return `/tim-kiem?${new URLSearchParams({ q: key }).toString()}`;
}
