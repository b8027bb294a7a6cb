/** The CLI's small HTTP client for the running Vanban service (ingest, reindex, search). */
import { parseArgs } from 'node:util';

export interface RemoteOptions {
  url: string;
  token: string | undefined;
}

export interface CommandContext {
  cwd: string;
  /** VANBAN_TOKEN, read by main.ts */
  token?: string | undefined;
  /** VANBAN_URL, read by main.ts */
  url?: string | undefined;
  stdout?: NodeJS.WritableStream & { isTTY?: boolean };
  stderr?: NodeJS.WritableStream & { isTTY?: boolean };
}

export const DEFAULT_URL = 'http://127.0.0.1:8080';

export class CliError extends Error {
  override name = 'CliError';
}

export function remoteOptions(
  values: { url?: string | undefined; token?: string | undefined },
  context: CommandContext,
): RemoteOptions {
  const url = (values.url ?? context.url ?? DEFAULT_URL).replace(/\/+$/, '');
  return { url, token: values.token ?? context.token };
}

export const REMOTE_ARGS = {
  url: { type: 'string' },
  token: { type: 'string' },
} as const;

export { parseArgs };

/** fetch with the bearer token; a non-2xx answer becomes a CliError with the server's message. */
export async function callApi(
  remote: RemoteOptions,
  path: string,
  init: RequestInit = {},
): Promise<unknown> {
  const headers = new Headers(init.headers);
  if (remote.token) headers.set('authorization', `Bearer ${remote.token}`);
  let response: Response;
  try {
    response = await fetch(`${remote.url}${path}`, { ...init, headers });
  } catch (error) {
    throw new CliError(
      `không kết nối được tới dịch vụ ${remote.url} (${(error as Error).message}); dịch vụ đã chạy chưa?`,
    );
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    const hint =
      response.status === 401 && !remote.token
        ? ' (cần --token hoặc biến môi trường VANBAN_TOKEN)'
        : '';
    throw new CliError(
      `${init.method ?? 'GET'} ${path}: ${response.status} ${error?.code ?? ''} ${error?.message ?? text.slice(0, 200)}${hint}`.replace(
        /\s+/g,
        ' ',
      ),
    );
  }
  return body;
}
