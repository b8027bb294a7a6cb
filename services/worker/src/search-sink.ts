/**
 * TEMPORARY adapter until @vanban/search lands: writes derived records straight to Meilisearch's
 * HTTP API and awaits the task. Replaced by createSearchIndex({url, apiKey, prefix}).
 */
import { SearchUnavailableError } from '@vanban/core';
import type { DerivedRecord } from '@vanban/storage';
import type { SearchSink } from './ports.ts';

export interface SearchSinkOptions {
  url: string;
  apiKey: string | undefined;
  prefix: string;
}

export function createSearchSink(options: SearchSinkOptions): SearchSink {
  const uid = `${options.prefix}-documents`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.apiKey) headers['authorization'] = `Bearer ${options.apiKey}`;

  async function call(method: string, path: string, body?: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${options.url}${path}`, {
        method,
        headers,
        signal: AbortSignal.timeout(30_000),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new SearchUnavailableError('Meilisearch is unreachable', { cause: error });
    }
    if (!response.ok) {
      throw new SearchUnavailableError(
        `Meilisearch answered ${response.status} to ${method} ${path}`,
      );
    }
    return response.json();
  }

  async function waitTask(taskUid: number): Promise<void> {
    for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
      const task = (await call('GET', `/tasks/${taskUid}`)) as { status: string; error?: unknown };
      if (task.status === 'succeeded') return;
      if (task.status === 'failed' || task.status === 'canceled') {
        throw new SearchUnavailableError(`Meilisearch task ${taskUid} ${task.status}`, {
          context: { error: task.error },
        });
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  return {
    async ensureIndex() {
      const task = (await call('POST', '/indexes', { uid, primaryKey: 'id' })) as {
        taskUid: number;
      };
      try {
        await waitTask(task.taskUid);
      } catch {
        // index_already_exists is fine
      }
    },
    async upsert(record: DerivedRecord) {
      const a = record.analysis;
      const doc = {
        id: record.id,
        title: a.title,
        docType: a.docType,
        ownNumber: a.ownNumber,
        issuer: a.issuer,
        date: a.date,
        year: a.year,
        text: record.text,
        citedKeys: [...new Set(a.citations.map((c) => c.key))],
        fileNames: record.names,
      };
      const task = (await call('PUT', `/indexes/${uid}/documents`, [doc])) as { taskUid: number };
      await waitTask(task.taskUid);
    },
  };
}
