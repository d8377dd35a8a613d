import { beforeAll, describe, expect, it } from 'vitest';
import { publishedDocument, type OpenApiDocument } from '../../support/openapi-document.js';

/*
 * What every operation of the published document must carry, so routes added later (by anyone)
 * are held to the contract too: an operationId, tags, a `security` statement, a 4xx response and a
 * typed JSON schema for its success answer. The linter (openapi-lint.test.ts) checks the document's
 * form; this checks what Redocly's rules do not (typed success bodies, unique ids, known tags).
 */
let doc: OpenApiDocument;
beforeAll(async () => {
  doc = await publishedDocument();
});

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
  );

/** A schema that says what is in it: named properties, items, or alternatives; not a bare record of unknowns. */
function typed(schema: Record<string, unknown> | undefined): boolean {
  if (!schema) return false;
  const ref = schema.$ref as string | undefined;
  if (ref) return typed(doc.components?.schemas?.[ref.replace('#/components/schemas/', '')]);
  if (schema.properties && Object.keys(schema.properties).length > 0) return true;
  if (schema.type === 'array') return typed(schema.items as Record<string, unknown>);
  const alternatives = (schema.oneOf ?? schema.anyOf ?? schema.allOf) as Record<string, unknown>[] | undefined;
  return Array.isArray(alternatives) && alternatives.length > 0 && alternatives.every(typed);
}

describe('every operation of the published document', () => {
  it('has a unique operationId', () => {
    const missing = operations()
      .filter(({ op }) => !op.operationId)
      .map(({ name }) => name);
    expect(missing).toEqual([]);
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has tags the document describes, a summary, and says who may call it (bearer, or [] for public)', () => {
    const known = new Set(((doc as { tags?: { name: string }[] }).tags ?? []).map((t) => t.name));
    const problems = operations().flatMap(({ name, op }) => [
      ...(op.tags?.length ? op.tags.filter((t) => !known.has(t)).map((t) => `${name}: tag ${t} not described`) : [`${name}: no tags`]),
      ...(op.summary ? [] : [`${name}: no summary`]),
      ...(Array.isArray(op.security) ? [] : [`${name}: no security`]),
      ...((op.security ?? []).every((s) => Object.keys(s).every((k) => k === 'bearer')) ? [] : [`${name}: unknown security scheme`]),
    ]);
    expect(problems).toEqual([]);
  });

  it('documents at least one 4xx answer, each with the Error body', () => {
    const problems = operations().flatMap(({ name, op }) => {
      const fourXx = Object.entries(op.responses).filter(([status]) => /^4\d\d$/.test(status));
      if (fourXx.length === 0) return [`${name}: no 4xx`];
      return fourXx
        .filter(([, r]) => r.content?.['application/json']?.schema?.$ref !== '#/components/schemas/Error')
        .map(([status]) => `${name}: ${status} is not the Error body`);
    });
    expect(problems).toEqual([]);
  });

  it('types the JSON body of its success answer (no bare records)', () => {
    const problems = operations().flatMap(({ name, op }) => {
      const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (success.length === 0) return [`${name}: no 2xx`];
      return success
        .filter(([, r]) => r.content?.['application/json'] && !typed(r.content['application/json'].schema))
        .map(([status]) => `${name}: ${status} body is untyped`);
    });
    expect(problems).toEqual([]);
  });

  it('names the main shapes as components, so generated clients get them as types', () => {
    for (const name of ['Case', 'CaseView', 'CaseResult', 'CaseListEntry', 'QueueEntry', 'QueuePage', 'Notice', 'CaseProgress', 'Error']) {
      expect(doc.components?.schemas?.[name], name).toBeDefined();
    }
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });
});
