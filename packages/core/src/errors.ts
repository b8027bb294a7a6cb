/**
 * The one error hierarchy of Vanban. Every error carries a stable `code` and says whether
 * retrying can help. The worker turns non-retryable errors into BullMQ `UnrecoverableError`;
 * the API maps codes to HTTP statuses in one place.
 */
export type ErrorCode =
  | 'unsupported_format'
  | 'encrypted_document'
  | 'corrupt_document'
  | 'empty_document'
  | 'extraction_timeout'
  | 'archive_limit_exceeded'
  | 'unsafe_archive_path'
  | 'file_unreadable'
  | 'search_unavailable'
  | 'queue_unavailable'
  | 'validation_error'
  | 'not_found'
  | 'unauthorized'
  | 'forbidden'
  | 'payload_too_large'
  | 'conflict'
  | 'config_error'
  | 'not_ready'
  | 'internal_error';

export interface AppErrorOptions {
  retryable?: boolean;
  context?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly context: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.context = options.context;
  }

  toJSON(): { code: ErrorCode; message: string; retryable: boolean } {
    return { code: this.code, message: this.message, retryable: this.retryable };
  }
}

/** Permanent: the file is of a kind we cannot read. */
export class UnsupportedFormatError extends AppError {
  override name = 'UnsupportedFormatError';
  constructor(message: string, options: Omit<AppErrorOptions, 'retryable'> = {}) {
    super('unsupported_format', message, options);
  }
}

export class EncryptedDocumentError extends AppError {
  override name = 'EncryptedDocumentError';
  constructor(message: string, options: Omit<AppErrorOptions, 'retryable'> = {}) {
    super('encrypted_document', message, options);
  }
}

export class CorruptDocumentError extends AppError {
  override name = 'CorruptDocumentError';
  constructor(message: string, options: Omit<AppErrorOptions, 'retryable'> = {}) {
    super('corrupt_document', message, options);
  }
}

export class EmptyDocumentError extends AppError {
  override name = 'EmptyDocumentError';
  constructor(message: string, options: Omit<AppErrorOptions, 'retryable'> = {}) {
    super('empty_document', message, options);
  }
}

/** Retryable: a parser that ran past its time limit may succeed on a less busy machine. */
export class ExtractionTimeoutError extends AppError {
  override name = 'ExtractionTimeoutError';
  constructor(message: string, options: Omit<AppErrorOptions, 'retryable'> = {}) {
    super('extraction_timeout', message, { ...options, retryable: true });
  }
}

export class SearchUnavailableError extends AppError {
  override name = 'SearchUnavailableError';
  constructor(message: string, options: Omit<AppErrorOptions, 'retryable'> = {}) {
    super('search_unavailable', message, { ...options, retryable: true });
  }
}

export class ValidationError extends AppError {
  override name = 'ValidationError';
  constructor(message: string, options: Omit<AppErrorOptions, 'retryable'> = {}) {
    super('validation_error', message, options);
  }
}

export class NotFoundError extends AppError {
  override name = 'NotFoundError';
  constructor(message: string, options: Omit<AppErrorOptions, 'retryable'> = {}) {
    super('not_found', message, options);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
