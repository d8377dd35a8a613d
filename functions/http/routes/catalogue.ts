import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import type { AppDeps } from '../deps.js';
import { registerMessages } from '../i18n/translate.js';
import { catalogueMessages } from '../i18n/messages/catalogue.js';
import { validationHook } from '../validation-hook.js';
import { catalogueReadRoutes } from './catalogue/read.js';
import { catalogueWriteRoutes } from './catalogue/write.js';

registerMessages(catalogueMessages);

/** The service item catalogue (事项清单): public reads, administrator writes. */
export function catalogueRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.route('/', catalogueReadRoutes(deps));
  app.route('/', catalogueWriteRoutes(deps));
  return app;
}
