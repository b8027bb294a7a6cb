import { z } from 'zod';

/** Roles are ordered: each one may do everything the roles before it may. */
export const ROLES = ['viewer', 'uploader', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export function roleAtLeast(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}

/** Who made a request: a bearer token or a signed-in user. */
export type Principal =
  { kind: 'token'; role: Role; label: string } | { kind: 'session'; role: Role; username: string };
