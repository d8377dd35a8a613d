import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { chinaDateOf } from '../../core/calendar/china-date.js';
import { ValidationError } from '../../core/errors.js';
import { countyDashboard, countyOpenCases, type DashboardDeps } from '../../use-cases/stats/county-dashboard.js';
import type { AppEnv } from '../app-env.js';
import { principalOf } from '../auth/middleware.js';
import { errorResponses } from '../error-body.js';
import { registerMessages } from '../i18n/translate.js';
import { DashboardQuerySchema, DashboardSchema, DrillDownQuerySchema, DrillDownSchema } from '../schemas/dashboard-schemas.js';
import { validationHook } from '../validation-hook.js';

registerMessages({
  'dashboard.period.order': { 'zh-CN': '开始日期不能晚于结束日期。', en: 'The first day must not be after the last day.' },
  'dashboard.period.length': { 'zh-CN': '统计期间最长 3 年。', en: 'A period is at most 3 years long.' },
});

const readErrors = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] };

const dashboardRoute = createRoute({
  operationId: 'getCountyDashboard',
  method: 'get',
  path: '/county/dashboard',
  tags: ['supervision'],
  summary: "The county's figures for a period (supervisor, admin): open cases by card now, intake, on-time rates, working days, ratings, forwarded items",
  security: [{ bearer: [] }],
  request: { query: DashboardQuerySchema },
  responses: {
    200: { description: 'The figures, per township, office and item', content: { 'application/json': { schema: DashboardSchema } } },
    ...readErrors,
  },
});

const drillDownRoute = createRoute({
  operationId: 'listCountyOpenCases',
  method: 'get',
  path: '/county/dashboard/cases',
  tags: ['supervision'],
  summary: 'The open cases behind a figure (drill-down), cards read now, latest first; personal data masked',
  security: [{ bearer: [] }],
  request: { query: DrillDownQuerySchema },
  responses: { 200: { description: 'Open cases', content: { 'application/json': { schema: DrillDownSchema } } }, ...readErrors },
});

/** Five months back to the first of that month: with this month, half a year. */
function defaultFrom(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const back = new Date(Date.UTC(y, m - 1 - 5, 1));
  return back.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

export function countyDashboardRoutes(deps: DashboardDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(dashboardRoute, async (c) => {
    const query = c.req.valid('query');
    const to = query.to ?? chinaDateOf(deps.intake.now());
    const from = query.from ?? defaultFrom(to);
    if (from > to) throw new ValidationError([{ path: 'query.from', message: 'dashboard.period.order' }]);
    if (Date.parse(to) - Date.parse(from) > 3 * 366 * DAY_MS) throw new ValidationError([{ path: 'query.from', message: 'dashboard.period.length' }]);
    return c.json((await countyDashboard(deps, principalOf(c.get('principal'), ['supervisor', 'admin']), { from, to })) as never, 200);
  });
  app.openapi(drillDownRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json((await countyOpenCases(deps, principalOf(c.get('principal'), ['supervisor', 'admin']), query)) as never, 200);
  });
  return app;
}
