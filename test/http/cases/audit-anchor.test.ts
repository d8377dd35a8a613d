import { readdir, writeFile, chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseKeys } from '../../../functions/adapters/dynamodb/key-scheme.js';
import { GENESIS_HASH, sealEvent, type CaseEvent } from '../../../functions/core/case/case-event.js';
import { AnchorExistsError } from '../../../functions/ports/chain-anchor-store.js';
import { anchorChainHeads } from '../../../functions/use-cases/audit/chain-anchors.js';
import { createTestApp } from '../../support/test-app.js';
import { submitOldAgeAllowance, testClock, type TestApp } from './intake-helpers.js';

/** Re-seals a whole chain after editing it, and writes events and head back: a consistent rewrite. */
async function rewriteWholeChain(t: TestApp, caseId: string, edit: (e: CaseEvent) => CaseEvent) {
  const events = await t.deps.intake.cases.events(caseId);
  let prev = GENESIS_HASH;
  for (const original of events) {
    const { hash: _h, prevHash: _p, ...content } = edit(original);
    const resealed = sealEvent(content, prev);
    prev = resealed.hash;
    const item = (await t.db.send(new GetCommand({ TableName: t.tableName, Key: caseKeys.event(caseId, original.seq) }))).Item!;
    await t.db.send(new PutCommand({ TableName: t.tableName, Item: { ...item, ...resealed } }));
  }
  await t.db.send(
    new UpdateCommand({
      TableName: t.tableName,
      Key: caseKeys.case(caseId),
      UpdateExpression: 'SET lastEventHash = :h',
      ExpressionAttributeValues: { ':h': prev },
    }),
  );
}

describe("audit anchoring: the county's signed daily digest of chain heads, outside the table", () => {
  const clock = testClock();
  let t: TestApp;
  const anchorDeps = () => ({ cases: t.deps.intake.cases, seal: t.deps.intake.seal, anchors: t.deps.intake.anchors!, now: clock.now });
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  it('detects a whole chain and its head rewritten consistently in DynamoDB after anchoring', async () => {
    const c = (await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] })).body.case;
    expect((await t.call('POST', `/api/cases/${c.caseId}/accept`, { as: 'clerk', body: { version: c.version } })).status).toBe(200);
    const digest = await anchorChainHeads(anchorDeps(), c.countyId, '2026-03-02', [c.caseId]);
    expect(digest.heads).toEqual([{ caseId: c.caseId, seq: 2, hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);

    const before = await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'supervisor' });
    expect(before.body.verdict).toEqual({ ok: true, events: 2 });
    expect(before.body.anchor).toEqual({ anchoredHeads: 1, invalidDigests: 0, lastAnchoredDay: '2026-03-02' });

    // Backdate the acceptance and recompute every hash and the head: the chain alone still holds.
    await rewriteWholeChain(t, c.caseId, (e) => (e.seq === 2 ? { ...e, at: '2026-03-01T01:00:00.000Z' } : e));
    const rewritten = await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'supervisor' });
    expect(rewritten.status).toBe(200);
    expect(rewritten.body.verdict).toEqual({ ok: false, seq: 2, problem: 'rewritten' });
  });

  it('detects a township or county changed in an event, even re-sealed consistently', async () => {
    const c = (await submitOldAgeAllowance(t, 'resident')).body.case;
    await anchorChainHeads(anchorDeps(), c.countyId, '2026-03-03', [c.caseId]);
    // Moving the event's scope alone breaks its hash.
    await t.db.send(
      new UpdateCommand({
        TableName: t.tableName,
        Key: caseKeys.event(c.caseId, 1),
        UpdateExpression: 'SET #scope.townshipId = :v',
        ExpressionAttributeNames: { '#scope': 'scope' },
        ExpressionAttributeValues: { ':v': 'baihe' },
      }),
    );
    expect((await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'supervisor' })).body.verdict).toEqual({ ok: false, seq: 1, problem: 'edited' });
    // The case record alone moved to another township of the county: its events' scope no longer matches.
    await t.db.send(
      new UpdateCommand({
        TableName: t.tableName,
        Key: caseKeys.case(c.caseId),
        UpdateExpression: 'SET townshipId = :v',
        ExpressionAttributeValues: { ':v': 'baihe' },
      }),
    );
    await rewriteWholeChain(t, c.caseId, (e) => ({ ...e, scope: { townshipId: 'qingshi', countyId: c.countyId } }));
    // (the scope edit above is undone by re-sealing with the original township)
    expect((await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'supervisor' })).body.verdict).toEqual({
      ok: false,
      seq: 1,
      problem: 'foreign_scope',
    });
    // Chain re-sealed with the new township and the record moved: holds on its own, but not against the anchor.
    await rewriteWholeChain(t, c.caseId, (e) => ({ ...e, scope: { townshipId: 'baihe', countyId: c.countyId } }));
    const audit = await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'supervisor' });
    expect(audit.body.verdict).toEqual({ ok: false, seq: 1, problem: 'rewritten' });
  });

  it('writes a county day once, leaves other counties out, and ignores a digest whose signature fails', async () => {
    const c = (await submitOldAgeAllowance(t, 'resident')).body.case;
    const other = await anchorChainHeads(anchorDeps(), 'some-other-county', '2026-03-04', [c.caseId]);
    expect(other.heads).toEqual([]);
    await anchorChainHeads(anchorDeps(), c.countyId, '2026-03-04', [c.caseId]);
    await expect(anchorChainHeads(anchorDeps(), c.countyId, '2026-03-04', [c.caseId])).rejects.toBeInstanceOf(AnchorExistsError);

    // Forge the day's file (as someone with disk access would): its signature no longer holds, so it anchors nothing.
    const dir = join(t.anchorsDir, c.countyId);
    const file = join(dir, '2026-03-04.json');
    const forged = JSON.parse(await readFile(file, 'utf8'));
    forged.heads = [{ caseId: c.caseId, seq: 1, hash: 'f'.repeat(64) }];
    await chmod(file, 0o644);
    await writeFile(file, JSON.stringify(forged));
    const audit = await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'supervisor' });
    expect(audit.body.verdict).toEqual({ ok: true, events: 1 });
    expect(audit.body.anchor.invalidDigests).toBe(1);
    expect((await readdir(dir)).sort()).toContain('2026-03-04.json');
  });
});
