import { z } from 'zod';
import { errorBodySchema } from './errors.ts';
import { createTokenSchema, createUserSchema } from './routes/admin-accounts.ts';
import { searchQuerySchema } from './routes/search.ts';
import { signInSchema } from './routes/session.ts';

/**
 * OpenAPI 3.1 description of the API. The paths are written by hand (a short, readable list that
 * mirrors app.ts); request schemas come from the same zod schemas the routes validate with
 * (`z.toJSONSchema`), so the description cannot drift from validation.
 */
const json = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const jsonBody = (schema: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: json(schema) } },
});
const ok = (description: string, schema: object = { type: 'object' }) => ({
  description,
  content: { 'application/json': { schema } },
});
const secured = [{ bearer: [] }, { session: [] }];

const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const nullableInt = { type: ['integer', 'null'] };
const counts = { type: 'object', additionalProperties: { type: 'integer' } };
const documentRef = {
  type: 'object',
  required: ['documentId'],
  properties: {
    documentId: str,
    title: nullableStr,
    docType: nullableStr,
    year: nullableInt,
    date: nullableStr,
  },
};
const conflict = {
  type: 'object',
  properties: {
    field: { const: 'date' },
    message: str,
    values: {
      type: 'array',
      items: {
        type: 'object',
        properties: { value: str, documentIds: { type: 'array', items: str } },
      },
    },
  },
};
const searchResponse = {
  type: 'object',
  required: ['hits', 'total', 'facets', 'interpretation'],
  properties: {
    hits: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: str,
          title: nullableStr,
          docType: nullableStr,
          ownNumber: nullableStr,
          issuer: nullableStr,
          date: nullableStr,
          year: nullableInt,
          snippet: { type: 'string', description: 'HTML-escaped text with <mark> highlights' },
          fileNames: {
            type: 'array',
            items: str,
            description: 'every name the bytes were uploaded under',
          },
        },
      },
    },
    total: { type: 'integer' },
    facets: { type: 'object', properties: { year: counts, docType: counts, issuer: counts } },
    interpretation: { type: 'object', properties: { citations: { type: 'array', items: str } } },
    act: {
      type: 'object',
      description: 'present when the query names one act the archive cites or holds',
      properties: {
        key: str,
        type: nullableStr,
        number: str,
        dates: { type: 'array', items: str },
        issuers: { type: 'array', items: str },
        subjects: { type: 'array', items: str },
        conflicts: { type: 'array', items: conflict },
        citingCount: { type: 'integer' },
        citingCountByYear: {
          type: 'array',
          items: { type: 'object', properties: { year: nullableInt, count: { type: 'integer' } } },
        },
        archiveDocumentId: nullableStr,
      },
    },
  },
};
const documentResponse = {
  type: 'object',
  properties: {
    id: str,
    fileNames: { type: 'array', items: str },
    text: {
      type: 'string',
      description: 'normalised stored text; citation start/end are UTF-16 offsets into it',
    },
    analysis: { type: 'object', description: 'the analyze() result (design.md)' },
    citations: {
      type: 'array',
      items: {
        type: 'object',
        description: 'a citation with either resolved (the archive copy) or act (the act page key)',
        properties: {
          key: str,
          surface: str,
          start: { type: 'integer' },
          end: { type: 'integer' },
          relation: { enum: ['implements', 'reports_on', 'basis', 'mentions'] },
          resolved: { type: 'object', properties: { documentId: str } },
          act: { type: 'object', properties: { key: str } },
        },
      },
    },
    citedBy: { type: 'array', items: documentRef },
    ocrPages: {
      type: 'array',
      items: { type: 'integer' },
      description: 'pages (1-based) whose text came from OCR',
    },
    extractionWarnings: {
      type: 'array',
      items: str,
      description: 'what extraction repaired or could not decide (legacy encoding, OCR)',
    },
  },
};
const actResponse = {
  type: 'object',
  properties: {
    key: str,
    number: str,
    types: { type: 'array', items: str },
    dates: { type: 'array', items: str },
    variants: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          date: nullableStr,
          issuer: nullableStr,
          subject: nullableStr,
          documents: {
            type: 'array',
            items: {
              type: 'object',
              properties: { documentId: str, occurrences: { type: 'integer' } },
            },
          },
        },
      },
    },
    conflicts: { type: 'array', items: conflict },
    archiveDocumentIds: { type: 'array', items: str },
    sameNumberDocumentIds: { type: 'array', items: str },
    archiveDocuments: { type: 'array', items: { type: 'object' } },
    citingByYear: {
      type: 'array',
      items: {
        type: 'object',
        properties: { year: nullableInt, documents: { type: 'array', items: documentRef } },
      },
    },
    chain: {
      type: 'object',
      description:
        'implements: what the act implements (up); implementedBy: what implements or reports on it (down); nodes nest children',
      properties: { implements: { type: 'array' }, implementedBy: { type: 'array' } },
    },
  },
};
const common = {
  '401': errorResponse('Thiếu hoặc sai thông tin đăng nhập'),
  '403': errorResponse('Không đủ quyền'),
};

function queryParameters(schema: z.ZodObject): object[] {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: 'query',
    required: false,
    schema: json(field as z.ZodType),
  }));
}

export function buildOpenApi(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vanban API',
      version: '1.0.0',
      description:
        'Tìm kiếm và tra cứu trích dẫn văn bản hành chính. Mọi lỗi có dạng { "error": { "code", "message", "details"? } }.',
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: 'vanban_session' },
      },
      schemas: { Error: json(errorBodySchema) },
    },
    paths: {
      '/healthz': {
        get: { summary: 'Liveness', responses: { '200': ok('Tiến trình đang chạy') } },
      },
      '/readyz': {
        get: {
          summary: 'Readiness (Redis PING and Meilisearch health)',
          responses: {
            '200': ok('Sẵn sàng'),
            '503': errorResponse('Redis hoặc Meilisearch không trả lời'),
          },
        },
      },
      '/api/openapi.json': {
        get: { summary: 'This description', responses: { '200': ok('OpenAPI 3.1') } },
      },
      '/api/session': {
        post: {
          summary: 'Sign in; sets the HttpOnly session cookie',
          requestBody: jsonBody(signInSchema),
          responses: {
            '200': ok('Đã đăng nhập'),
            '400': errorResponse('Dữ liệu không hợp lệ'),
            '401': errorResponse('Sai tên hoặc mật khẩu'),
          },
        },
        delete: { summary: 'Sign out', responses: { '204': { description: 'Đã đăng xuất' } } },
      },
      '/api/search': {
        get: {
          summary: 'Search documents (citations in the query become act filters)',
          security: secured,
          parameters: queryParameters(searchQuerySchema),
          responses: {
            '200': ok('Kết quả tìm kiếm', searchResponse),
            '400': errorResponse('Tham số không hợp lệ (details names each parameter)'),
            ...common,
            '503': errorResponse('Meilisearch không sẵn sàng'),
          },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'A document: analysis, normalised text, resolved citations, citedBy',
          security: secured,
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[0-9a-f]{24}$' },
            },
          ],
          responses: {
            '200': ok('Văn bản', documentResponse),
            '404': errorResponse('Không có văn bản này'),
            ...common,
          },
        },
      },
      '/api/documents/{id}/original': {
        get: {
          summary: 'The original file with its original name (Content-Disposition filename*)',
          security: secured,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'Tệp gốc',
              content: {
                'application/octet-stream': {
                  schema: { type: 'string', contentMediaType: 'application/octet-stream' },
                },
              },
            },
            '404': errorResponse('Không có văn bản này'),
            ...common,
          },
        },
      },
      '/api/acts/{key}': {
        get: {
          summary:
            'An act: variants as cited, conflicts, archive copy, citing documents by year, implementation chain',
          security: secured,
          parameters: [
            {
              name: 'key',
              in: 'path',
              required: true,
              description: 'URL-encoded key, e.g. 102-KH%2FTU',
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': ok('Văn bản được trích dẫn', actResponse),
            '400': errorResponse('Không phải số/ký hiệu'),
            '404': errorResponse('Không văn bản nào trích dẫn hoặc mang số này'),
            ...common,
          },
        },
      },
      '/api/uploads': {
        post: {
          summary:
            'Upload files (multipart, one or more `file` fields: PDF, DOCX, TXT, ZIP); role uploader',
          security: secured,
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    file: {
                      type: 'array',
                      items: { type: 'string', contentMediaType: 'application/octet-stream' },
                    },
                  },
                },
              },
            },
          },
          responses: {
            '202': ok('{batchId, files:[{name, status, documentId?}]}'),
            '400': errorResponse('Không có tệp'),
            '413': errorResponse('Vượt quá dung lượng cho phép'),
            ...common,
          },
        },
      },
      '/api/uploads/{batchId}': {
        get: {
          summary: 'Batch progress; role uploader',
          security: secured,
          parameters: [{ name: 'batchId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': ok('{status, counts, files}'),
            '404': errorResponse('Không có lô này'),
            ...common,
          },
        },
      },
      '/api/admin/users': {
        post: {
          summary: 'Create a user account; role admin',
          security: secured,
          requestBody: jsonBody(createUserSchema),
          responses: {
            '201': ok('{username, role, createdAt}'),
            '400': errorResponse('Dữ liệu không hợp lệ'),
            '409': errorResponse('Tên đã tồn tại'),
            ...common,
          },
        },
      },
      '/api/admin/tokens': {
        post: {
          summary: 'Issue a bearer token (shown once, stored hashed); role admin',
          security: secured,
          requestBody: jsonBody(createTokenSchema),
          responses: {
            '201': ok('{token, label, role, createdAt}'),
            '400': errorResponse('Dữ liệu không hợp lệ'),
            ...common,
          },
        },
      },
      '/api/admin/reindex': {
        post: {
          summary:
            'Re-derive and re-index every stored original (routes/admin-jobs.ts); role admin',
          security: secured,
          responses: { '202': ok('Đã xếp hàng'), ...common },
        },
      },
      '/api/admin/jobs/failed': {
        get: {
          summary: 'Failed jobs (offset, limit); role admin',
          security: secured,
          responses: { '200': ok('Danh sách'), ...common },
        },
      },
      '/api/admin/jobs/{id}/retry': {
        post: {
          summary: 'Retry one failed job; role admin',
          security: secured,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '202': ok('Đã xếp hàng lại'),
            '404': errorResponse('Không có việc này'),
            ...common,
          },
        },
      },
    },
  };
}
