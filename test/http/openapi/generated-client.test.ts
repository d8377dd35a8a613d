import { execFile } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writePublishedDocument } from '../../support/openapi-document.js';

const run = promisify(execFile);
const bin = (name: string) => join(process.cwd(), 'node_modules', '.bin', name);

/** A few calls as an outside team would write them against types generated from the document. */
const CLIENT = `
import type { components, operations, paths } from './api.js';

type Json<O, S extends number> = O extends { responses: { [K in S]: { content: { 'application/json': infer B } } } } ? B : never;
type CaseView = Json<operations['getCase'], 200>;
type AcceptBody = NonNullable<operations['acceptCase']['requestBody']>['content']['application/json'];
type CaseResult = Json<operations['acceptCase'], 200>;
type ErrorBody = components['schemas']['Error'];

export async function getCase(base: string, token: string, caseId: operations['getCase']['parameters']['path']['caseId']): Promise<CaseView> {
  const res = await fetch(\`\${base}/api/cases/\${encodeURIComponent(caseId)}\`, { headers: { authorization: \`Bearer \${token}\` } });
  if (!res.ok) throw new Error(((await res.json()) as ErrorBody).code);
  return (await res.json()) as CaseView;
}

export async function accept(base: string, token: string, caseId: string, version: number): Promise<CaseResult> {
  const body: AcceptBody = { version, deferred: [{ materialId: 'idCard', dueOn: '2026-03-20' }] };
  const res = await fetch(\`\${base}/api/cases/\${encodeURIComponent(caseId)}/accept\`, {
    method: 'POST',
    headers: { authorization: \`Bearer \${token}\`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as CaseResult;
}

export function summary(view: CaseView): string {
  const state: components['schemas']['CaseState'] = view.case.state;
  const due: string | undefined = view.clock?.promisedDueDate;
  const left: number | undefined = view.clock?.workingDaysLeft;
  const steps: string[] = view.events.map((e) => e.action);
  const allowed: components['schemas']['CaseActionName'][] = view.allowedActions;
  return [view.case.caseNumber, state, due, left, steps.length, allowed.join(',')].join(' ');
}

export function firstInQueue(page: Json<operations['listWorkQueue'], 200>): string | undefined {
  const entry: components['schemas']['QueueEntry'] | undefined = page.items[0];
  return entry ? \`\${entry.caseNumber} \${entry.card} \${entry.applicant.name}\` : page.next;
}

// Each extracted type is a real one (never would let anything through).
type Real<T> = [T] extends [never] ? false : unknown extends T ? false : true;
export const real: [Real<CaseView>, Real<AcceptBody>, Real<CaseResult>, Real<Json<operations['listWorkQueue'], 200>>] = [true, true, true, true];
// @ts-expect-error: the case view has no such field; the generated types are not loose.
export const wrong = (view: CaseView) => view.case.stateOfTheArt;
export type Known = keyof paths;
// @ts-expect-error: the document has no such operation; a typo must not type-check.
export type Unknown = operations['getCaze'];
`;

describe('a client generated from the published document (openapi-typescript)', () => {
  it('type-checks a few calls: get a case, accept it, read a queue page', async () => {
    const { dir, file } = await writePublishedDocument('one-window-openapi-client-');
    const src = join(dir, 'client');
    mkdirSync(src);
    await run(bin('openapi-typescript'), [file, '-o', join(src, 'api.ts')], { maxBuffer: 16 * 1024 * 1024 });
    writeFileSync(join(src, 'calls.ts'), CLIENT);
    writeFileSync(
      join(src, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2023', 'DOM'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        include: ['*.ts'],
      }),
    );
    symlinkSync(join(process.cwd(), 'node_modules'), join(src, 'node_modules'));
    const result = await run(bin('tsc'), ['-p', join(src, 'tsconfig.json')], { maxBuffer: 16 * 1024 * 1024 }).then(
      () => ({ ok: true, output: '' }),
      (error: { stdout?: string }) => ({ ok: false, output: error.stdout ?? String(error) }),
    );
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });
});
