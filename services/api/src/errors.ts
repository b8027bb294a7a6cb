import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { AppError, type ErrorCode } from '@vanban/core';
import type { Logger } from './logger.ts';

/** The one error body of the API (design.md "HTTP API"). */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** AppError code → HTTP status. Every code of @vanban/core has an entry (checked by the compiler). */
export const STATUS_BY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  validation_error: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_format: 415,
  encrypted_document: 422,
  corrupt_document: 422,
  empty_document: 422,
  file_unreadable: 422,
  unsafe_archive_path: 422,
  archive_limit_exceeded: 413,
  extraction_timeout: 503,
  search_unavailable: 503,
  queue_unavailable: 503,
  config_error: 500,
  not_ready: 503,
  internal_error: 500,
};

/** Fixed user-facing messages for server-side failures: internal messages never leave the server. */
const SERVER_MESSAGES: Partial<Record<ErrorCode, string>> = {
  search_unavailable: 'Dịch vụ tìm kiếm tạm thời không sẵn sàng, vui lòng thử lại sau.',
  queue_unavailable: 'Hàng đợi xử lý tạm thời không sẵn sàng, vui lòng thử lại sau.',
  extraction_timeout: 'Xử lý tài liệu quá thời gian cho phép, vui lòng thử lại sau.',
  not_ready: 'Dịch vụ chưa sẵn sàng.',
};

/** 5xx codes whose `details` are built by the API itself (never from an exception) and may be shown. */
const PUBLIC_DETAILS: ReadonlySet<ErrorCode> = new Set(['not_ready']);
const INTERNAL_MESSAGE = 'Lỗi máy chủ nội bộ.';

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'validation_error',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
};

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return details === undefined
    ? { error: { code, message } }
    : { error: { code, message, details } };
}

export function statusForCode(code: ErrorCode): ContentfulStatusCode {
  return STATUS_BY_CODE[code];
}

/** Turns any thrown value into (status, body). 5xx bodies carry a fixed message only. */
export function toErrorResponse(err: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  if (err instanceof AppError) {
    const status = statusForCode(err.code);
    if (status >= 500) {
      const details = PUBLIC_DETAILS.has(err.code) ? err.context?.['details'] : undefined;
      return {
        status,
        body: errorBody(err.code, SERVER_MESSAGES[err.code] ?? INTERNAL_MESSAGE, details),
      };
    }
    const details = err.context?.['details'];
    return { status, body: errorBody(err.code, err.message, details) };
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code = HTTP_CODES[status] ?? (status >= 500 ? 'internal_error' : 'validation_error');
    const message = status >= 500 ? INTERNAL_MESSAGE : defaultMessage(code);
    return { status, body: errorBody(code, message) };
  }
  return { status: 500, body: errorBody('internal_error', INTERNAL_MESSAGE) };
}

function defaultMessage(code: ErrorCode): string {
  switch (code) {
    case 'unauthorized':
      return 'Cần đăng nhập hoặc mã truy cập hợp lệ.';
    case 'forbidden':
      return 'Tài khoản không có quyền thực hiện thao tác này.';
    case 'not_found':
      return 'Không tìm thấy.';
    case 'payload_too_large':
      return 'Dữ liệu gửi lên vượt quá dung lượng cho phép.';
    case 'conflict':
      return 'Xung đột dữ liệu.';
    default:
      return 'Yêu cầu không hợp lệ.';
  }
}

export function createErrorHandler(logger: Logger): ErrorHandler {
  return (err, c) => {
    const { status, body } = toErrorResponse(err);
    const requestId = requestIdOf(c);
    if (status >= 500 && body.error.code !== 'not_ready') {
      logger.error('request failed', { requestId, error: err, code: body.error.code });
    }
    return c.json(body, status);
  };
}

export const notFoundHandler: NotFoundHandler = (c) =>
  c.json(errorBody('not_found', `Không có đường dẫn ${c.req.method} ${c.req.path}.`), 404);

/** Reads and drops a request body, up to `maxBytes` and `timeoutMs`; true when it reached the end. */
async function discardBody(
  request: Request,
  maxBytes: number,
  timeoutMs: number,
): Promise<boolean> {
  if (!request.body) return true;
  // bodyLimit already read part of a chunked body: what is left is not ours to read here.
  if (request.body.locked || request.bodyUsed) return false;
  const reader = request.body.getReader();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const drain = (async () => {
    let read = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      read += value.byteLength;
      if (read > maxBytes) return false;
    }
  })().catch(() => false);
  try {
    const finished = await Promise.race([drain, timeout]);
    if (!finished) await reader.cancel().catch(() => undefined);
    return finished;
  } finally {
    clearTimeout(timer);
  }
}

/** How much of a refused body is read and dropped so the connection can stay open. */
const DISCARD_MAX_BYTES = 16 * 1024 * 1024;
const DISCARD_TIMEOUT_MS = 2000;

/**
 * JSON 413 for bodyLimit (the body is never buffered). A modest remainder is read and dropped so
 * the client gets the answer on a connection that stays usable; beyond that the connection is
 * closed after the answer (`Connection: close`), so no client reuses a socket we stop reading.
 */
export async function payloadTooLarge(c: Context, maxBytes: number): Promise<Response> {
  if (!(await discardBody(c.req.raw, DISCARD_MAX_BYTES, DISCARD_TIMEOUT_MS))) {
    c.header('Connection', 'close');
  }
  return c.json(
    errorBody('payload_too_large', 'Dữ liệu gửi lên vượt quá dung lượng cho phép.', { maxBytes }),
    413,
  );
}

function requestIdOf(c: Context): string | undefined {
  const value: unknown = c.get('requestId' as never);
  return typeof value === 'string' ? value : undefined;
}
