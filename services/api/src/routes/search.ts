import { Hono } from 'hono';
import { z } from 'zod';
import type { SearchService } from '../services/search-service.ts';
import { zv } from '../validation.ts';

const year = z.coerce.number().int().min(1900).max(2100);
const text = (max: number) => z.string().trim().min(1).max(max);
/** Letters and digits joined by `-`, `/` or `.`; a partial key may end in `?` (design.md keys). */
const ACT_KEY = /^[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)*(?:[-/][\p{L}\p{N}]+|\/\?)$/u;

/** Query parameters of `GET /api/search` (design.md). Unknown parameters are ignored. */
export const searchQuerySchema = z
  .object({
    q: z.string().trim().max(500).optional(),
    year: year.optional(),
    yearFrom: year.optional(),
    yearTo: year.optional(),
    type: text(100).optional(),
    issuer: text(300).optional(),
    /** an act key (35-NQ/TW, 3006/KH-UBND, 09/2017/NĐ-CP, 17-CT/?); escaped by @vanban/search */
    cites: text(100)
      .regex(
        ACT_KEY,
        'cites phải là số/ký hiệu của một văn bản, ví dụ 35-NQ/TW, 3006/KH-UBND hoặc 09/2017/NĐ-CP',
      )
      .describe('Khóa văn bản được trích dẫn (ví dụ 35-NQ/TW): chỉ những văn bản trích dẫn nó.')
      .optional(),
    sort: z.enum(['relevance', 'date']).default('relevance'),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine((v) => v.yearFrom === undefined || v.yearTo === undefined || v.yearFrom <= v.yearTo, {
    message: 'yearFrom phải nhỏ hơn hoặc bằng yearTo',
    path: ['yearFrom'],
  });
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export function createSearchRoutes(deps: { search: SearchService }): Hono {
  const app = new Hono();
  app.get('/', zv('query', searchQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const params = { ...query, q: query.q === '' ? undefined : query.q };
    return c.json(await deps.search.search(params));
  });
  return app;
}
