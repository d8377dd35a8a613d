import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { ValidationError } from '../../core/errors.js';
import type { LocalFileStore } from '../../adapters/local/local-file-store.js';
import type { FileStore } from '../../ports/file-store.js';
import type { AppEnv } from '../app-env.js';
import { principalOf } from '../auth/middleware.js';
import { errorResponses } from '../error-body.js';
import { UploadRequestSchema } from '../schemas/case-schemas.js';
import { validationHook } from '../validation-hook.js';

const uploadRoute = createRoute({
  method: 'post',
  path: '/files/uploads',
  tags: ['files'],
  summary: 'Ask for a URL to upload one material file to (presigned S3 PUT, or the local server)',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: UploadRequestSchema } } } },
  responses: {
    201: {
      description: 'Where to PUT the bytes',
      content: {
        'application/json': {
          schema: z.object({ fileId: z.string(), uploadUrl: z.string(), method: z.literal('PUT'), headers: z.record(z.string(), z.string()), expiresAt: z.string() }),
        },
      },
    },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

/** Upload tickets: the same in AWS and locally; only the URL they point to differs. */
export function fileRoutes(files: FileStore, now: () => Date) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(uploadRoute, async (c) => {
    const principal = principalOf(c.get('principal'), ['resident', 'proxy', 'clerk']);
    const ticket = await files.createUpload({ ownerId: principal.userId, ...c.req.valid('json') }, now());
    return c.json(ticket, 201);
  });
  return app;
}

/** The embedded default's stand-in for S3: signed PUT and GET of the bytes on local disk. */
export function localFileContentRoutes(files: LocalFileStore, now: () => Date) {
  const signed = (c: { req: { param(name: string): string; query(name: string): string | undefined } }, purpose: 'put' | 'get') => {
    const fileId = c.req.param('fileId');
    const ok = files.verify(fileId, purpose, Number(c.req.query('expires')), c.req.query('signature') ?? '', now());
    if (!ok || c.req.query('purpose') !== purpose) throw new ValidationError([{ path: 'query.signature', message: 'intake.upload.signature' }]);
    return fileId;
  };
  return new Hono<AppEnv>()
    .put('/files/:fileId/content', async (c) => {
      const fileId = signed(c, 'put');
      const meta = await files.describe(fileId);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (!meta || bytes.byteLength !== meta.size) throw new ValidationError([{ path: '(body)', message: 'intake.upload.size' }]);
      await files.write(fileId, bytes);
      return c.body(null, 200);
    })
    .get('/files/:fileId/content', async (c) => {
      const fileId = signed(c, 'get');
      const meta = await files.describe(fileId);
      const bytes = await files.read(fileId);
      return c.body(new Uint8Array(bytes), 200, {
        'content-type': meta?.contentType ?? 'application/octet-stream',
        'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(meta?.name ?? fileId)}`,
      });
    });
}
