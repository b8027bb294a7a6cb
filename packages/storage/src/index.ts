export * from './atomic-write.ts';
export * from './ids.ts';
export * from './blob-store.ts';
export * from './derived-store.ts';
export * from './record-types.ts';
export * from './record-store.ts';
