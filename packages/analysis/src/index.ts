export * from './types.ts';
export { analyze } from './analyze.ts';
