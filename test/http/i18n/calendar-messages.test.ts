import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarMessages } from '../../../functions/http/i18n/messages/calendar.js';
import { hasMessage, translate } from '../../../functions/http/i18n/translate.js';
import '../../../functions/http/routes/calendar.js';

const SOURCES = ['functions/core/calendar', 'functions/core/clock', 'functions/http/routes'];

/** Every i18n key and error code the calendar code can put in an answer. */
function keysUsed(): string[] {
  const keys = new Set<string>();
  for (const dir of SOURCES) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const match of text.matchAll(/'(field\.[\w.]+)'/g)) keys.add(match[1]!);
      for (const match of text.matchAll(/'(CALENDAR_[A-Z_]+|VERSION_CONFLICT)'/g)) keys.add(match[1]!);
    }
  }
  return [...keys].sort();
}

describe('calendar messages', () => {
  it.each(keysUsed())('%s exists in zh-CN and en', (key) => {
    expect(hasMessage(key)).toBe(true);
    expect(translate(key, 'zh-CN')).not.toBe(key);
    expect(translate(key, 'en')).not.toBe(key);
  });

  it('fills the date and year into field messages', () => {
    expect(translate('field.calendar.notInYear', 'en', { date: '2027-01-01', year: 2026 })).toBe('2027-01-01 is not in 2026');
    expect(translate('field.calendar.notInYear', 'zh-CN', { date: '2027-01-01', year: 2026 })).toBe('2027-01-01 不在2026年内');
  });

  it('has no message text left empty', () => {
    for (const [key, text] of Object.entries(calendarMessages)) {
      expect(text['zh-CN'], key).toMatch(/\S/);
      expect(text.en, key).toMatch(/\S/);
    }
  });
});
