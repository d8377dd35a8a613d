import type { CaseAction } from '../case/case-actions.js';

/** Languages an applicant may receive messages in. */
export const MESSAGE_LANGS = ['zh-CN', 'en'] as const;
export type MessageLang = (typeof MESSAGE_LANGS)[number];

/** What a template may use: the case number, the lookup link, a date; never personal data. */
export interface TemplateParams {
  no: string;
  link: string;
  /** The promised due date (accepted, extended). */
  due?: string;
}

type Template = (p: TemplateParams) => string;

/**
 * Public steps that tell the applicant something. `deliver` and `deliver_electronically` are left
 * out on purpose: `complete` is written in the same transaction and says both in one message.
 */
export type MessageAction = Exclude<
  {
    [A in CaseAction]: A;
  }[CaseAction],
  'deliver' | 'deliver_electronically'
>;

/** Texts per public step; kept short so that name + text + link fit one SMS (see sms-length.ts). */
export const TEMPLATES: Record<MessageLang, Partial<Record<MessageAction, Template>>> = {
  'zh-CN': {
    submit: (p) => `办件${p.no}已收到，5个工作日内答复。${p.link}`,
    resubmit: (p) => `办件${p.no}已收到补正材料。${p.link}`,
    require_correction: (p) => `办件${p.no}需补正，见一次性告知书。${p.link}`,
    not_accept: (p) => `办件${p.no}不予受理，见告知书。${p.link}`,
    accept: (p) => `办件${p.no}已受理，${p.due ?? ''}前办结。${p.link}`,
    deem_accepted: (p) => `办件${p.no}视为受理，${p.due ?? ''}前办结。${p.link}`,
    withdraw: (p) => `办件${p.no}已撤回。${p.link}`,
    request_info: (p) => `办件${p.no}需补充信息，请查看。${p.link}`,
    forward: (p) => `办件${p.no}已报县级部门审批。${p.link}`,
    suspend: (p) => `办件${p.no}进入特别程序，暂停计时。${p.link}`,
    resume: (p) => `办件${p.no}恢复计时。${p.link}`,
    approve_extension: (p) => `办件${p.no}已延期至${p.due ?? ''}。${p.link}`,
    decide: (p) => `办件${p.no}已作决定，可窗口领取或网上下载。${p.link}`,
    decide_forwarded: (p) => `办件${p.no}已作决定，可窗口领取或网上下载。${p.link}`,
    terminate: (p) => `办件${p.no}已终止办理，见告知书。${p.link}`,
    revoke_decision: (p) => `办件${p.no}的决定已撤销，详见。${p.link}`,
    complete: (p) => `办件${p.no}决定书已送达，办结。欢迎评价。${p.link}`,
    reply_rectification: (p) => `办件${p.no}：您的评价已有整改答复。${p.link}`,
  },
  en: {
    submit: (p) => `Case ${p.no} received; we answer within 5 working days. Track: ${p.link}`,
    resubmit: (p) => `Case ${p.no}: your corrected materials were received. Track: ${p.link}`,
    require_correction: (p) => `Case ${p.no} needs corrections; see the one-time notice. ${p.link}`,
    not_accept: (p) => `Case ${p.no} was not accepted; the notice gives the reasons. ${p.link}`,
    accept: (p) => `Case ${p.no} accepted; decision due by ${p.due ?? ''}. ${p.link}`,
    deem_accepted: (p) => `Case ${p.no} is deemed accepted; decision due by ${p.due ?? ''}. ${p.link}`,
    withdraw: (p) => `Case ${p.no} was withdrawn and is closed. ${p.link}`,
    request_info: (p) => `Case ${p.no}: the office asks for more information. ${p.link}`,
    forward: (p) => `Case ${p.no} was sent to the county department to decide. ${p.link}`,
    suspend: (p) => `Case ${p.no} is in a special procedure; the clock is paused. ${p.link}`,
    resume: (p) => `Case ${p.no}: the clock runs again. ${p.link}`,
    approve_extension: (p) => `Case ${p.no} extended; new due date ${p.due ?? ''}. ${p.link}`,
    decide: (p) => `Case ${p.no} is decided: collect it at the window or download it. ${p.link}`,
    decide_forwarded: (p) => `Case ${p.no} is decided: collect it at the window or download it. ${p.link}`,
    terminate: (p) => `Case ${p.no} was terminated; see the notice. ${p.link}`,
    revoke_decision: (p) => `Case ${p.no}: the decision was revoked. ${p.link}`,
    complete: (p) => `Case ${p.no}: the decision was delivered; the case is complete. Please rate us. ${p.link}`,
    reply_rectification: (p) => `Case ${p.no}: the office replied to your rating. ${p.link}`,
  },
};

/** The greeting that leads a message when it still fits one SMS. */
export const GREETINGS: Record<MessageLang, (name: string) => string> = {
  'zh-CN': (name) => `${name}：`,
  en: (name) => `Dear ${name}, `,
};
