import type { MessageCatalog } from '../translate.js';

/** Messages of the sign-in options endpoints. */
export const authMessages: MessageCatalog = {
  SIGN_IN_NOT_CONFIGURED: {
    'zh-CN': '系统尚未配置登录方式，请联系管理员。',
    en: 'Sign-in is not configured on this server. Please contact the administrator.',
  },
};
