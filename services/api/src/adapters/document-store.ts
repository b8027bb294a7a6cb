import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { BlobStore, DerivedStore } from '@vanban/storage';
import type { DocumentStorePort } from '../ports.ts';

/** The API's view of @vanban/storage: derived records and streamed originals. */
export function createDocumentStore(stores: {
  blobs: BlobStore;
  derived: DerivedStore;
}): DocumentStorePort {
  return {
    getDerived: (id) => stores.derived.get(id),
    async openOriginal(sha256) {
      if (!(await stores.blobs.has(sha256))) return null;
      const path = stores.blobs.pathOf(sha256);
      const { size } = await stat(path);
      return { stream: createReadStream(path), size };
    },
  };
}
