export * from './types.ts';
export { analyze } from './analyze.ts';
export * from './xref/index.ts';
