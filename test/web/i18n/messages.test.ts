import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, ruleOf } from '../../../functions/core/case/case-actions.js';
import { format, placeholdersOf } from '../../../web/src/i18n/format.js';
import { intakeEn } from '../../../web/src/i18n/messages/intake.en.js';
import { intakeZhCN } from '../../../web/src/i18n/messages/intake.zh-CN.js';

const DIR = 'web/src/i18n/messages';

/** The one catalogue a message module exports. */
async function catalogue(file: string): Promise<Record<string, string>> {
  const module = (await import(resolve(DIR, file))) as Record<string, unknown>;
  const found = Object.values(module).filter((v): v is Record<string, string> => typeof v === 'object' && v !== null);
  expect(found, file).toHaveLength(1);
  return found[0]!;
}

// Every catalogue pair: core (the shell, with auth spread in), one per namespace, and auth itself.
const PAIRS = readdirSync(DIR)
  .filter((f) => f.endsWith('.zh-CN.ts'))
  .map((f) => f.replace(/\.zh-CN\.ts$/, ''))
  .sort();
// The namespaces the app defines (`<name>.ts` calls defineMessages); auth is part of core.
const NAMESPACES = readdirSync(DIR)
  .filter((f) => /^[a-z-]+\.ts$/.test(f) && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('web message catalogues', () => {
  it('are namespaces with a zh-CN and an English module each (auth is spread into core)', () => {
    expect(NAMESPACES).toContain('core');
    expect(NAMESPACES.length).toBeGreaterThan(5);
    expect(PAIRS).toEqual([...NAMESPACES, 'auth'].sort());
    for (const name of PAIRS) expect(readdirSync(DIR), name).toContain(`${name}.en.ts`);
  });

  it.each(PAIRS)('%s: English for exactly the zh-CN keys, the same placeholders, nothing blank, no Chinese', async (name) => {
    const zhCN = await catalogue(`${name}.zh-CN.ts`);
    const en = await catalogue(`${name}.en.ts`);
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const key of Object.keys(zhCN)) {
      expect(placeholdersOf(en[key]!), key).toEqual(placeholdersOf(zhCN[key]!));
      expect(en[key]!.trim(), key).not.toBe('');
    }
    // Except the name of the other language.
    const leaks = Object.entries(en).filter(([key, text]) => key !== 'lang.other' && /[\u4e00-\u9fff]/.test(text));
    expect(leaks).toEqual([]);
  });

  // The applicant's timeline (CaseTimeline, intake namespace) names each public step.
  it.each(ACTION_NAMES.filter((a) => ruleOf(a).public))('names the public step %s in the applicant’s timeline (not "progress update")', (action) => {
    expect(intakeZhCN).toHaveProperty(`intake.step.${action}`);
    expect(intakeEn).toHaveProperty(`intake.step.${action}`);
  });

  it('never define a key in two namespaces (one would hide the other once both are loaded)', async () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const name of NAMESPACES) {
      for (const key of Object.keys(await catalogue(`${name}.zh-CN.ts`))) {
        if (owner.has(key)) clashes.push(`${key}: ${owner.get(key)} and ${name}`);
        owner.set(key, name);
      }
    }
    expect(owner.size).toBeGreaterThan(1000);
    expect(clashes).toEqual([]);
  });
});

describe('format', () => {
  it.each([
    ['{name}，您好', { name: '陈静' }, '陈静，您好'],
    ['共 {count} 项', { count: 3 }, '共 3 项'],
    ['{a} and {a}', { a: 'x' }, 'x and x'],
    ['no params', {}, 'no params'],
    ['missing {gap}', {}, 'missing {gap}'],
  ])('formats %j with %j', (template, params, expected) => {
    expect(format(template, params)).toBe(expected);
  });
});
