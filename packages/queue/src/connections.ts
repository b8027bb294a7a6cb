import { Redis } from 'ioredis';

export interface ConnectionExtras {
  /** shows up in `CLIENT LIST` */
  connectionName?: string;
  /**
   * ioredis auto-pipelining: commands issued in the same event-loop tick share one write and one
   * round trip (for plain command connections; not for BullMQ's own connections)
   */
  autoPipelining?: boolean;
}

/**
 * Producer connection (API, CLI): fails fast instead of queueing commands while Redis is down,
 * so an upload answers 503 at once rather than hanging.
 */
export function createProducerConnection(url: string, extras: ConnectionExtras = {}): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5000,
    ...(extras.connectionName ? { connectionName: extras.connectionName } : {}),
  });
}

/**
 * Worker connection: BullMQ needs `maxRetriesPerRequest: null` for its blocking commands; the
 * worker waits for Redis to come back instead of failing jobs.
 */
export function createWorkerConnection(url: string, extras: ConnectionExtras = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    ...(extras.autoPipelining === true ? { enableAutoPipelining: true } : {}),
    ...(extras.connectionName ? { connectionName: extras.connectionName } : {}),
  });
}
