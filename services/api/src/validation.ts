import { validator } from 'hono/validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ValidationError } from '@vanban/core';

export interface ValidationIssue {
  /** the parameter or field, e.g. `year` or `password` */
  param: string;
  message: string;
}

/** Parses `value` with `schema`, or throws a ValidationError naming every bad parameter. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => ({
    param: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
  const names = [...new Set(issues.map((i) => i.param))].join(', ');
  throw new ValidationError(`Tham số không hợp lệ: ${names}`, { context: { details: issues } });
}

/**
 * The zod validation hook of the API: a Hono validator for one target whose failures become
 * ValidationError (rendered by app.onError as 400 with `details`).
 */
export function zv<T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) {
  return validator(target, (value) => parseOrThrow(schema, value));
}
