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

/** Known warning codes of extraction/analysis in Vietnamese; unknown ones are shown as written. */
export function warningLabel(warning: string): string {
  const w = warning.toLowerCase();
  if (w.includes('ocr')) return `Văn bản được nhận dạng bằng OCR (có thể sai dấu): ${warning}`;
  if (w.includes('tcvn3') || w.includes('vni') || w.includes('legacy') || w.includes('encoding')) {
    return `Đã chuyển mã phông chữ cũ (TCVN3/VNI): ${warning}`;
  }
  if (w.includes('conflict') || w.includes('date'))
    return `Ngày tháng không thống nhất: ${warning}`;
  return warning;
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
