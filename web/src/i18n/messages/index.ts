import type { Lang } from '../lang.js';
import { en } from './en.js';
import { zhCN, type MessageKey } from './zh-CN.js';

export type { MessageKey } from './zh-CN.js';

/** Both catalogues by language. */
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
