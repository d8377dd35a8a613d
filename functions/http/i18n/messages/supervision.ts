import type { MessageCatalog } from '../translate.js';

/** Messages of the county's supervision (督办). */
export const supervisionMessages: MessageCatalog = {
  NO_SUPERVISION_GROUND: {
    'zh-CN': '该办件没有此督办事由（须为黄牌、红牌、超法定时限或差评）。',
    en: 'This case gives no such ground for supervision (a yellow or red card, a legal breach, or a poor rating).',
  },
  SUPERVISION_ORDER_MISMATCH: { 'zh-CN': '督办单不属于此办件。', en: 'The supervision order is not on this case.' },
  'supervision.status.unknown': { 'zh-CN': '未知的督办单状态：{status}', en: 'Unknown supervision order status: {status}' },
};
