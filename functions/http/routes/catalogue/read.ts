import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Principal } from '../../../core/auth/principal.js';
import { chinaDateOf } from '../../../core/catalogue/local-date.js';
import type { AnswerChannel } from '../../../core/catalogue/validate-answers.js';
import { checkAnswers } from '../../../use-cases/catalogue/check-answers.js';
import { getChecklist } from '../../../use-cases/catalogue/get-checklist.js';
import { getItem } from '../../../use-cases/catalogue/get-item.js';
import { listItemVersions } from '../../../use-cases/catalogue/list-item-versions.js';
import { listItems } from '../../../use-cases/catalogue/list-items.js';
import { listOffices, listTownships } from '../../../use-cases/catalogue/list-reference.js';
import type { AppEnv } from '../../app-env.js';
import type { AppDeps } from '../../deps.js';
import { errorResponses } from '../../error-body.js';
import { validationHook } from '../../validation-hook.js';
import * as s from './schemas.js';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const tags = ['catalogue'];

const officesRoute = createRoute({
  method: 'get',
  operationId: 'listOffices',
  security: [],
  path: '/catalogue/offices',
  tags,
  summary: 'Offices of the county: township offices and county departments',
  request: { query: s.CountyQuery },
  responses: { 200: json(s.OfficesSchema, 'Offices'), 400: errorResponses[400], 404: errorResponses[404] },
});

const townshipsRoute = createRoute({
  method: 'get',
  operationId: 'listTownships',
  security: [],
  path: '/catalogue/townships',
  tags,
  summary: 'Townships of the county, with names',
  request: { query: s.CountyQuery.pick({ county: true }) },
  responses: { 200: json(s.TownshipsSchema, 'Townships'), 400: errorResponses[400], 404: errorResponses[404] },
});

const listRoute = createRoute({
  method: 'get',
  operationId: 'listItems',
  security: [],
  path: '/catalogue/items',
  tags,
  summary: 'Service items in force on a date; with `township`, whether that township takes each in',
  request: { query: s.ListItemsQuery },
  responses: { 200: json(s.ItemListSchema, 'Items'), 400: errorResponses[400], 404: errorResponses[404] },
});

const itemRoute = createRoute({
  method: 'get',
  operationId: 'getItem',
  security: [],
  path: '/catalogue/items/{code}',
  tags,
  summary: 'An item as in force on a date (or a given version), with every township offering',
  request: { params: s.CodeParam, query: s.ItemQuery },
  responses: { 200: json(s.ItemDetailSchema, 'The item'), 400: errorResponses[400], 404: errorResponses[404] },
});

const versionsRoute = createRoute({
  method: 'get',
  operationId: 'listItemVersions',
  security: [],
  path: '/catalogue/items/{code}/versions',
  tags,
  summary: "An item's version history, newest first",
  request: { params: s.CodeParam },
  responses: { 200: json(s.VersionHistorySchema, 'Versions'), 404: errorResponses[404] },
});

const checklistRoute = createRoute({
  method: 'post',
  operationId: 'getChecklist',
  security: [],
  path: '/catalogue/items/{code}/checklist',
  tags,
  summary: 'The exact materials and conditions for the answers to the situation questions',
  request: { params: s.CodeParam, query: s.ItemQuery, body: { required: true, content: { 'application/json': { schema: s.ChecklistBody } } } },
  responses: { 200: json(s.ChecklistSchema, 'Checklist'), 400: errorResponses[400], 404: errorResponses[404] },
});

const validateRoute = createRoute({
  method: 'post',
  operationId: 'validateAnswers',
  security: [],
  path: '/catalogue/items/{code}/validate',
  tags,
  summary: "Checks form answers against the item's fields (ID and credit-code checksums included)",
  request: { params: s.CodeParam, query: s.ItemQuery, body: { required: true, content: { 'application/json': { schema: s.ValidateBody } } } },
  responses: { 200: json(s.ValidateResultSchema, 'Answers are valid'), 400: errorResponses[400], 404: errorResponses[404] },
});

/** Clerks take applications at the counter; proxies for residents; everyone else applies online. */
function channelOf(principal: Principal | undefined): AnswerChannel {
  if (principal?.role === 'clerk') return 'counter';
  if (principal?.role === 'proxy') return 'proxy';
  return 'online';
}

/** Public read endpoints: anyone, signed in or not, may browse the catalogue. */
export function catalogueReadRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const today = () => chinaDateOf(deps.now());

  app.openapi(officesRoute, async (c) => {
    const { county, township } = c.req.valid('query');
    const offices = await listOffices(deps, { ...(county ? { countyId: county } : {}), ...(township ? { townshipId: township } : {}) });
    return c.json({ offices }, 200);
  });

  app.openapi(townshipsRoute, async (c) => {
    const { county } = c.req.valid('query');
    return c.json({ townships: await listTownships(deps, county ? { countyId: county } : {}) }, 200);
  });

  app.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const at = query.at ?? today();
    const { countyId, items } = await listItems(deps, {
      at,
      ...(query.county ? { countyId: query.county } : {}),
      ...(query.township ? { townshipId: query.township } : {}),
      ...(query.q ? { q: query.q } : {}),
      ...(query.category ? { category: query.category } : {}),
    });
    return c.json({ at, countyId, ...(query.township ? { townshipId: query.township } : {}), items }, 200);
  });

  app.openapi(itemRoute, async (c) => {
    const { code } = c.req.valid('param');
    const { version, at = today() } = c.req.valid('query');
    const detail = await getItem(deps, { code, at, ...(version !== undefined ? { version } : {}) });
    return c.json({ at, ...detail }, 200);
  });

  app.openapi(versionsRoute, async (c) => {
    const { code } = c.req.valid('param');
    return c.json({ code, versions: await listItemVersions(deps, code) }, 200);
  });

  app.openapi(checklistRoute, async (c) => {
    const { code } = c.req.valid('param');
    const { version, at = today() } = c.req.valid('query');
    const { answers } = c.req.valid('json');
    return c.json(await getChecklist(deps, { code, at, answers, ...(version !== undefined ? { version } : {}) }), 200);
  });

  app.openapi(validateRoute, async (c) => {
    const { code } = c.req.valid('param');
    const { version, at = today() } = c.req.valid('query');
    const body = c.req.valid('json');
    const result = await checkAnswers(deps, {
      code,
      at,
      answers: body.answers,
      ...(body.overrides !== undefined ? { overrides: body.overrides } : {}),
      ...(version !== undefined ? { version } : {}),
      channel: channelOf(c.get('principal')),
    });
    // The normalised answers are not echoed back: personal data travels no further than needed.
    return c.json({ ok: true as const, version: result.version, overrides: result.overrides }, 200);
  });

  return app;
}
