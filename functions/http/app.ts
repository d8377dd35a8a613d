import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { RouteNotFoundError } from './route-not-found.js';
import type { AppEnv } from './app-env.js';
import type { AppDeps } from './deps.js';
import { limitAttempts, loginSubject, lookupBodySubject, lookupSubject } from './attempt-limit.js';
import { authenticate } from './auth/middleware.js';
import { handleError } from './error-handler.js';
import { pickLang } from './i18n/lang.js';
import { installBilingualZodMessages } from './i18n/zod-i18n.js';
import { authRoutes } from './routes/auth.js';
import { calendarRoutes } from './routes/calendar.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { decisionRoutes } from './routes/decision.js';
import { draftRoutes } from './routes/drafts.js';
import { caseRoutes } from './routes/cases.js';
import { caseFileRoutes, fileRoutes, localFileContentRoutes } from './routes/files.js';
import { healthRoutes } from './routes/health.js';
import { outboxRoutes } from './routes/outbox.js';
import { countyDashboardRoutes } from './routes/county-dashboard.js';
import { idempotency } from './idempotency.js';
import { localIssuerRoutes } from './routes/local-issuer.js';
import { lookupDecisionRoutes } from './routes/lookup-decision.js';
import { signInOptionRoutes } from './routes/sign-in-options.js';
import { supervisionRoutes } from './routes/supervision.js';
import { verifyRoutes } from './routes/verify.js';
import { securityHeaders } from './security-headers.js';
import { refuseControlCharacters } from './text-guard.js';
import { validationHook } from './validation-hook.js';
import { workQueueRoutes } from './routes/work-queues.js';

/** The operations' groups, for readers and code generators outside the team. */
const API_TAGS = [
  { name: 'system', description: 'Liveness of the API' },
  { name: 'auth', description: 'Signing in (local issuer or OIDC) and who is signed in' },
  { name: 'calendar', description: 'The working-day calendar (holidays and makeup working days) and due dates counted on it' },
  { name: 'catalogue', description: 'Service items (事项), their versions, materials, forms and which township offers each' },
  { name: 'cases', description: 'Applications (办件): submission, acceptance, correction notices, review, decision, delivery, rating' },
  { name: 'back office', description: "Work queues of the township's reviewers and approvers and of county departments" },
  { name: 'drafts', description: 'Unfinished applications kept on the server per account, item and township, to resume on another device' },
  { name: 'files', description: 'Uploading the files of an application’s materials' },
  { name: 'decisions', description: 'Sealed decisions and their public verification' },
  { name: 'supervision', description: "The county's supervision orders (督办单) on cases, and the offices' replies" },
  { name: 'notifications', description: 'Messages sent to applicants at each public step (the outbox)' },
];

/**
 * The one HTTP API. It runs unchanged on @hono/node-server locally and behind API Gateway
 * through hono/aws-lambda; only the deps differ.
 */
export function createApp(deps: AppDeps) {
  installBilingualZodMessages();
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use('*', securityHeaders());
  app.use('*', requestId({ limitLength: 64 }));
  app.use('*', async (c, next) => {
    c.set('lang', pickLang(c.req.query('lang'), c.req.header('accept-language')));
    c.set('logger', deps.logger.child({ requestId: c.get('requestId') }));
    const started = Date.now();
    await next();
    c.get('logger').info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Date.now() - started,
    });
  });
  // JSON bodies are small; only the local stand-in for S3 takes file bytes (up to 50 MB).
  app.use('/api/*', async (c, next) => bodyLimit({ maxSize: c.req.path.endsWith('/content') ? 50 * 1024 * 1024 : 1024 * 1024 })(c, next));
  app.use('/api/*', authenticate(deps.verifier));
  app.use('/api/*', refuseControlCharacters());
  app.use('/api/*', idempotency(deps.idempotency, deps.now));
  // Guessable endpoints: a wrong phone suffix is a 404, a wrong password a 401.
  app.use('/api/cases/lookup', limitAttempts(deps.attempts, deps.now, { name: 'lookup', failureStatus: 404, subject: lookupSubject, readOnly: true }));
  // Receiving the decision from the lookup page is the same guess: the same counters (name), the code from the body.
  app.use('/api/cases/lookup/decision', limitAttempts(deps.attempts, deps.now, { name: 'lookup', failureStatus: 404, subject: lookupBodySubject }));
  app.use('/api/auth/local/login', limitAttempts(deps.attempts, deps.now, { name: 'login', failureStatus: 401, subject: loginSubject }));

  app.route('/api', healthRoutes(deps));
  app.route('/api', authRoutes(deps));
  app.route('/api', signInOptionRoutes(deps));
  app.route('/api', calendarRoutes(deps));
  app.route('/api', catalogueRoutes(deps));
  app.route('/api', caseRoutes(deps.intake));
  app.route('/api', draftRoutes({ drafts: deps.drafts, now: deps.now }));
  app.route('/api', workQueueRoutes(deps.intake));
  app.route('/api', supervisionRoutes({ ...deps.intake, supervision: deps.supervision }));
  app.route('/api', fileRoutes(deps.intake.files, deps.now));
  app.route('/api', caseFileRoutes(deps.intake));
  app.route('/api', verifyRoutes(deps));
  app.route('/api', outboxRoutes(deps.outbox));
  app.route('/api', countyDashboardRoutes({ stats: deps.stats, catalogue: deps.catalogue, intake: deps.intake }));
  app.route('/api', decisionRoutes({ ...deps, cases: deps.intake.cases }));
  app.route('/api', lookupDecisionRoutes({ ...deps.intake, decisions: deps.decisions }));
  if (deps.localFiles) app.route('/api', localFileContentRoutes(deps.localFiles, deps.now));
  if (deps.localIssuer) app.route('/local-issuer', localIssuerRoutes(deps.localIssuer));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'One-window intake API',
      version: deps.version,
      description:
        "The API of a county's township one-window service centres (一窗受理): the catalogue of service items, " +
        'applications and their acceptance, review and decision under the township seal, statutory time limits ' +
        'counted in working days, and public verification of sealed decisions. Send `Authorization: Bearer <token>` ' +
        'on every operation whose `security` names `bearer`; operations with `security: []` are public. Every error ' +
        'answers with the `Error` body; `Accept-Language` (zh-CN or en) picks the language of its message.',
    },
    // Relative: the document is served by the API it describes, locally and behind API Gateway alike.
    servers: [{ url: '/', description: 'The host that serves this document' }],
    tags: API_TAGS,
  });

  app.notFound((c) => handleError(new RouteNotFoundError(c.req.path), c));
  app.onError(handleError);
  return app;
}

export type App = ReturnType<typeof createApp>;
