import type { AuthStore } from '../auth/index.ts';
import type { ApiConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { DocumentStorePort, SearchIndexPort } from '../ports.ts';
import { createActService, type ActService } from './act-service.ts';
import { createDocumentService, type DocumentService } from './document-service.ts';
import { createSearchService, type SearchService } from './search-service.ts';

export * from './act-service.ts';
export * from './document-service.ts';
export * from './search-service.ts';

/** The read-side services the JSON routes and the server-rendered UI share. */
export interface ApiServices {
  search: SearchService;
  documents: DocumentService;
  acts: ActService;
  auth: AuthStore;
  config: ApiConfig;
  logger: Logger;
}

export function createServices(deps: {
  search: SearchIndexPort;
  store: DocumentStorePort;
  auth: AuthStore;
  config: ApiConfig;
  logger: Logger;
}): ApiServices {
  const acts = createActService({ search: deps.search });
  return {
    acts,
    search: createSearchService({ search: deps.search, acts }),
    documents: createDocumentService({ search: deps.search, store: deps.store }),
    auth: deps.auth,
    config: deps.config,
    logger: deps.logger,
  };
}
