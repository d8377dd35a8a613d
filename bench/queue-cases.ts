import { toDayNumber, toIsoDate } from '../functions/core/calendar/day-number.js';
import { chinaDateOf } from '../functions/core/calendar/china-date.js';
import type { Principal } from '../functions/core/auth/principal.js';
import { checklistFor } from '../functions/core/catalogue/checklist.js';
import type { ItemVersion } from '../functions/core/catalogue/item-version.js';
import type { CatalogueStore } from '../functions/ports/catalogue-store.js';
import { demoAnswers, demoVariantAnswers, seededRandom } from '../scripts/lib/demo-answers.js';

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/**
 * Cases waiting in each back-office queue the demo history may have left empty (sign, suspended,
 * forwarded, rectify), made in Qingshi through the real API: walk-ins accepted at once, then taken
 * and proposed, suspended, forwarded, or decided, handed out and rated poorly. They join the
 * templates the scale bench clones, so every work queue has rows at both sizes.
 */
export async function casesInEveryQueue(options: {
  app: App;
  /** The same app five days ago (a suspension starts after the day of acceptance, and not after today). */
  earlier: App;
  catalogue: CatalogueStore;
  sign: (p: Principal) => Promise<string>;
  perQueue?: number;
}) {
  const random = seededRandom(12);
  const township = 'qingshi';
  const clerk: Principal = { userId: 'bench-clerk', role: 'clerk', name: '陈静', countyId: 'qingshan', townshipId: township };
  const approver: Principal = {
    userId: 'bench-approver',
    role: 'approver',
    name: '孙伟',
    countyId: 'qingshan',
    townshipId: township,
    officeId: `${township}-approval`,
  };
  const call = async (p: Principal, method: string, path: string, body?: unknown, app = options.app) => {
    const res = await app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${await options.sign(p)}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(path === '/api/cases' ? { 'idempotency-key': `bench-queue-${random.int(0, 1e9)}` } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await res.json()) as any;
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json.case;
  };
  const versions: ItemVersion[] = [];
  for (const head of await options.catalogue.listItemHeads('qingshan')) {
    const v = await options.catalogue.getVersion(head.code, head.latestVersion);
    if (v?.status === 'active') versions.push(v);
  }
  const walkIn = async (version: ItemVersion, app = options.app) => {
    const variantAnswers = demoVariantAnswers(version, random);
    const checklist = checklistFor(version, variantAnswers);
    const originals = (checklist.ok ? checklist.checklist.materials : version.materials).map((m) => m.id);
    return call(
      clerk,
      'POST',
      '/api/cases',
      {
        itemCode: version.code,
        townshipId: township,
        variantAnswers,
        answers: demoAnswers(version, random),
        originalsChecked: originals,
        acceptNow: { deferred: [] },
      },
      app,
    );
  };
  const reviewerOf = (c: { handlingOfficeId: string }): Principal => ({
    userId: `bench-reviewer-${c.handlingOfficeId}`,
    role: 'reviewer',
    name: '赵磊',
    countyId: 'qingshan',
    townshipId: township,
    officeId: c.handlingOfficeId,
  });
  const step = (p: Principal, c: { caseId: string; version: number }, path: string, body: Record<string, unknown> = {}) =>
    call(p, 'POST', `/api/cases/${c.caseId}/${path}`, { version: c.version, ...body });
  const decision = { outcome: 'grant', reasons: ['经审查符合条件'], legalBasis: ['有关规定'] };
  const today = chinaDateOf(new Date());
  const townshipDecides = versions.find((v) => v.route.kind !== 'forward_to_county' && v.promisedLimitDays > 0)!;
  const forwardedItem = versions.find((v) => v.route.kind === 'forward_to_county');

  for (let i = 0; i < (options.perQueue ?? 2); i++) {
    // sign: proposed, waiting for the approver.
    let c = await walkIn(townshipDecides);
    c = await step(reviewerOf(c), c, 'take');
    await step(reviewerOf(c), c, 'propose', decision);
    // suspended: a site survey running since today, on a case accepted five days ago.
    c = await walkIn(townshipDecides, options.earlier);
    c = await call(reviewerOf(c), 'POST', `/api/cases/${c.caseId}/take`, { version: c.version }, options.earlier);
    await step(reviewerOf(c), c, 'suspend', { procedure: 'site_survey', reason: '实地核查', start: today, expectedEnd: toIsoDate(toDayNumber(today) + 7) });
    // forwarded: with the county department.
    if (forwardedItem) {
      c = await walkIn(forwardedItem);
      c = await step(reviewerOf(c), c, 'take');
      await step(reviewerOf(c), c, 'forward', { note: '经初审材料齐全，转报县级部门' });
    }
    // rectify: decided, handed out, rated poorly, not answered yet.
    c = await walkIn(townshipDecides);
    c = await step(reviewerOf(c), c, 'take');
    c = await step(reviewerOf(c), c, 'propose', decision);
    c = await step(approver, c, 'decide', decision);
    c = await step(clerk, c, 'deliver', { method: 'window', recipient: { kind: 'applicant', name: '申请人', idChecked: true } });
    await step(clerk, c, 'rate', { grade: 'dissatisfied', comment: '等待时间较长' });
  }
}
