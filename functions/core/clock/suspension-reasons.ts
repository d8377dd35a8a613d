import type { ExplanationLang } from './explanation-parts.js';

/**
 * The special procedures that stop the clock (行政许可法 §45), with their names in both languages.
 * A reason not in this list is shown as it was written.
 */
export const SUSPENSION_REASONS = {
  hearing: { 'zh-CN': '听证', en: 'a hearing' },
  auction: { 'zh-CN': '招标、拍卖', en: 'bidding or an auction' },
  inspection: { 'zh-CN': '检验、检测、检疫', en: 'inspection, testing or quarantine' },
  expert_review: { 'zh-CN': '专家评审', en: 'an expert review' },
  public_notice: { 'zh-CN': '公示', en: 'a public notice period' },
  site_survey: { 'zh-CN': '现场勘查', en: 'a site survey' },
  other: { 'zh-CN': '其他法定程序', en: 'another special procedure' },
} as const;
export type SuspensionReason = keyof typeof SUSPENSION_REASONS;

/** The reason in `lang`, e.g. "a site survey" / "现场勘查". */
export function suspensionReasonText(reason: string, lang: ExplanationLang, note?: string): string {
  const known = (SUSPENSION_REASONS as Record<string, { 'zh-CN': string; en: string }>)[reason];
  if (!known) return reason;
  if (reason === 'other' && note) return note;
  return known[lang];
}
