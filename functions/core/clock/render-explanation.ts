import type { Explanation, ExplanationLang, ExplanationPart } from './explanation-parts.js';
import { formatDate, formatRange } from './format-date.js';
import { suspensionReasonText } from './suspension-reasons.js';

const enDays = (n: number) => `${n} working day${n === 1 ? '' : 's'}`;

function partEn(part: ExplanationPart): string {
  switch (part.kind) {
    case 'due':
      return `Due ${formatDate(part.dueDate, 'en')}`;
    case 'on_the_spot':
      return `decided on the spot, due the day of acceptance (${formatDate(part.acceptedOn, 'en')})`;
    case 'count':
      return `${enDays(part.workingDays)} from acceptance on ${formatDate(part.acceptedOn, 'en')} (the day of acceptance is not counted)`;
    case 'extension':
      return `extended by ${enDays(part.workingDays)}`;
    case 'suspension': {
      const reason = suspensionReasonText(part.reason, 'en', part.note);
      if (part.end === null) {
        return `paused for ${reason} since ${formatDate(part.start, 'en')} (${enDays(part.workingDays)} so far)`;
      }
      return `${enDays(part.workingDays)} paused for ${reason} (${formatRange(part.start, part.end, 'en')})`;
    }
    case 'holiday':
      return `${formatRange(part.start, part.end, 'en')} public holiday`;
    case 'makeup':
      return `${formatDate(part.date, 'en', true)} is a working day (makeup day)`;
    case 'legal': {
      const extension = part.extensionDays > 0 ? ` (+${part.extensionDays} extended)` : '';
      return `legal limit ${enDays(part.workingDays)}${extension}, due ${formatDate(part.dueDate, 'en')}`;
    }
    case 'provisional':
      return `provisional: no official calendar yet for ${part.years.join(', ')}, only weekends assumed off`;
  }
}

function partZh(part: ExplanationPart): string {
  switch (part.kind) {
    case 'due':
      return `${formatDate(part.dueDate, 'zh-CN')}到期`;
    case 'on_the_spot':
      return `即办件，受理当日（${formatDate(part.acceptedOn, 'zh-CN')}）办结`;
    case 'count':
      return `自${formatDate(part.acceptedOn, 'zh-CN')}受理次日起计${part.workingDays}个工作日`;
    case 'extension':
      return `延长${part.workingDays}个工作日`;
    case 'suspension': {
      const reason = suspensionReasonText(part.reason, 'zh-CN', part.note);
      if (part.end === null) {
        return `自${formatDate(part.start, 'zh-CN')}起因${reason}暂停计时（至今${part.workingDays}个工作日）`;
      }
      return `因${reason}暂停计时${part.workingDays}个工作日（${formatRange(part.start, part.end, 'zh-CN')}）`;
    }
    case 'holiday':
      return `${formatRange(part.start, part.end, 'zh-CN')}法定节假日放假`;
    case 'makeup':
      return `${formatDate(part.date, 'zh-CN', true)}调休上班`;
    case 'legal': {
      const extension = part.extensionDays > 0 ? `（含延长${part.extensionDays}个工作日）` : '';
      return `法定时限${part.workingDays}个工作日${extension}，${formatDate(part.dueDate, 'zh-CN')}到期`;
    }
    case 'provisional':
      return `暂定：${part.years.map((y) => `${y}年`).join('、')}节假日安排尚未公布，暂按周一至周五工作计算`;
  }
}

/**
 * One sentence from the parts: the `due` part leads, the rest follow in order.
 * "Due 27 Feb 2026: 5 working days from acceptance on 13 Feb 2026 …; 15–23 Feb 2026 public holiday."
 */
export function renderExplanation(parts: readonly ExplanationPart[], lang: ExplanationLang): string {
  const render = lang === 'en' ? partEn : partZh;
  const lead = parts.filter((p) => p.kind === 'due').map(render);
  const rest = parts.filter((p) => p.kind !== 'due').map(render);
  if (lang === 'en') return `${lead.join('')}${lead.length && rest.length ? ': ' : ''}${rest.join('; ')}.`;
  return `${lead.join('')}${lead.length && rest.length ? '：' : ''}${rest.join('；')}。`;
}

/** The parts with their sentence in both languages. */
export function explain(parts: ExplanationPart[]): Explanation {
  return { parts, 'zh-CN': renderExplanation(parts, 'zh-CN'), en: renderExplanation(parts, 'en') };
}
