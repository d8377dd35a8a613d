import { rolesFor } from '../../../core/auth/policy.js';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ValidationError } from '../../../core/errors.js';
import { ItemContentSchema } from '../../../core/catalogue/item-version.js';
import { changeOffering } from '../../../use-cases/catalogue/change-offering.js';
import { createItem, editItem } from '../../../use-cases/catalogue/save-item.js';
import type { AppEnv } from '../../app-env.js';
import { principalOf } from '../../auth/middleware.js';
import type { AppDeps } from '../../deps.js';
import { errorResponses } from '../../error-body.js';
import { validationHook } from '../../validation-hook.js';
import * as s from './schemas.js';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });
const tags = ['catalogue'];
const security = [{ bearer: [] }];
const refusals = {
  400: errorResponses[400],
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};

const createItemRoute = createRoute({
  method: 'post',
  path: '/catalogue/items',
  tags,
  security,
  summary: 'Create an item (version 1). Administrators of the county only',
  request: { body: body(s.CreateItemBody) },
  responses: { 201: json(s.ItemVersionResponse, 'Version 1 of the item'), ...refusals },
});

const editItemRoute = createRoute({
  method: 'put',
  path: '/catalogue/items/{code}',
  tags,
  security,
  summary: 'Edit an item: adds the next version, effective from a date not before today',
  request: { params: s.CodeParam, body: body(s.EditItemBody) },
  responses: { 200: json(s.ItemVersionResponse, 'The new version'), ...refusals },
});

const offeringRoute = createRoute({
  method: 'post',
  path: '/catalogue/items/{code}/offerings',
  tags,
  security,
  summary: 'Grant (赋权), entrust (委托) or recall (收回) an item for one township from a date',
  request: { params: s.CodeParam, body: body(s.OfferingBody) },
  responses: { 201: json(s.OfferingRecordResponse, 'The new offering record'), ...refusals },
});

/** Catalogue writes: administrators of the item's county only (401 anonymous, 403 otherwise). */
export function catalogueWriteRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(createItemRoute, async (c) => {
    const actor = principalOf(c.get('principal'), rolesFor('edit_catalogue'));
    const { effectiveFrom, changeNote, ...rest } = c.req.valid('json');
    const content = ItemContentSchema.parse({ ...rest, countyId: rest.countyId ?? actor.countyId ?? '' });
    const version = await createItem(deps, { content, effectiveFrom, changeNote }, { actor, now: deps.now() });
    c.get('logger').info('catalogue item created', { code: version.code, version: version.version });
    return c.json(version, 201);
  });

  app.openapi(editItemRoute, async (c) => {
    const actor = principalOf(c.get('principal'), rolesFor('edit_catalogue'));
    const { code } = c.req.valid('param');
    const { effectiveFrom, changeNote, baseVersion, ...rest } = c.req.valid('json');
    if (rest.code !== undefined && rest.code !== code) {
      throw new ValidationError([{ path: 'code', message: 'catalogue.item.codeMismatch' }]);
    }
    const content = ItemContentSchema.parse({ ...rest, code, countyId: rest.countyId ?? actor.countyId ?? '' });
    const version = await editItem(deps, { content, effectiveFrom, changeNote, baseVersion }, { actor, now: deps.now() });
    c.get('logger').info('catalogue item edited', { code, version: version.version, effectiveFrom });
    return c.json(version, 200);
  });

  app.openapi(offeringRoute, async (c) => {
    const actor = principalOf(c.get('principal'), rolesFor('edit_catalogue'));
    const { code } = c.req.valid('param');
    const change = c.req.valid('json');
    const record = await changeOffering(deps, { ...change, itemCode: code }, { actor, now: deps.now() });
    c.get('logger').info('catalogue offering changed', { code, townshipId: record.townshipId, action: record.action, seq: record.seq });
    return c.json(record, 201);
  });

  return app;
}
