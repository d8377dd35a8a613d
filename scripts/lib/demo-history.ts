import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createLocalIssuer } from '../../functions/adapters/local/local-issuer.js';
import { composeDeps, type ComposeOptions } from '../../functions/compose.js';
import type { Principal } from '../../functions/core/auth/principal.js';
import { toDayNumber, toIsoDate } from '../../functions/core/calendar/day-number.js';
import { checklistFor } from '../../functions/core/catalogue/checklist.js';
import type { ItemVersion } from '../../functions/core/catalogue/item-version.js';
import { DEMO_COUNTY, DEMO_TOWNSHIPS } from '../../functions/demo/geography.js';
import { createApp } from '../../functions/http/app.js';
import { createTokenVerifier } from '../../functions/http/auth/token-verifier.js';
import { silentLogger, type Logger } from '../../functions/http/logger.js';
import { sweepDeadlines } from '../../functions/use-cases/deadlines/sweep-deadlines.js';
import { demoAnswers, demoVariantAnswers, seededRandom, type Random } from './demo-answers.js';
import { staffOf } from './demo-staff.js';

/** Stands for the history being there: seeding is skipped when it is (idempotent across restarts). */
const MARKER = { pk: 'DEMO#HISTORY', sk: 'DEMO' };
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, ...new Array(500).fill(0x20)]);
const PDF = Uint8Array.from([...Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1'), ...new Array(500).fill(0x20)]);
/** A scan the material accepts: a JPEG photo where images are allowed, else a PDF. */
const scanFor = (accepted: readonly string[]) =>
  accepted.includes('image/jpeg') ? { bytes: JPEG, contentType: 'image/jpeg', ext: 'jpg' } : { bytes: PDF, contentType: 'application/pdf', ext: 'pdf' };
const GRADES = [
  ['very_satisfied', 0.6],
  ['satisfied', 0.22],
  ['basically_satisfied', 0.09],
  ['dissatisfied', 0.06],
  ['very_dissatisfied', 0.03],
] as const;

export interface HistoryOptions extends Pick<ComposeOptions, 'db' | 'tableName' | 'files' | 'seal' | 'anchors'> {
  db: DynamoDBDocumentClient;
  /** Cases per township, spread over the months before `today`. */
  casesPerTownship: number;
  months?: number;
  today: Date;
  logger: Logger;
  seed?: number;
  /** Stops between steps (the server is stopping); the history so far is kept and marked done. */
  signal?: AbortSignal;
}

interface Task {
  day: number;
  minute: number;
  run: () => Promise<void>;
}

/**
 * A realistic county history through the real API and use cases, with the clock set to each day
 * in turn: a few hundred cases per township over the last months, on all three channels, through
 * every state — some not accepted, some suspended, some late (the sweep runs every morning), some
 * forwarded to a county department, rated, poorly rated and rectified — and the newest still open.
 * Seeded, so every machine gets the same history; written once (a marker item).
 */
export async function seedDemoHistory(options: HistoryOptions): Promise<{ cases: number; failed: number; skipped: boolean; ms: number }> {
  const started = Date.now();
  const { db, tableName } = options;
  if ((await db.send(new GetCommand({ TableName: tableName, Key: MARKER }))).Item) return { cases: 0, failed: 0, skipped: true, ms: 0 };
  let now = new Date(options.today);
  const issuer = await createLocalIssuer({ issuer: 'http://localhost/demo-history' });
  const deps = composeDeps({
    db,
    tableName,
    files: options.files,
    seal: options.seal,
    ...(options.anchors ? { anchors: options.anchors } : {}),
    // The history's own requests are not logged one by one (thousands of lines); problems are.
    logger: silentLogger,
    verifier: createTokenVerifier({ issuer: issuer.issuer, audiences: [issuer.audience], keys: issuer.keySet }),
    localIssuer: issuer,
    now: () => new Date(now),
  });
  const app = createApp(deps);
  const random = seededRandom(options.seed ?? 20261202);
  const tokens = new Map<string, string>();
  const tokenOf = async (p: Principal) => {
    const key = JSON.stringify(p);
    if (!tokens.has(key)) tokens.set(key, (await issuer.sign(p)).token);
    return tokens.get(key)!;
  };
  // Keys follow the seeded order, so a run cut short and started again replays its first steps harmlessly.
  let requestSeq = 0;
  const call = async (p: Principal, method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${await tokenOf(p)}`,
        ...(body !== undefined ? { 'content-type': 'application/json', 'idempotency-key': `demo-history-${++requestSeq}` } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as any) : undefined };
  };

  // Working days from `months` back to yesterday, by the calendar the clock uses.
  const calendar = await deps.deadlines.calendar();
  const last = toDayNumber(new Date(options.today.getTime() + 8 * 3600_000).toISOString().slice(0, 10)) - 1;
  const first = last - Math.round((options.months ?? 6) * 30.4);
  const days: number[] = [];
  for (let d = first; d <= last; d++) if (calendar.isWorkingDay(d)) days.push(d);
  const at = (dayIndex: number, minute: number) => new Date(`${toIsoDate(days[dayIndex]!)}T00:00:00.000Z`).getTime() + (minute - 8 * 60) * 60_000;

  // Items offered per township, with the version intake uses.
  const versions = new Map<string, ItemVersion>();
  for (const head of await deps.catalogue.listItemHeads(DEMO_COUNTY.id)) {
    const v = await deps.catalogue.getVersion(head.code, head.latestVersion);
    if (v && v.status === 'active') versions.set(head.code, v);
  }
  const refused = new Set<string>();
  const tasks: Task[] = [];
  const later = (day: number, minute: number, run: () => Promise<void>) => {
    if (day < days.length) tasks.push({ day, minute, run });
    else dropped++;
  };
  let created = 0;
  let dropped = 0;
  let failed = 0;

  const planCase = (townshipId: string, dayIndex: number, serial: number) => {
    const item = random.pick([...versions.values()]);
    const key = `${townshipId}:${item.code}`;
    const channel = random.chance(0.6) ? 'counter' : random.chance(0.65) ? 'online' : 'proxy';
    const clerk = staffOf({ role: 'clerk', countyId: DEMO_COUNTY.id, townshipId });
    const applicantUser: Principal =
      channel === 'online'
        ? { userId: `demo-resident-${townshipId}-${serial}`, role: 'resident', name: '申请人' }
        : channel === 'proxy'
          ? staffOf({ role: 'proxy', countyId: DEMO_COUNTY.id, townshipId })
          : clerk;
    const minute = random.int(8 * 60 + 40, 16 * 60 + 50);
    later(dayIndex, minute, async () => {
      if (refused.has(key)) return;
      const variantAnswers = demoVariantAnswers(item, random);
      const answers = demoAnswers(item, random);
      // An online applicant signs in as themself: the history names them as their form does.
      if (channel === 'online' && typeof answers.applicantName === 'string') applicantUser.name = answers.applicantName;
      const checklist = checklistFor(item, variantAnswers);
      const needed = checklist.ok ? checklist.checklist.materials : item.materials;
      const materials = [];
      if (channel !== 'counter') {
        for (const m of needed.filter((x) => x.mandatory)) {
          const scan = scanFor(m.acceptedFileTypes);
          const ticket = await call(applicantUser, 'POST', '/api/files/uploads', {
            name: `${m.id}.${scan.ext}`,
            contentType: scan.contentType,
            size: scan.bytes.length,
          });
          if (ticket.status !== 201) throw new Error(`upload ticket ${ticket.status}`);
          await app.request(ticket.body.uploadUrl, {
            method: 'PUT',
            headers: { ...ticket.body.headers, authorization: `Bearer ${await tokenOf(applicantUser)}` },
            body: scan.bytes,
          });
          materials.push({ materialId: m.id, fileIds: [ticket.body.fileId] });
        }
      }
      const notAccept = random.chance(0.07);
      const body = {
        itemCode: item.code,
        townshipId,
        variantAnswers,
        answers,
        materials,
        ...(channel === 'counter' ? { originalsChecked: needed.map((m) => m.id), ...(notAccept ? {} : { acceptNow: { deferred: [] } }) } : {}),
        ...(channel === 'proxy' ? { proxyConsent: { method: 'signed_form', givenAt: new Date(now).toISOString() } } : {}),
      };
      const submitted = await call(applicantUser, 'POST', '/api/cases', body);
      if (submitted.status !== 201) {
        refused.add(key);
        failed++;
        options.logger.info('demo history: item left out', {
          item: item.code,
          townshipId,
          status: submitted.status,
          code: submitted.body?.code,
          issues: JSON.stringify(submitted.body?.issues ?? submitted.body?.errors ?? submitted.body).slice(0, 300),
        });
        return;
      }
      created++;
      const caseId = submitted.body.case.caseId as string;
      const step = async (p: Principal, path: string, extra: Record<string, unknown> = {}) => {
        const current = await call(p, 'GET', `/api/cases/${caseId}`);
        if (current.status !== 200) {
          options.logger.info('demo history: case unreadable', { path, role: p.role, status: current.status });
          return false;
        }
        const res = await call(p, 'POST', `/api/cases/${caseId}/${path}`, { version: current.body.case.version, ...extra });
        if (res.status !== 200)
          options.logger.info('demo history: step refused', {
            path,
            role: p.role,
            status: res.status,
            code: res.body?.code,
            issues: JSON.stringify(res.body?.issues ?? res.body?.message ?? '').slice(0, 300),
          });
        return res.status === 200 ? res.body.case : false;
      };
      // This case's steps in order: a step on the same day as the one before comes after it.
      let cursor = { day: dayIndex, minute };
      const next = (offset: number, run: () => Promise<void>) => {
        const day = dayIndex + offset;
        const stepMinute = day === cursor.day ? Math.min(17 * 60 + 20, cursor.minute + random.int(5, 40)) : random.int(9 * 60, 16 * 60 + 30);
        cursor = { day, minute: stepMinute };
        later(day, stepMinute, run);
      };
      const afterAcceptance = async (accepted: any, from: number) => {
        const promised = item.promisedLimitDays;
        const legal = item.legalLimitDays;
        const roll = random.next();
        const decideAfter =
          promised === 0
            ? 0
            : roll < 0.03
              ? legal + random.int(1, 3)
              : roll < 0.15
                ? promised + random.int(1, 4)
                : random.int(Math.max(1, Math.floor(promised * 0.2)), promised);
        const office = accepted.handlingOfficeId as string;
        const reviewer = staffOf({ role: 'reviewer', countyId: DEMO_COUNTY.id, townshipId, officeId: office });
        const approver = staffOf({ role: 'approver', countyId: DEMO_COUNTY.id, townshipId, officeId: `${townshipId}-approval` });
        const outcome = random.chance(0.92) ? 'grant' : 'refuse';
        const decision = {
          outcome,
          reasons: [outcome === 'grant' ? '经审查符合条件' : '经审查不符合条件'],
          legalBasis: [item.legalBasis[0]?.['zh-CN'] ?? '有关规定'],
          ...(outcome === 'refuse' ? { remedies: '如不服本决定，可自收到之日起六十日内申请行政复议，或者六个月内提起行政诉讼。' } : {}),
        };
        const forwarded = item.route.kind === 'forward_to_county';
        next(from, async () => {
          if (!(await step(reviewer, 'take'))) return;
          if (decideAfter > 5 && random.chance(0.06)) {
            const start = toIsoDate(days[Math.min(days.length - 1, dayIndex + from + 1)]!);
            const end = toIsoDate(days[Math.min(days.length - 1, dayIndex + from + 3)]!);
            next(from + 1, async () => void (await step(reviewer, 'suspend', { procedure: 'site_survey', reason: '实地核查', start, expectedEnd: end })));
            next(from + 4, async () => void (await step(reviewer, 'resume', { lastPausedDay: end })));
          }
        });
        const decided = async () => {
          const after = forwarded
            ? await step(
                staffOf({
                  role: 'county_officer',
                  countyId: DEMO_COUNTY.id,
                  officeId: item.route.kind === 'forward_to_county' ? item.route.countyOfficeId : '',
                }),
                'decide',
                decision,
              )
            : (await step(reviewer, 'propose', decision)) && (await step(approver, 'decide', decision));
          if (!after) return;
          const deliverAfter = random.int(0, 3);
          next(from + decideAfter + 4 + deliverAfter, async () => {
            const byPost = random.chance(0.2);
            const delivered = await step(
              clerk,
              'deliver',
              byPost
                ? { method: 'post', carrier: '中国邮政 EMS', trackingNumber: `EMS${random.int(100000000, 999999999)}` }
                : { method: 'window', recipient: { kind: 'applicant', name: answers.applicantName ?? '申请人', idChecked: true } },
            );
            if (!delivered || !random.chance(0.7)) return;
            const u = random.next();
            let acc = 0;
            const grade = GRADES.find(([, p]) => (acc += p) >= u)?.[0] ?? 'satisfied';
            const rated = await step(channel === 'counter' ? clerk : applicantUser, 'rate', {
              grade,
              ...(random.chance(0.3) ? { comment: grade.includes('dissatisfied') ? '等待时间较长' : '办事效率高' } : {}),
            });
            if (rated && grade.includes('dissatisfied')) {
              next(
                from + decideAfter + 4 + deliverAfter + random.int(1, 7),
                async () => void (await step(reviewer, 'reply-rectification', { text: '已核实情况，优化窗口排队并电话回访申请人', contactedApplicant: true })),
              );
            }
          });
        };
        if (forwarded)
          next(from + Math.max(1, Math.floor(decideAfter / 3)), async () => void (await step(reviewer, 'forward', { note: '经初审材料齐全，转报县级部门' })));
        next(from + decideAfter, decided);
      };
      if (notAccept) {
        next(
          channel === 'counter' ? 0 : 1,
          async () =>
            void (await step(clerk, 'not-accept', {
              reasons: ['申请事项不属于本机关职权范围'],
              legalBasis: ['《中华人民共和国行政许可法》第三十二条'],
              remedies: '如不服，可依法申请行政复议或者提起行政诉讼。',
            })),
        );
      } else if (channel === 'counter') {
        await afterAcceptance(submitted.body.case, 0);
      } else {
        const acceptAfter = random.int(0, 2);
        next(acceptAfter, async () => {
          const accepted = await step(clerk, 'accept', { deferred: [] });
          if (accepted) await afterAcceptance(accepted, acceptAfter);
        });
      }
    });
  };

  for (const township of DEMO_TOWNSHIPS) {
    for (let i = 0; i < options.casesPerTownship; i++) planCase(township.id, random.int(0, days.length - 1), i);
  }
  for (let d = 0; d < days.length && !options.signal?.aborted; d++) {
    now = new Date(at(d, 8 * 60 + 30));
    await sweepDeadlines(deps.deadlines);
    // Tasks of the day in time order; a task may add a later task of the same day.
    for (;;) {
      const today = tasks.filter((task) => task.day === d).sort((a, b) => a.minute - b.minute);
      if (today.length === 0 || options.signal?.aborted) break;
      const task = today[0]!;
      tasks.splice(tasks.indexOf(task), 1);
      now = new Date(at(d, task.minute));
      await task.run().catch((error: unknown) => {
        failed++;
        options.logger.warn('demo history step failed', { error });
      });
    }
  }
  now = new Date(options.today);
  await sweepDeadlines(deps.deadlines);
  options.logger.info('demo history: steps beyond today left open', { dropped, left: tasks.length });
  await db.send(new PutCommand({ TableName: tableName, Item: { ...MARKER, type: 'demo-history', cases: created, at: new Date().toISOString() } }));
  return { cases: created, failed, skipped: false, ms: Date.now() - started };
}
