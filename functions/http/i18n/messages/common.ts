import type { MessageCatalog } from '../translate.js';

/** Messages for the error codes every endpoint can answer with. */
export const commonMessages: MessageCatalog = {
  VALIDATION_FAILED: { 'zh-CN': '提交的内容有误，请按提示修改。', en: 'Some of the information is not valid. Please correct it.' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录。', en: 'Please sign in.' },
  TOKEN_EXPIRED: { 'zh-CN': '登录已过期，请重新登录。', en: 'Your session has expired. Please sign in again.' },
  SESSION_LIMIT_REACHED: {
    'zh-CN': '登录已超过最长时限，请重新登录。',
    en: 'You have been signed in for the longest time allowed. Please sign in again.',
  },
  FORBIDDEN: { 'zh-CN': '您没有权限进行此操作。', en: 'You are not allowed to do this.' },
  NOT_FOUND: { 'zh-CN': '未找到所请求的内容。', en: 'The requested item was not found.' },
  ROUTE_NOT_FOUND: { 'zh-CN': '接口不存在：{path}', en: 'No such endpoint: {path}' },
  CONFLICT: { 'zh-CN': '该记录已被他人修改，请刷新后重试。', en: 'Someone else changed this record. Please reload and try again.' },
  VERSION_CONFLICT: { 'zh-CN': '该记录已被他人修改，请刷新后重试。', en: 'Someone else changed this record. Please reload and try again.' },
  IDEMPOTENCY_KEY_REUSED: {
    'zh-CN': '同一幂等键已用于不同的请求内容。',
    en: 'This Idempotency-Key was already used with a different request.',
  },
  IDEMPOTENCY_IN_PROGRESS: {
    'zh-CN': '相同的请求正在处理中，请稍后再试。',
    en: 'The same request is still being processed. Please try again shortly.',
  },
  RULE_VIOLATION: { 'zh-CN': '此操作不符合办理规则。', en: 'This action is not allowed by the rules.' },
  INVALID_CREDENTIALS: { 'zh-CN': '用户名或密码错误。', en: 'Wrong username or password.' },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '提交的内容过大。', en: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    'zh-CN': '不支持该内容类型，请以 application/json 提交。',
    en: 'This content type is not supported. Send the request as application/json.',
  },
  METHOD_NOT_ALLOWED: { 'zh-CN': '该接口不支持此请求方法。', en: 'This endpoint does not support this method.' },
  BAD_REQUEST: { 'zh-CN': '请求无法处理，请检查后重试。', en: 'The request could not be processed. Please check it and try again.' },
  TOO_MANY_ATTEMPTS: {
    'zh-CN': '尝试次数过多，请 {seconds} 秒后再试。',
    en: 'Too many attempts. Please try again in {seconds} seconds.',
  },
  SERVICE_BUSY: {
    'zh-CN': '系统繁忙，请 {seconds} 秒后重试。',
    en: 'The service is busy right now. Please try again in {seconds} seconds.',
  },
  INTERNAL: { 'zh-CN': '系统出现错误，请稍后再试。', en: 'Something went wrong on our side. Please try again later.' },
  'field.required': { 'zh-CN': '此项必填', en: 'This field is required' },
  'field.date.format': { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'Use the date format YYYY-MM-DD' },
  'field.date.invalid': { 'zh-CN': '该日期不存在', en: 'This date does not exist' },
  'field.date.range': { 'zh-CN': '日期应在 1900-01-01 至 2100-12-31 之间', en: 'Use a date from 1900-01-01 to 2100-12-31' },
  'field.text.control': {
    'zh-CN': '含有不允许的控制字符（如 NUL），请删除后重新填写',
    en: 'This contains a control character (such as NUL) that is not allowed. Remove it and try again',
  },
  'field.invalidJson': { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
};
