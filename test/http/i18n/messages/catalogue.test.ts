import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarMessages } from '../../../../functions/http/i18n/messages/calendar.js';
import { catalogueMessages } from '../../../../functions/http/i18n/messages/catalogue.js';
import { commonMessages } from '../../../../functions/http/i18n/messages/common.js';

const SOURCES = ['functions/core/catalogue', 'functions/core/identity', 'functions/use-cases/catalogue', 'functions/http/routes/catalogue'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const source = SOURCES.flatMap(filesUnder)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const catalog = { ...commonMessages, ...catalogueMessages };

describe('catalogue messages', () => {
  const keys = [...new Set([...source.matchAll(/'((?:field|catalogue)\.[a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)].map((m) => m[1]!))];
  const codes = [...new Set([...source.matchAll(/'(CATALOGUE_[A-Z_]+)'/g)].map((m) => m[1]!))];

  it('finds the keys and codes it checks', () => {
    expect(keys).toEqual(expect.arrayContaining(['field.phone.format', 'catalogue.situation.unanswered', 'catalogue.item.promisedExceedsLegal']));
    expect(codes).toEqual(expect.arrayContaining(['CATALOGUE_VERSION_CONFLICT', 'CATALOGUE_ITEM_NOT_OFFERED']));
  });

  // The identity keys are built from the check's problem (`field.idNumber.${problem}`), so they are listed here.
  const built = ['format', 'birthDate', 'checksum'].map((p) => `field.idNumber.${p}`).concat(['format', 'checksum'].map((p) => `field.creditCode.${p}`));

  it.each([...keys, ...codes, ...built])('has zh-CN and English text for %s', (key) => {
    expect(catalog[key]?.['zh-CN']).toBeTruthy();
    expect(catalog[key]?.en).toBeTruthy();
  });

  it('shares keys with other features only with the same text (registering would throw otherwise)', () => {
    for (const other of [commonMessages, calendarMessages]) {
      for (const [key, text] of Object.entries(catalogueMessages)) {
        if (other[key]) expect(text, key).toEqual(other[key]);
      }
    }
  });
});
