import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import { rolesFor } from '../../core/auth/policy.js';
import { deleteDraft } from '../../use-cases/drafts/delete-draft.js';
import type { DraftDeps } from '../../use-cases/drafts/draft-deps.js';
import { getDraft } from '../../use-cases/drafts/get-draft.js';
import { listDrafts } from '../../use-cases/drafts/list-drafts.js';
import { saveDraft } from '../../use-cases/drafts/save-draft.js';
import type { AppEnv } from '../app-env.js';
import { principalOf, requireRole } from '../auth/middleware.js';
import { errorResponses } from '../error-body.js';
import { draftMessages } from '../i18n/messages/drafts.js';
import { registerMessages } from '../i18n/translate.js';
import { DraftListSchema, DraftParamsSchema, DraftSchema, DraftSummarySchema, SaveDraftSchema } from '../schemas/draft-schemas.js';
import { validationHook } from '../validation-hook.js';

registerMessages(draftMessages);

const json = <S extends z.ZodTypeAny>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });
const PATH = '/drafts/{itemCode}/{townshipId}';
const refusals = { 401: errorResponses[401], 403: errorResponses[403] };

const listRoute = createRoute({
  operationId: 'listDrafts',
  method: 'get',
  path: '/drafts',
  tags: ['drafts'],
  summary: "The caller's unfinished applications (resident or village proxy), most recently saved first; no answers in the list",
  security: [{ bearer: [] }],
  responses: { 200: json(DraftListSchema, 'Drafts (one page: at most 50 are kept)'), ...refusals },
});

const getRoute = createRoute({
  operationId: 'getDraft',
  method: 'get',
  path: PATH,
  tags: ['drafts'],
  summary: "One of the caller's drafts with everything typed so far, to resume it on this device",
  security: [{ bearer: [] }],
  request: { params: DraftParamsSchema },
  responses: { 200: json(DraftSchema, 'The draft'), 400: errorResponses[400], ...refusals, 404: errorResponses[404] },
});

const saveRoute = createRoute({
  operationId: 'saveDraft',
  method: 'put',
  path: PATH,
  tags: ['drafts'],
  summary: 'Save the draft of an application, on condition that the stored version is still the one it was based on',
  description:
    'A first save carries `basedOn: 0`. A stale save (changed on another device: `DRAFT_CHANGED`), or a first save where a draft exists ' +
    '(`DRAFT_EXISTS`), is refused with 409 and `current` (the stored version and time); one based on a draft that was deleted, ' +
    'submitted or expired meanwhile gets 409 `DRAFT_GONE`. Nothing is overwritten unless the save names the stored version. ' +
    'The draft is deleted 30 days after its last save, and when the application is submitted.',
  security: [{ bearer: [] }],
  request: { params: DraftParamsSchema, body: { required: true, content: { 'application/json': { schema: SaveDraftSchema } } } },
  responses: {
    200: json(DraftSummarySchema, 'Saved: the new version, its time and expiry'),
    400: errorResponses[400],
    ...refusals,
    409: errorResponses[409],
  },
});

const deleteRoute = createRoute({
  operationId: 'deleteDraft',
  method: 'delete',
  path: PATH,
  tags: ['drafts'],
  summary: "Delete one of the caller's drafts",
  security: [{ bearer: [] }],
  request: { params: DraftParamsSchema },
  responses: { 204: { description: 'Deleted' }, 400: errorResponses[400], ...refusals, 404: errorResponses[404] },
});

/** Drafts of applications kept on the server, each account its own (issue 11). Answers are never logged. */
export function draftRoutes(deps: DraftDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // Role first, so a clerk's or an anonymous request is refused before its body is even read.
  app.use('/drafts', requireRole(...rolesFor('keep_drafts')));
  app.use('/drafts/*', requireRole(...rolesFor('keep_drafts')));

  app.openapi(listRoute, async (c) => c.json({ items: await listDrafts(deps, principalOf(c.get('principal'))) }, 200));
  app.openapi(getRoute, async (c) => c.json((await getDraft(deps, principalOf(c.get('principal')), c.req.valid('param'))) as never, 200));
  app.openapi(saveRoute, async (c) => {
    const { basedOn, ...content } = c.req.valid('json');
    const saved = await saveDraft(deps, principalOf(c.get('principal')), c.req.valid('param'), basedOn, content);
    c.get('logger').info('draft saved', { itemCode: saved.itemCode, townshipId: saved.townshipId, version: saved.version });
    return c.json(saved, 200);
  });
  app.openapi(deleteRoute, async (c) => {
    await deleteDraft(deps, principalOf(c.get('principal')), c.req.valid('param'));
    return c.body(null, 204);
  });
  return app;
}
