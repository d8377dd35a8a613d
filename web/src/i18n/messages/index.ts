import type { Lang } from '../lang.js';
import { en } from './core.en.js';
import { zhCN, type MessageKey } from './core.zh-CN.js';

export type { MessageKey } from './core.zh-CN.js';

/** Both catalogues by language. */
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
