import { rolesFor } from '../../core/auth/policy.js';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { Hono, type Context } from 'hono';
import { ValidationError } from '../../core/errors.js';
import type { LocalFileStore } from '../../adapters/local/local-file-store.js';
import type { FileStore, StoredFile } from '../../ports/file-store.js';
import { PREVIEWABLE_TYPES } from '../../core/files/content-type.js';
import type { AppEnv } from '../app-env.js';
import { principalOf } from '../auth/middleware.js';
import { errorResponses } from '../error-body.js';
import { UploadRequestSchema } from '../schemas/case-schemas.js';
import { validationHook } from '../validation-hook.js';
import { openCaseFile, type OpenCaseFileDeps } from '../../use-cases/intake/open-case-file.js';

const uploadRoute = createRoute({
  method: 'post',
  operationId: 'requestUpload',
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
          schema: z.object({
            fileId: z.string(),
            uploadUrl: z.string(),
            method: z.literal('PUT'),
            headers: z.record(z.string(), z.string()),
            expiresAt: z.string(),
          }),
        },
      },
    },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const openFileRoute = createRoute({
  operationId: 'openCaseFile',
  method: 'post',
  path: '/cases/{caseId}/files/{fileId}/open',
  tags: ['files'],
  summary: "A short-lived URL to read one material file of a case (its township's staff and the applicant; each is logged)",
  security: [{ bearer: [] }],
  request: { params: z.object({ caseId: z.string().min(1).max(64), fileId: z.string().min(1).max(64) }) },
  responses: {
    200: {
      description: 'Where to GET the bytes (images and PDFs inline and sandboxed, everything else as a download)',
      content: {
        'application/json': {
          schema: z.object({ url: z.string(), name: z.string(), contentType: z.string(), previewable: z.boolean(), expiresAt: z.string() }),
        },
      },
    },
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

/** Opening a case's material file: a signed URL (presigned S3 GET, or the local signed route), logged. */
export function caseFileRoutes(deps: OpenCaseFileDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(openFileRoute, async (c) => {
    const { caseId, fileId } = c.req.valid('param');
    return c.json(await openCaseFile(deps, principalOf(c.get('principal')), caseId, fileId), 200);
  });
  return app;
}

/** Upload tickets: the same in AWS and locally; only the URL they point to differs. */
export function fileRoutes(files: FileStore, now: () => Date) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(uploadRoute, async (c) => {
    const principal = principalOf(c.get('principal'), rolesFor('upload_material'));
    const ticket = await files.createUpload({ ownerId: principal.userId, ...c.req.valid('json') }, now());
    return c.json(ticket, 201);
  });
  return app;
}

/** The embedded default's stand-in for S3: signed PUT and GET of the bytes on local disk. */
export function localFileContentRoutes(files: LocalFileStore, now: () => Date) {
  const signed = async (c: Context<AppEnv>, purpose: 'put' | 'get') => {
    const file = await files.describe(c.req.param('fileId') ?? '');
    const ok = file !== undefined && files.verify(file, purpose, Number(c.req.query('expires')), c.req.query('signature') ?? '', now());
    if (!ok || c.req.query('purpose') !== purpose) throw new ValidationError([{ path: 'query.signature', message: 'intake.upload.signature' }]);
    return file;
  };
  return new Hono<AppEnv>()
    .put('/files/:fileId/content', async (c) => {
      const file = await signed(c, 'put');
      // The URL is bound to its uploader: the PUT carries the uploader's own token.
      const uploaderId = c.get('principal')?.userId;
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      await files.acceptUpload(file, bytes, uploaderId, now());
      return c.body(null, 200);
    })
    .get('/files/:fileId/content', async (c) => {
      const file = await signed(c, 'get');
      if (!file.uploaded || !file.detected) throw new ValidationError([{ path: 'fileId', message: 'intake.file.notUploaded' }]);
      const bytes = await files.read(file.fileId);
      return c.body(new Uint8Array(bytes), 200, downloadHeaders(file));
    });
}

/**
 * How a stored file is served: with the type read from its bytes (never the declared one),
 * `nosniff`, and a CSP that sandboxes it; images and PDFs inline, everything else as a download.
 */
export function downloadHeaders(file: StoredFile): Record<string, string> {
  const type = file.detected?.mime ?? 'application/octet-stream';
  const disposition = PREVIEWABLE_TYPES.includes(type) ? 'inline' : 'attachment';
  return {
    'content-type': type,
    'content-disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
    'cache-control': 'private, no-store',
  };
}
