export * from './roles.ts';
export * from './password.ts';
export * from './auth-store.ts';
export * from './middleware.ts';
export * from './session-cookie.ts';
