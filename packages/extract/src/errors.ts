import { AppError, type AppErrorOptions } from '@vanban/core';

type Options = Omit<AppErrorOptions, 'retryable'>;

/** An archive went past one of the limits in `ArchiveLimits` (zip bomb protection). */
export class ArchiveLimitExceededError extends AppError {
  override name = 'ArchiveLimitExceededError';
  constructor(message: string, options: Options = {}) {
    super('archive_limit_exceeded', message, options);
  }
}

/** An archive member's path would leave the extraction folder (`../`, absolute, drive letter). */
export class UnsafeArchivePathError extends AppError {
  override name = 'UnsafeArchivePathError';
  constructor(message: string, options: Options = {}) {
    super('unsafe_archive_path', message, options);
  }
}
