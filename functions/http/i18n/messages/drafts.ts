import type { MessageCatalog } from '../translate.js';

/** Messages of application drafts kept on the server. */
export const draftMessages: MessageCatalog = {
  DRAFT_CHANGED: {
    'zh-CN': '这份草稿已在另一台设备上修改（现为第 {version} 版），未覆盖。请选择保留哪一份。',
    en: 'This draft was changed on another device (now version {version}) and was not overwritten. Choose which copy to keep.',
  },
  DRAFT_EXISTS: {
    'zh-CN': '该事项已有一份保存的草稿（第 {version} 版），未覆盖。请继续填写那一份，或选择保留哪一份。',
    en: 'There is already a saved draft of this service (version {version}); it was not overwritten. Continue that one, or choose which copy to keep.',
  },
  DRAFT_GONE: {
    'zh-CN': '这份草稿已在别处提交、删除或已过期。',
    en: 'This draft was submitted, deleted or has expired elsewhere.',
  },
  'draft.tooManyEntries': { 'zh-CN': '条目过多（最多 {max} 项）', en: 'Too many entries (at most {max})' },
  'draft.tooLarge': { 'zh-CN': '草稿过大（最多 {kb} KB）', en: 'The draft is too large (at most {kb} KB)' },
  'draft.completed.repeated': { 'zh-CN': '步骤重复', en: 'A step is listed twice' },
  'draft.townshipId': { 'zh-CN': '乡镇编号格式不正确', en: 'Not a township id' },
};
