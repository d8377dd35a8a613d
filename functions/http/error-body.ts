import { z } from '@hono/zod-openapi';

/** The one JSON error shape every endpoint answers with, for 400/401/403/404/409/422/500. */
export const ErrorBodySchema = z
  .object({
    code: z.string().openapi({ example: 'VALIDATION_FAILED' }),
    message: z.string().openapi({ example: '提交的内容有误，请按提示修改。' }),
    requestId: z.string(),
    issues: z
      .array(
        z.object({
          path: z.string().openapi({ example: 'applicant.idNumber' }),
          message: z.string().openapi({ example: '身份证号码校验位不正确' }),
        }),
      )
      .optional(),
    current: z
      .object({ version: z.number().int(), savedAt: z.string().openapi({ example: '2026-03-02T02:10:00.000Z' }) })
      .optional()
      .openapi({ description: 'On a 409 of a version-conditional save (a draft): the stored copy the save collided with' }),
  })
  .openapi('Error');
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

const response = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorBodySchema } },
});

/** Error responses to spread into a route's `responses`, so the OpenAPI document lists them. */
export const errorResponses = {
  // Every /api request can get this one: a query value with a control character is refused (text-guard.ts).
  400: response('Invalid input: `issues` names each field'),
  401: response('Not signed in, or the token is invalid or expired'),
  403: response('Role or tenant does not allow this'),
  404: response('Not found'),
  409: response('Conflicting write (stale version, or Idempotency-Key reused with another body)'),
  422: response('Refused by a business rule'),
  500: response('Unexpected error'),
} as const;
