export { createUiRoutes, ASSETS_DIR } from './routes.tsx';
export type { UiData, UiDeps } from './deps.ts';
export type * from './types.ts';
