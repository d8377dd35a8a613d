import { rolesFor } from '../../core/auth/policy.js';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { CALENDAR_YEAR_MAX, CALENDAR_YEAR_MIN } from '../../core/calendar/calendar-year.js';
import { CalendarYearNotFoundError } from '../../core/calendar/errors.js';
import { IsoDateSchema } from '../../core/calendar/iso-date-schema.js';
import { MAX_WORKING_DAYS } from '../../core/clock/case-clock-input.js';
import { getDueDate } from '../../use-cases/get-due-date.js';
import { updateCalendarYear } from '../../use-cases/update-calendar-year.js';
import type { AppEnv } from '../app-env.js';
import { principalOf, requireRole } from '../auth/middleware.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../error-body.js';
import { calendarMessages } from '../i18n/messages/calendar.js';
import { registerMessages } from '../i18n/translate.js';
import { validationHook } from '../validation-hook.js';

registerMessages(calendarMessages);

// Native zod metadata: the core schema may be built before @hono/zod-openapi adds `.openapi()` to zod.
const DateParam = IsoDateSchema.meta({ example: '2026-02-13' });

const CalendarYearSchema = z
  .object({
    year: z.number().int().openapi({ example: 2026 }),
    holidays: z.array(z.string()).openapi({ example: ['2026-01-01', '2026-01-02', '2026-01-03'] }),
    makeupWorkdays: z.array(z.string()).openapi({ example: ['2026-01-04'] }),
    source: z.string().openapi({ example: 'chinese-days@1.5.7' }),
    updatedAt: z.string(),
    updatedBy: z.object({ userId: z.string(), name: z.string() }).optional(),
    version: z.number().int(),
  })
  .openapi('CalendarYear');

const ExplanationSchema = z
  .object({
    'zh-CN': z.string(),
    en: z.string(),
    parts: z.array(z.object({ kind: z.string() }).loose()),
  })
  .openapi('DueDateExplanation');

const DueDateSchema = z
  .object({
    acceptedOn: z.string(),
    workingDays: z.number().int(),
    dueDate: z.string().openapi({ example: '2026-02-27' }),
    provisional: z.boolean(),
    provisionalYears: z.array(z.number().int()),
    explanation: ExplanationSchema,
  })
  .openapi('DueDate');

const yearParam = z.coerce
  .number('field.calendar.year')
  .int('field.calendar.year')
  .min(CALENDAR_YEAR_MIN, 'field.calendar.year')
  .max(CALENDAR_YEAR_MAX, 'field.calendar.year')
  // The type is restated: a coerced number would otherwise be documented as nullable and optional.
  .openapi({ type: 'integer', minimum: CALENDAR_YEAR_MIN, maximum: CALENDAR_YEAR_MAX, param: { name: 'year', in: 'path' }, example: 2026 });

/** `FROM..TO`, both ends inclusive; repeatable (`pause=…&pause=…`). */
const PAUSE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
const PauseParam = z
  .union([z.string(), z.array(z.string()).max(20)])
  .optional()
  .transform((v, ctx) => {
    const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
    const pauses: { start: string; end: string }[] = [];
    list.forEach((entry, i) => {
      const m = PAUSE.exec(entry);
      if (!m || !IsoDateSchema.safeParse(m[1]).success || !IsoDateSchema.safeParse(m[2]).success) {
        ctx.addIssue({ code: 'custom', path: [i], message: 'field.pause.format' });
      } else if (m[2]! < m[1]!) ctx.addIssue({ code: 'custom', path: [i], message: 'field.pause.endBeforeStart' });
      else pauses.push({ start: m[1]!, end: m[2]! });
    });
    return pauses;
  })
  .openapi({
    param: { name: 'pause', in: 'query', style: 'form', explode: true },
    type: 'array',
    items: { type: 'string', example: '2026-03-04..2026-03-06' },
    description: 'What if the clock were paused these days (FROM..TO, both inclusive; repeatable)',
  });

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const dueDateRoute = createRoute({
  method: 'get',
  path: '/calendar/due-date',
  tags: ['calendar'],
  summary: 'Due date of a limit in working days (public)',
  description:
    'The day of acceptance is not counted; 0 working days means due the same day. `provisional` is true when the count ' +
    'ran through a year with no published calendar. The explanation comes in both zh-CN and en, whatever the request language.',
  request: {
    query: z.object({
      acceptedOn: DateParam,
      workingDays: z.coerce
        .number('field.workingDays')
        .int('field.workingDays')
        .min(0, 'field.workingDays')
        .max(MAX_WORKING_DAYS, 'field.workingDays')
        .openapi({ type: 'integer', minimum: 0, maximum: MAX_WORKING_DAYS, example: 5, param: { name: 'workingDays', in: 'query', required: true } }),
      pause: PauseParam,
      extensionDays: z.coerce
        .number('field.workingDays')
        .int('field.workingDays')
        .min(0, 'field.workingDays')
        .max(60, 'field.workingDays')
        .optional()
        .openapi({ type: 'integer', minimum: 0, maximum: 60, description: 'What if the case were extended by this many working days' }),
    }),
  },
  responses: { 200: json(DueDateSchema, 'The due date and how it was counted'), 400: errorResponses[400] },
});

const listRoute = createRoute({
  method: 'get',
  path: '/calendar/years',
  tags: ['calendar'],
  summary: 'Every year with a working-day calendar (public)',
  responses: { 200: json(z.object({ years: z.array(CalendarYearSchema) }), 'The years, ascending') },
});

const getRoute = createRoute({
  method: 'get',
  path: '/calendar/years/{year}',
  tags: ['calendar'],
  summary: "One year's holidays and makeup working days (public)",
  request: { params: z.object({ year: yearParam }) },
  responses: { 200: json(CalendarYearSchema, 'The year'), 400: errorResponses[400], 404: errorResponses[404] },
});

const PutBodySchema = z
  .object({
    holidays: z.array(DateParam).max(366, 'field.calendar.tooManyDates'),
    makeupWorkdays: z.array(DateParam).max(366, 'field.calendar.tooManyDates'),
    source: z.string().trim().min(1).max(200).optional().openapi({ example: '国办发明电〔2025〕7号' }),
    version: z.number().int().min(1).optional().openapi({ description: 'The version read; omit to create a new year' }),
  })
  .openapi('CalendarYearUpdate');

const putRoute = createRoute({
  method: 'put',
  path: '/calendar/years/{year}',
  tags: ['calendar'],
  summary: "Create or replace a year's calendar (administrator)",
  security: [{ bearer: [] }],
  // The role is checked before the body, so a stranger learns nothing from validation errors.
  middleware: [requireRole(...rolesFor('edit_calendar'))] as const,
  request: {
    params: z.object({ year: yearParam }),
    body: { required: true, content: { 'application/json': { schema: PutBodySchema } } },
  },
  responses: {
    200: json(CalendarYearSchema, 'The saved year with its new version'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    409: errorResponses[409],
  },
});

/** The working-day calendar: public reads and the due-date calculator; administrators edit years. */
export function calendarRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(dueDateRoute, async (c) => c.json(await getDueDate(deps, c.req.valid('query')), 200));

  app.openapi(listRoute, async (c) => c.json({ years: await deps.calendars.listYears() }, 200));

  app.openapi(getRoute, async (c) => {
    const { year } = c.req.valid('param');
    const record = await deps.calendars.getYear(year);
    if (!record) throw new CalendarYearNotFoundError(year);
    return c.json(record, 200);
  });

  app.openapi(putRoute, async (c) => {
    const actor = principalOf(c.get('principal'), rolesFor('edit_calendar'));
    const { year } = c.req.valid('param');
    const body = c.req.valid('json');
    const saved = await updateCalendarYear(deps, { year, ...body, actor });
    c.get('logger').info('calendar year saved', { year, version: saved.version });
    return c.json(saved, 200);
  });

  return app;
}
