import { AppError, SearchUnavailableError } from '@vanban/core';
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from 'meilisearch';

/** A Meilisearch task that ended `failed` or `canceled`: not retryable as is. */
export class SearchTaskFailedError extends AppError {
  override name = 'SearchTaskFailedError';
  constructor(message: string, context: Record<string, unknown>) {
    super('internal_error', message, { context, retryable: false });
  }
}

/**
 * The Meilisearch API error in `error`: itself, or the one a MeilisearchRequestError wraps (the
 * custom HTTP client's errors reach callers wrapped, see http-client.ts).
 */
export function apiErrorOf(error: unknown): MeilisearchApiError | undefined {
  if (error instanceof MeilisearchApiError) return error;
  if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError) {
    return error.cause;
  }
  return undefined;
}

/**
 * Meilisearch errors → AppErrors. Unreachable, timed out or 5xx → SearchUnavailableError
 * (retryable); anything else keeps Meilisearch's answer as `cause`.
 */
export function toAppError(error: unknown, action: string): AppError {
  if (error instanceof AppError) return error;
  const apiError = apiErrorOf(error);
  if (apiError !== undefined) return fromApiError(apiError, action);
  if (
    error instanceof MeilisearchRequestError ||
    error instanceof MeilisearchRequestTimeOutError ||
    error instanceof MeilisearchTaskTimeOutError
  ) {
    return new SearchUnavailableError(`Không kết nối được máy tìm kiếm (${action}).`, {
      cause: error,
    });
  }
  // fetch failures that meilisearch-js did not wrap
  if (error instanceof TypeError) {
    return new SearchUnavailableError(`Không kết nối được máy tìm kiếm (${action}).`, {
      cause: error,
    });
  }
  return new AppError('internal_error', `Lỗi máy tìm kiếm (${action})`, { cause: error });
}

function fromApiError(error: MeilisearchApiError, action: string): AppError {
  const status = error.response.status;
  if (status >= 500 || status === 429) {
    return new SearchUnavailableError(`Máy tìm kiếm tạm thời lỗi (${action}, HTTP ${status}).`, {
      cause: error,
    });
  }
  if (error.cause?.code === 'index_not_found') {
    return new SearchUnavailableError(`Chỉ mục tìm kiếm chưa được tạo (${action}).`, {
      cause: error,
    });
  }
  return new AppError(
    'internal_error',
    `Meilisearch từ chối yêu cầu (${action}): ${error.message}`,
    {
      cause: error,
      context: { status, code: error.cause?.code },
    },
  );
}
