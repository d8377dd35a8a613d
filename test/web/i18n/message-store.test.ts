import { describe, expect, it } from 'vitest';
import { defineMessages, hasMessage, loadMessages, messagesLoaded, translate } from '../../../web/src/i18n/message-store.js';
import type { MessageKey } from '../../../web/src/i18n/messages/index.js';

// Namespaces of this test only (the store is one per page; names here are unique to each case).
const key = (k: string) => k as MessageKey;

/** An English loader that counts its calls and settles when told to. */
function deferredEnglish<K extends string>(strings: Record<K, string>) {
  let calls = 0;
  let release!: () => void;
  let fail!: (e: Error) => void;
  const loader = () => {
    calls++;
    return new Promise<Record<K, string>>((resolve, reject) => {
      release = () => resolve(strings);
      fail = reject;
    });
  };
  return { loader, calls: () => calls, release: () => release(), fail: (e: Error) => fail(e) };
}

describe('message store', () => {
  it('has a namespace in zh-CN as soon as it is defined, and in English only once loaded', async () => {
    const en = deferredEnglish({ 'a.hello': 'Hello {name}' });
    defineMessages('a', { 'a.hello': '你好 {name}' }, en.loader);
    expect(translate('zh-CN', key('a.hello'), { name: '陈静' })).toBe('你好 陈静');
    expect(hasMessage('a.hello')).toBe(true);
    expect(hasMessage('a.nothing')).toBe(false);
    expect(messagesLoaded('en')).toBe(false);
    // Not loaded: the key shows as itself, never as a blank or a crash.
    expect(translate('en', key('a.hello'))).toBe('a.hello');
    expect(en.calls()).toBe(0);

    const first = loadMessages('en');
    const second = loadMessages('en');
    en.release();
    await Promise.all([first, second]);
    expect(en.calls()).toBe(1);
    expect(translate('en', key('a.hello'), { name: 'Chen' })).toBe('Hello Chen');
    expect(messagesLoaded('en')).toBe(true);
    await loadMessages('en');
    expect(en.calls()).toBe(1);
  });

  it('also fetches a namespace defined while English is on its way (a page chunk arriving during a switch)', async () => {
    const b = deferredEnglish({ 'b.x': 'B' });
    defineMessages('b', { 'b.x': '乙' }, b.loader);
    const switching = loadMessages('en');
    const c = deferredEnglish({ 'c.x': 'C' });
    defineMessages('c', { 'c.x': '丙' }, c.loader);
    let done = false;
    void switching.then(() => (done = true));
    b.release();
    await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe(false);
    expect(c.calls()).toBe(1);
    c.release();
    await switching;
    expect(translate('en', key('c.x'))).toBe('C');
  });

  it('rejects when English cannot be fetched, and fetches again on the next try', async () => {
    const d = deferredEnglish({ 'd.x': 'D' });
    defineMessages('d', { 'd.x': '丁' }, d.loader);
    const failing = loadMessages('en');
    d.fail(new Error('offline'));
    await expect(failing).rejects.toThrow('offline');
    expect(messagesLoaded('en')).toBe(false);

    const retry = loadMessages('en');
    d.release();
    await retry;
    expect(d.calls()).toBe(2);
    expect(translate('en', key('d.x'))).toBe('D');
  });

  it('keeps the first definition of a namespace (a module evaluated twice changes nothing)', () => {
    defineMessages('e', { 'e.x': '戊' }, () => Promise.resolve({ 'e.x': 'E' }));
    defineMessages('e', { 'e.x': '另一个' }, () => Promise.resolve({ 'e.x': 'other' }));
    expect(translate('zh-CN', key('e.x'))).toBe('戊');
  });
});
