/**
 * The HTTP client meilisearch-js uses (its `httpClient` hook): node:http over kept-alive
 * sockets instead of the global fetch. Per search it costs the calling process about 1 ms less
 * CPU than fetch (measured: 2.3 vs 3.1–3.5 ms for a 75 KB answer, BENCHMARKS.md "Search"), which
 * matters when the API and Meilisearch share two cores.
 *
 * Contract of the hook: resolve with the parsed JSON body (undefined when empty), throw on a
 * non-2xx answer. meilisearch-js wraps whatever is thrown in a MeilisearchRequestError (the
 * original as `cause`); `apiErrorOf` in errors.ts unwraps it. An aborted request rejects with the
 * signal's reason, which is how meilisearch-js recognises its own timeout.
 */
import { Agent, request, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { MeilisearchApiError, type MeilisearchErrorResponse } from 'meilisearch';
import { parseJsonBytes } from './parse-json.ts';

export type MeilisearchHttpClient = (
  input: string | URL | Request,
  init?: RequestInit,
) => Promise<unknown>;

function headersOf(
  init: RequestInit | undefined,
  body: string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  const given = init?.headers;
  // meilisearch-js passes a Headers object: read it as is (copying it into a new Headers went
  // through undici's argument conversion on every request)
  if (given instanceof Headers) {
    given.forEach((value, key) => {
      out[key] = value;
    });
  } else if (given !== undefined) {
    new Headers(given).forEach((value, key) => {
      out[key] = value;
    });
  }
  // uncompressed answers: a compressed chunked answer stalls ~40 ms on a kept-alive socket
  out['accept-encoding'] = 'identity';
  if (body !== undefined) out['content-length'] = String(Buffer.byteLength(body));
  return out;
}

function bodyOf(init: RequestInit | undefined): string | undefined {
  const body = init?.body;
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  throw new TypeError('only string request bodies are supported');
}

function readAll(response: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () =>
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)),
    );
    response.on('error', reject);
  });
}

/** A client with its own kept-alive connection pool (one per search index object). */
export function createMeilisearchHttpClient(): MeilisearchHttpClient {
  const agent = new Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 64 });
  const secureAgent = new HttpsAgent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 64 });
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = bodyOf(init);
    const signal = init?.signal ?? undefined;
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const secure = url.protocol === 'https:';
      const send = secure ? httpsRequest : request;
      const req = send(
        url,
        {
          method: init?.method ?? 'GET',
          headers: headersOf(init, body),
          agent: secure ? secureAgent : agent,
        },
        (response) => {
          readAll(response).then((bytes) => {
            const status = response.statusCode ?? 0;
            let parsed: unknown;
            try {
              // parsed in pieces: a whole 60–90 KB answer decoded as one string cost ~35 % more
              parsed = parseJsonBytes(bytes);
            } catch (error) {
              reject(error);
              return;
            }
            if (status >= 200 && status < 300) {
              resolve(parsed);
              return;
            }
            reject(
              new MeilisearchApiError(
                new Response(null, {
                  status: status >= 200 && status <= 599 ? status : 500,
                  statusText: response.statusMessage ?? '',
                }),
                parsed as MeilisearchErrorResponse | undefined,
              ),
            );
          }, reject);
        },
      );
      const onAbort = () => {
        req.destroy();
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('close', () => signal?.removeEventListener('abort', onAbort));
      req.on('error', reject);
      req.end(body);
    });
  };
}
