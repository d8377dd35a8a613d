/**
 * Signing in through an OIDC provider (auth.*), in the default language; spread into core.zh-CN.ts (the sign-in page is in the entry).
 * auth.en.ts gives every key with the same placeholders.
 */
export const authZhCN = {
  'auth.loading': '正在准备登录…',
  'auth.configError': '暂时无法打开登录',
  'auth.provider.genericName': '统一身份认证',
  'auth.provider.button': '使用{provider}登录',
  'auth.provider.hint': '您将前往{provider}页面输入账号和密码，完成后会自动回到本站。',
  'auth.provider.redirecting': '正在前往{provider}…',
  'auth.provider.startFailed': '暂时无法连接到{provider}，请稍后再试。',

  'auth.callback.title': '正在完成登录',
  'auth.callback.working': '正在完成登录，请稍候…',
  'auth.callback.failedTitle': '登录没有完成',
  'auth.callback.retry': '重新登录',
  'auth.callback.error.state-mismatch': '登录回应与本页发出的登录请求不一致，可能已被篡改。为保护您的账号，本次登录已停止，请重新登录。',
  'auth.callback.error.no-pending': '这个登录回应已经用过或已失效（例如刷新了页面，或在别的窗口发起了登录），请重新登录。',
  'auth.callback.error.nonce-mismatch': '收到的登录凭证不属于本次登录请求，已拒绝。请重新登录。',
  'auth.callback.error.provider-refused': '登录服务没有完成登录（{detail}），请重新登录。',
  'auth.callback.error.token-exchange': '登录服务没有发放登录凭证，请重新登录。',
  'auth.callback.error.network': '无法连接到登录服务，请检查网络后重新登录。',
  'auth.callback.error.not-oidc': '本站不通过外部登录服务登录，请从登录页登录。',
} as const;

/** A key of the sign-in messages. */
export type AuthMessageKey = keyof typeof authZhCN;
