/**
 * Safety and filtering of archive member paths: no `..` segments, no absolute paths or drive
 * letters; directories and OS junk (`__MACOSX/`, `Thumbs.db`, `.DS_Store`) are skipped.
 */
export type PathVerdict =
  { kind: 'ok'; path: string } | { kind: 'unsafe'; path: string } | { kind: 'skip' };

const JUNK_NAMES = new Set(['thumbs.db', '.ds_store', 'desktop.ini', 'ehthumbs.db']);

export function checkMemberPath(name: string): PathVerdict {
  const path = name.replace(/\\/g, '/');
  if (path.endsWith('/')) return { kind: 'skip' };
  const segments = path.split('/');
  if (
    path.startsWith('/') ||
    /^[A-Za-z]:/.test(path) ||
    path.includes('\0') ||
    segments.some((s) => s === '..')
  )
    return { kind: 'unsafe', path };
  const clean = segments.filter((s) => s !== '' && s !== '.');
  const base = clean.at(-1) ?? '';
  if (clean[0] === '__MACOSX' || JUNK_NAMES.has(base.toLowerCase()) || base.startsWith('._'))
    return { kind: 'skip' };
  return clean.length === 0 ? { kind: 'skip' } : { kind: 'ok', path: clean.join('/') };
}
