/**
 * Drafts of online applications kept on the server: the save state on each step, the choice when
 * two devices changed one application, resuming, and the list of unfinished applications.
 * The `drafts` namespace (drafts.ts); every key is `drafts.`.
 */
export const draftsZhCN = {
  'drafts.state.saving': '正在保存…',
  'drafts.state.saved': '已保存（{time}），保留到 {date}。',
  'drafts.state.deviceOnly': '仅保存在这台设备上：暂时无法保存到服务器，稍后会自动重试。',
  'drafts.state.sessionEnded': '登录已过期：您填写的内容保存在这台设备上，重新登录后会继续保存。',
  'drafts.state.label': '保存情况',

  'drafts.conflict.title': '这份申请在另一台设备上也改过',
  'drafts.conflict.body':
    '另一台设备上的内容保存于 {serverTime}，已完成 {serverSteps} 步；这台设备上的内容修改于 {deviceTime}，已完成 {deviceSteps} 步。请选择保留哪一份，另一份会被替换。',
  'drafts.conflict.keepDevice': '保留这台设备上的内容',
  'drafts.conflict.takeServer': '改用另一台设备上的内容',
  'drafts.gone.title': '这份申请已在别处提交或删除',
  'drafts.gone.body': '服务器上已经没有这份草稿了。如果还要用这里填写的内容，可以保留它接着填写。',
  'drafts.gone.keep': '保留并接着填写',
  'drafts.gone.letGo': '不要了',

  'drafts.resume.title': '继续填写申请',
  'drafts.resume.loading': '正在打开保存的申请…',
  'drafts.resume.loadError': '暂时无法打开保存的申请',
  'drafts.resume.chooseTitle': '这份申请有两份不同的内容',
  'drafts.resume.chooseLead': '您在两台设备上都改过这份申请。请选择接着填写哪一份，另一份会被替换。',
  'drafts.resume.useServer': '用保存于 {time} 的内容（已完成 {steps} 步）',
  'drafts.resume.useDevice': '用这台设备上修改于 {time} 的内容（已完成 {steps} 步）',
  'drafts.resume.newer': '{label}（较新）',

  'drafts.offer.title': '您有一份没填完的“{item}”申请',
  'drafts.offer.body': '保存于 {time}，已完成 {steps} 步。可以接着填写，也可以删除它重新开始。',
  'drafts.offer.continue': '接着填写',
  'drafts.offer.restart': '删除并重新开始',
  'drafts.offer.restartFailed': '暂时无法删除保存的申请，请稍后再试。',

  'drafts.list.title': '没有填完的申请',
  'drafts.list.loading': '正在查看保存的申请…',
  'drafts.list.serverError': '暂时无法查看保存在服务器上的申请，下面只列出这台设备上的。',
  'drafts.list.item': '“{item}”',
  'drafts.list.township': '办理地点：{township}',
  'drafts.list.progress': '已完成 {done} 步，共 {total} 步',
  'drafts.list.savedAt': '保存于 {time}，保留到 {date}',
  'drafts.list.deviceOnly': '修改于 {time}，只保存在这台设备上',
  'drafts.list.unsaved': '这台设备上有 {time} 的修改还没有保存到服务器',
  'drafts.list.continue': '接着填写',
  'drafts.list.continueFor': '：{item}',
  'drafts.list.delete': '删除',
  'drafts.list.deleteFor': '：{item}',
  'drafts.list.confirm': '确定删除“{item}”的申请草稿吗？删除后不能恢复。',
  'drafts.list.confirmDelete': '确定删除',
  'drafts.list.cancel': '不删除',
  'drafts.list.deleted': '已删除“{item}”的申请草稿。',
  'drafts.list.deleteFailed': '暂时无法删除，请稍后再试。',
} as const;
