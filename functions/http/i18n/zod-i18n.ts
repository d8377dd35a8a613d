import { z } from 'zod';
import { en, zhCN } from 'zod/v4/locales';
import { BILINGUAL_PREFIX } from './translate.js';

const zh = zhCN().localeError;
const english = en().localeError;

function text(result: unknown): string {
  if (typeof result === 'string') return result;
  if (result && typeof result === 'object' && 'message' in result) return String((result as { message: unknown }).message);
  return '';
}

let installed = false;

/**
 * Makes zod's built-in messages carry both languages, so that the error handler can answer in
 * the caller's language whichever schema produced the issue. Messages a schema sets itself
 * (i18n keys such as `field.idNumber.checksum`) are left alone.
 */
export function installBilingualZodMessages(): void {
  if (installed) return;
  installed = true;
  z.config({
    customError: (issue) => {
      const both = { 'zh-CN': text(zh(issue)), en: text(english(issue)) };
      return BILINGUAL_PREFIX + JSON.stringify(both);
    },
  });
}
