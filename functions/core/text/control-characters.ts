import { z } from 'zod';

/** C0 controls, DEL and C1 controls: NUL, ESC, backspace, … (line breaks and tabs included). */
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The same, less the line feed and tab that multi-line text may hold. */
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export const CONTROL_CHARACTER_MESSAGE = 'field.text.control';

/** True when the text holds a control character it may not: any at all in one-line text; any but \n and \t in multi-line text. */
export function hasControlCharacter(value: string, multiLine = false): boolean {
  return (multiLine ? CONTROL_EXCEPT_LINES : ANY_CONTROL).test(value);
}

/**
 * The one refinement for text fields: `z.string().check(noControlCharacters())` refuses NUL and
 * the other control characters at the field's path (`field.text.control`).
 */
export const noControlCharacters = (options: { multiLine?: boolean } = {}) =>
  z.refine<string>((value) => !hasControlCharacter(value, options.multiLine === true), { message: CONTROL_CHARACTER_MESSAGE });

/** One-line text (names, codes, addresses): trimmed, no control characters. */
export const singleLineText = () => z.string().trim().check(noControlCharacters());

/** Multi-line text (notes, reasons): trimmed, line feeds and tabs allowed, no other control characters. */
export const multiLineText = () =>
  z
    .string()
    .trim()
    .check(noControlCharacters({ multiLine: true }));

/**
 * Paths of every string in a parsed JSON value that holds a disallowed control character
 * (\n and \t allowed): the backstop for free-form values such as form answers.
 */
export function controlCharacterPaths(value: unknown, path: (string | number)[] = [], found: string[] = []): string[] {
  if (found.length >= 20) return found;
  if (typeof value === 'string') {
    if (hasControlCharacter(value, true)) found.push(path.join('.') || '(body)');
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => controlCharacterPaths(item, [...path, i], found));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (hasControlCharacter(key)) found.push([...path, key].join('.'));
      else controlCharacterPaths(item, [...path, key], found);
    }
  }
  return found;
}
