import { Hono } from 'hono';
import { z } from 'zod';
import { roleSchema, type AuthStore, type AuthVariables } from '../auth/index.ts';
import { zv } from '../validation.ts';

export const createUserSchema = z.object({
  username: z
    .string()
    .regex(
      /^[A-Za-z0-9._-]{3,64}$/,
      'Tên đăng nhập 3-64 ký tự: chữ, số, dấu chấm, gạch ngang, gạch dưới.',
    ),
  password: z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự.').max(1024),
  role: roleSchema,
});

export const createTokenSchema = z.object({
  label: z.string().trim().min(1).max(200),
  role: roleSchema,
});

/** Admin account management, mounted under `/api/admin` behind `requireRole('admin')`. */
export function createAdminAccountRoutes(deps: {
  auth: AuthStore;
}): Hono<{ Variables: AuthVariables }> {
  const app = new Hono<{ Variables: AuthVariables }>();
  app.post('/users', zv('json', createUserSchema), async (c) => {
    const user = await deps.auth.createUser(c.req.valid('json'));
    return c.json(user, 201);
  });
  /** The token value is in this response only; Redis keeps its SHA-256. */
  app.post('/tokens', zv('json', createTokenSchema), async (c) => {
    const issued = await deps.auth.issueToken(c.req.valid('json'));
    return c.json(issued, 201);
  });
  return app;
}
