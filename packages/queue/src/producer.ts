import { Queue, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppError } from '@vanban/core';
import { JOBS, QUEUE_NAME, type JobName, type JobPayload } from './catalog.ts';

export interface EnqueueResult {
  jobId: string;
}

/** The typed producer: catalog names only; payloads are parsed before they reach Redis. */
export interface Producer {
  readonly queue: Queue;
  enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<EnqueueResult>;
  enqueueMany<N extends JobName>(name: N, payloads: Array<JobPayload<N>>): Promise<EnqueueResult[]>;
  close(): Promise<void>;
}

export interface ProducerOptions {
  connection: Redis;
  /** BullMQ key prefix (VANBAN_QUEUE_PREFIX) */
  prefix: string;
  /**
   * How long an enqueue waits for a connection that is reconnecting (Redis just restarted)
   * before it answers queue_unavailable; the producer connection queues no commands itself.
   */
  reconnectWaitMs?: number;
}

const DEFAULT_RECONNECT_WAIT_MS = 5_000;

/** Resolves once the connection is ready; rejects after `timeoutMs` or when it gives up. */
export function whenConnectionReady(connection: Redis, timeoutMs: number): Promise<void> {
  if (connection.status === 'ready') return Promise.resolve();
  if (connection.status === 'end' || connection.status === 'wait') {
    return Promise.reject(new Error(`Redis connection is ${connection.status}`));
  }
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      clearTimeout(timer);
      connection.off('ready', onReady);
      connection.off('end', onEnd);
    };
    const onReady = (): void => {
      cleanup();
      resolve();
    };
    const onEnd = (): void => {
      cleanup();
      reject(new Error('Redis connection ended'));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Redis not reachable within ${timeoutMs} ms`));
    }, timeoutMs);
    connection.on('ready', onReady);
    connection.on('end', onEnd);
  });
}

export function createQueue(options: ProducerOptions): Queue {
  return new Queue(QUEUE_NAME, {
    connection: options.connection,
    prefix: options.prefix,
    defaultJobOptions: {
      removeOnComplete: true,
      removeOnFail: false,
    },
  });
}

function jobOptions<N extends JobName>(name: N, payload: JobPayload<N>) {
  const def = JOBS[name];
  const jobId = (def.jobId as (p: JobPayload<N>) => string)(payload);
  return {
    jobId,
    attempts: def.attempts,
    backoff: def.backoff,
    removeOnComplete: true,
    removeOnFail: false,
  };
}

function parse<N extends JobName>(name: N, payload: unknown): JobPayload<N> {
  const result = JOBS[name].schema.safeParse(payload);
  if (!result.success) {
    throw new AppError(
      'validation_error',
      `Invalid payload for job ${name}: ${result.error.message}`,
    );
  }
  return result.data as JobPayload<N>;
}

function queueUnavailable(error: unknown): never {
  if (error instanceof AppError) throw error;
  throw new AppError('queue_unavailable', 'The job queue (Redis) is unavailable.', {
    retryable: true,
    cause: error,
  });
}

export function createProducer(options: ProducerOptions): Producer {
  const queue = createQueue(options);
  const reconnectWaitMs = options.reconnectWaitMs ?? DEFAULT_RECONNECT_WAIT_MS;
  const ready = (): Promise<void> =>
    whenConnectionReady(options.connection, reconnectWaitMs).catch(queueUnavailable);
  return {
    queue,
    async enqueue(name, payload) {
      const data = parse(name, payload);
      const opts = jobOptions(name, data);
      await ready();
      try {
        const job: Job = await queue.add(name, data, opts);
        return { jobId: job.id ?? opts.jobId };
      } catch (error) {
        return queueUnavailable(error);
      }
    },
    async enqueueMany(name, payloads) {
      const parsed = payloads.map((payload) => parse(name, payload));
      if (parsed.length === 0) return [];
      await ready();
      try {
        const jobs = await queue.addBulk(
          parsed.map((data) => ({ name, data, opts: jobOptions(name, data) })),
        );
        return jobs.map((job, i) => ({ jobId: job.id ?? jobOptions(name, parsed[i]!).jobId }));
      } catch (error) {
        return queueUnavailable(error);
      }
    },
    async close() {
      await queue.close();
    },
  };
}
