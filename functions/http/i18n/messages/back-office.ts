import type { MessageCatalog } from '../translate.js';

/** Messages of the back office: review, clock, decision refusals and field issues. */
export const backOfficeMessages: MessageCatalog = {
  CASE_NOT_TAKEN: { 'zh-CN': '请先承办（领取）此办件。', en: 'Take the case for review first.' },
  CASE_ALREADY_TAKEN: { 'zh-CN': '您已承办此办件。', en: 'You have already taken this case.' },
  NO_PROPOSAL: { 'zh-CN': '此办件尚无审查人员提出的拟办意见。', en: 'No reviewer has proposed a decision on this case yet.' },
  PROPOSAL_PENDING: {
    'zh-CN': '已提交拟办意见，正等待审批负责人签批；如需修改请先撤回。',
    en: 'A proposed decision is waiting for the approver; withdraw it first to change it.',
  },
  EXTENSION_USED: {
    'zh-CN': '每件只能延期一次，此办件已申请或已延期。',
    en: 'A case may be extended once only; this one already has an extension or a request.',
  },
  NO_EXTENSION_REQUEST: { 'zh-CN': '此办件没有待审批的延期申请。', en: 'There is no extension request waiting on this case.' },
  NOT_A_FORWARDED_ITEM: { 'zh-CN': '该事项由本乡镇决定，不需转报县级部门。', en: 'This item is decided in the township; it is not forwarded to the county.' },
  FORWARDED_ITEM: { 'zh-CN': '该事项须审核后转报县级部门决定。', en: 'This item is reviewed here and forwarded to the county department, which decides it.' },
  SAME_PERSON: {
    'zh-CN': '审查与决定须由不同人员作出，您不能签批自己审查的办件。',
    en: 'Review and decision must be made by two different people: you cannot sign a case you reviewed.',
  },
  NO_DECISION_IN_FORCE: { 'zh-CN': '此办件没有有效的决定。', en: 'This case has no decision in force.' },
  ALREADY_RATED: {
    'zh-CN': '此办件在该渠道已评价过，每件每个渠道只能评价一次。',
    en: 'This case has already been rated on this channel; one rating per case and channel.',
  },
  NO_OPEN_RECTIFICATION: { 'zh-CN': '此办件没有待答复的整改任务。', en: 'This case has no rectification task waiting for a reply.' },
  NOTHING_TO_APPEAL: { 'zh-CN': '此办件没有可申诉的差评。', en: 'This case has no poor rating to appeal.' },
  NO_PENDING_APPEAL: { 'zh-CN': '此办件没有待决定的申诉。', en: 'This case has no appeal waiting for a decision.' },
  NO_OPEN_SUPERVISION_ORDER: { 'zh-CN': '此办件没有待答复的督办单。', en: 'This case has no supervision order waiting for a reply.' },
  NO_SUPERVISION_REPLY: { 'zh-CN': '督办单尚未答复。', en: 'The supervision order has not been answered yet.' },
  SEAL_UNAVAILABLE: { 'zh-CN': '电子印章暂时无法使用，请稍后重试。', en: 'The electronic seal is unavailable at the moment. Please try again shortly.' },
  'case.suspension.beforeAcceptance': { 'zh-CN': '挂起开始日期须晚于受理日期（{date}）', en: 'A suspension must start after the day of acceptance ({date})' },
  'case.suspension.overlaps': {
    'zh-CN': '挂起开始日期须晚于上一次挂起的结束日期（{date}）',
    en: 'A suspension must start after the previous one ended ({date})',
  },
  'case.suspension.startInFuture': { 'zh-CN': '挂起开始日期不能晚于今天', en: 'A suspension cannot start after today' },
  'case.suspension.endBeforeStart': { 'zh-CN': '结束日期不能早于开始日期', en: 'The end cannot be before the start' },
  'case.suspension.endInFuture': { 'zh-CN': '最后挂起日不能晚于今天', en: 'The last paused day cannot be after today' },
  'case.suspension.noneOpen': { 'zh-CN': '此办件没有正在进行的挂起', en: 'This case has no open suspension' },
  'case.extension.tooLong': { 'zh-CN': '延期最多 {max} 个工作日', en: 'An extension may add at most {max} working days' },
  'case.decision.basisRequired': { 'zh-CN': '请填写法律依据', en: 'Give the legal basis' },
  'case.decision.reasonsRequired': { 'zh-CN': '不予许可须说明理由', en: 'A refusal must give its reasons' },
  'case.decision.remediesRequired': {
    'zh-CN': '不予许可须告知申请人依法申请行政复议或提起行政诉讼的权利',
    en: 'A refusal must tell the applicant of their right to reconsideration or a lawsuit',
  },
  'field.deliveredOn.range': {
    'zh-CN': '送达日期不能早于决定日期，也不能晚于今天',
    en: 'The delivery date cannot be before the decision or after today',
  },
  'field.cursor.invalid': { 'zh-CN': '分页参数无效，请从第一页重新开始', en: 'The page cursor is not valid; start again from the first page' },
};
