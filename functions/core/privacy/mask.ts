/**
 * Masking of personal data for lists, exports and logs (PIPL): keep only what lets a person
 * recognise their own record, e.g. `3201**********123X`.
 */
export function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  const chars = [...value];
  if (chars.length <= keepStart + keepEnd) return '*'.repeat(chars.length);
  return chars.slice(0, keepStart).join('') + '*'.repeat(chars.length - keepStart - keepEnd) + chars.slice(chars.length - keepEnd).join('');
}

/** 18-character resident ID → first 4 and last 4 kept. */
export const maskIdNumber = (value: string) => maskMiddle(value, 4, 4);
/** Mobile phone → first 3 and last 4 kept. */
export const maskPhone = (value: string) => maskMiddle(value, 3, 4);
/** Unified social credit code → first 4 and last 4 kept. */
export const maskCreditCode = (value: string) => maskMiddle(value, 4, 4);
/** A person's name → family name kept: 张** */
export const maskName = (value: string) => maskMiddle(value, 1, 0);

const ID_LIKE = /\b\d{17}[\dXx]\b/g;
const PHONE_LIKE = /\b1[3-9]\d{9}\b/g;
const CREDIT_LIKE = /\b[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}\b/g;

/** Masks anything in free text that looks like an ID number, mobile number or credit code. */
export function maskPersonalDataInText(text: string): string {
  return text.replace(ID_LIKE, maskIdNumber).replace(CREDIT_LIKE, maskCreditCode).replace(PHONE_LIKE, maskPhone);
}
