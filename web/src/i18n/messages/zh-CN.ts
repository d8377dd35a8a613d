import { counterZhCN } from './counter.zh-CN.js';
import { officeZhCN } from './office.zh-CN.js';
import { intakeZhCN } from './intake.zh-CN.js';
import { draftsZhCN } from './drafts.zh-CN.js';
import { authZhCN } from './auth.zh-CN.js';
import { catalogueZhCN } from './catalogue.zh-CN.js';
import { sealZhCN } from './seal.zh-CN.js';
import { resultsZhCN } from './results.zh-CN.js';
import { dashboardZhCN } from './dashboard.zh-CN.js';
import { supervisionZhCN } from './supervision.zh-CN.js';

/**
 * Every string of the web app, in the default language. The keys are the contract: en.ts must
 * give each one (the type checker enforces it) with the same `{placeholders}` (a unit test does).
 */
export const zhCN = {
  ...counterZhCN,
  ...officeZhCN,
  ...intakeZhCN,
  ...draftsZhCN,
  ...authZhCN,
  ...sealZhCN,
  'app.name': '一窗受理',
  'app.tagline': '乡镇便民服务中心',
  skipLink: '跳到主要内容',
  'lang.navLabel': '语言',
  'lang.other': 'English',
  'lang.otherCode': 'en',
  'list.separator': '、',

  'header.signIn': '登录',
  'header.signOut': '退出登录',
  'header.myWorkspace': '进入我的工作台',
  'header.account': '当前用户',
  'footer.navLabel': '页脚链接',
  'footer.home': '首页',
  'footer.guide': '办事指南',
  'footer.track': '查询办件进度',
  'footer.note': '群众办事“最多跑一次”。不会上网也可以到乡镇便民服务中心窗口办理。',

  'home.title': '乡镇便民服务中心 网上办事',
  'home.lead': '在这里查看办事指南、查询办件进度。各类事项都在同一个窗口受理，不用来回跑。',
  'home.actions.title': '您想做什么？',
  'home.action.guide': '办事指南',
  'home.action.guide.hint': '能办哪些事，要带哪些材料',
  'home.action.track': '查询办件进度',
  'home.action.track.hint': '用查询码和手机号后四位查询，不用登录',
  'home.action.signIn': '登录',
  'home.action.signIn.hint': '群众、村代办员和工作人员从这里登录',
  'home.audience.title': '为谁服务',
  'home.audience.residents.title': '群众和企业',
  'home.audience.residents.body': '申请低保、高龄津贴、养老保险、建房许可等事项，随时查看办理进度。',
  'home.audience.proxy.title': '村代办员',
  'home.audience.proxy.body': '替行动不便或不会用手机的村民代办申请。',
  'home.audience.staff.title': '工作人员',
  'home.audience.staff.body': '窗口受理、后台审批和县级督查，登录后进入各自的工作台。',
  'home.offline.title': '不方便上网？',
  'home.offline.body': '可以直接到乡镇便民服务中心窗口办理，也可以请村便民服务室的代办员帮您办。',

  'guide.title': '办事指南',
  'guide.lead': '以下是乡镇便民服务中心可以办理的事项。',
  'guide.loading': '正在加载事项清单…',
  'guide.empty': '暂时没有可以查看的事项。',
  'guide.errorTitle': '暂时无法显示办事指南',
  'guide.search': '搜索事项',
  'guide.searchHint': '可输入名称、事项编码、关键词或拼音，如“低保”“dibao”“db”“gljt”',
  'guide.matches': '找到 {count} 项',
  'guide.noMatch': '没有找到相符的事项。请减少字数，或试试拼音首字母。',
  'guide.count': '共 {count} 项',
  'guide.item.code': '事项编码',
  'guide.category.licensing': '行政许可',
  'guide.category.public_service': '公共服务',
  'guide.category.other': '其他',
  'guide.onTheSpot': '即办件，当场办结',
  'guide.promised': '承诺 {days} 个工作日内办结',
  'guide.free': '免费',
  'guide.fee': '收费 {yuan} 元',

  'track.title': '查询办件进度',
  'track.lead': '请输入受理时拿到的查询码，和申请时所留手机号码的后四位。',
  'track.code.label': '查询码',
  'track.code.hint': '写在受理通知书上，也会用短信发给您。',
  'track.phone.label': '手机号码后四位',
  'track.phone.hint': '申请时所留手机号码的最后四位数字。',
  'track.submit': '查询',
  'track.searching': '正在查询…',
  'track.errorTitle': '暂时无法查询',
  'track.result.title': '查询结果',
  'track.result.caseNumber': '办件编号',
  'track.result.item': '办理事项',
  'track.result.status': '当前状态',
  'track.result.updatedAt': '更新时间',
  'track.error.codeRequired': '请输入查询码',
  'track.error.phoneRequired': '请输入手机号码后四位',
  'track.error.phoneFormat': '手机号码后四位应为4位数字',
  'track.decision.receiveNow': '下载决定书或打开可打印的决定书，即视为您已收到决定书（电子送达），办件随即办结。也可以到便民服务中心窗口领取纸质决定书。',
  'track.decision.downloadedAgain': '已下载签章决定书。',
  'track.decision.backToProgress': '返回查询结果',

  'errorSummary.title': '请修改以下问题',
  'field.errorPrefix': '错误：',

  'signIn.title': '登录',
  'signIn.lead': '群众、村代办员和工作人员都从这里登录，登录后自动进入各自的工作台。',
  'signIn.username.label': '用户名',
  'signIn.password.label': '密码',
  'signIn.showPassword': '显示密码',
  'signIn.submit': '登录',
  'signIn.submitting': '正在登录…',
  'signIn.error.usernameRequired': '请输入用户名',
  'signIn.error.passwordRequired': '请输入密码',
  'signIn.expired': '登录已过期，为保护您的信息，请重新登录。',
  'signIn.signedOut': '您已退出登录。',
  'signIn.alreadySignedIn': '您已登录为 {name}。',
  'signIn.demo.title': '演示账号',
  'signIn.demo.lead': '本机演示环境中的账号，密码都是 {password}。',
  'signIn.demo.use': '填入',
  'signIn.demo.filled': '已填入账号 {username}，请按“登录”。',

  'role.resident': '申请人',
  'role.proxy': '村代办员',
  'role.clerk': '综合窗口受理员',
  'role.reviewer': '后台审批人员',
  'role.approver': '审批负责人',
  'role.county_officer': '县直部门工作人员',
  'role.supervisor': '县政务服务中心督查',
  'role.admin': '事项清单管理员',

  'workspace.resident': '我的办事',
  'workspace.counter': '综合窗口',
  'workspace.office': '后台审批',
  'workspace.county': '县级督查',

  'ws.navLabel': '工作台导航',
  'ws.dashboard': '工作台',
  'ws.userLabel': '当前登录',
  'ws.greeting': '{name}，您好',

  'resident.title': '我的办事',
  'resident.cases.title': '我的办件',
  'resident.cases.empty': '您还没有提交过申请。',
  'resident.proxyCases.title': '我代办的申请',
  'resident.proxyCases.empty': '您还没有替村民提交过申请。',
  'resident.start.title': '我要办事',
  'resident.start.body': '先看办事指南，了解条件和要带的材料。',
  'resident.start.action': '查看办事指南',
  'resident.help.title': '需要帮助？',
  'resident.help.body': '可以到乡镇便民服务中心窗口咨询，也可以请村代办员帮您办。',

  'counter.title': '综合窗口工作台',

  'county.catalogue.title': '事项清单维护',

  'forbidden.title': '您无权访问此页面',
  'forbidden.body': '“{workspace}”工作台只供{roles}使用。您现在的身份是“{role}”。',
  'forbidden.goOwn': '进入我的工作台：{workspace}',
  'forbidden.switchUser': '换一个账号登录',

  'notFound.title': '找不到这个页面',
  'notFound.body': '请检查网址是否正确，或者回到首页。',
  'notFound.home': '回到首页',

  'problem.title': '页面没有打开',
  'problem.body': '可能是网络不稳定，或者系统刚刚更新。请重新加载页面。',
  'problem.reload': '重新加载',

  'async.loading': '正在加载…',
  'async.retry': '重试',
  'async.requestId': '如需帮助，请告诉工作人员这个编号：{requestId}',
  'redirect.toSignIn': '请先登录，正在打开登录页…',
  'page.loading': '正在打开页面…',

  'api.network': '无法连接到服务器，请检查网络后重试。',
  'api.unavailable': '这项服务暂时还没有开通。请稍后再试，或到便民服务中心窗口咨询。',
  'api.unexpected': '系统出现错误，请稍后再试。',
  ...catalogueZhCN,
  ...resultsZhCN,
  ...dashboardZhCN,
  ...supervisionZhCN,
} as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof zhCN;
