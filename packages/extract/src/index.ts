export { extractFile } from './extract-file.ts';
export { expandArchive, type ExpandedMember } from './archive/expand-archive.ts';
export { sniffType, type DetectedType } from './sniff.ts';
export { ArchiveLimitExceededError, UnsafeArchivePathError } from './errors.ts';
export { decodeTcvn3, decodeVni, decodeViqr } from './legacy/decode.ts';
export { encodeTcvn3Runs, encodeVni } from './legacy/encode.ts';
export { repairLegacyText } from './legacy/repair.ts';
export {
  DEFAULT_ARCHIVE_LIMITS,
  type ArchiveLimits,
  type ArchiveMemberResult,
  type ArchiveResult,
  type DocumentResult,
  type ExtractOptions,
  type ExtractResult,
} from './types.ts';
