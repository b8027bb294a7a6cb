export * from './catalog.ts';
export * from './connections.ts';
export * from './producer.ts';
