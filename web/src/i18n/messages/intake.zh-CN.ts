/**
 * The resident and village-proxy side of intake (apply, my cases, respond, withdraw, track) and
 * the shared ItemForm and FileUpload components. Spread into zh-CN.ts; every key is `intake.`.
 */
export const intakeZhCN = {
  'intake.form.required': '（必填）',
  'intake.form.choose': '请选择',
  'intake.form.range': '填写 {min} 到 {max} 之间的数字',
  'intake.form.min': '填写不小于 {min} 的数字',
  'intake.form.max': '填写不大于 {max} 的数字',

  'intake.material.mandatory': '必交',
  'intake.material.deferrable': '容缺：可以以后补交',
  'intake.material.optional': '选交',

  'intake.upload.accepts': '可上传 {types} 文件，每个不超过 {max} MB。',
  'intake.upload.choose': '选择文件',
  'intake.upload.chooseMore': '再添加文件',
  'intake.upload.forMaterial': '：{name}',
  'intake.upload.listLabel': '已上传的“{name}”文件',
  'intake.upload.uploading': '正在上传 {name}…',
  'intake.upload.done': '{name} 已上传',
  'intake.upload.failed': '{name} 上传失败：{reason}',
  'intake.upload.failedShort': '上传失败',
  'intake.upload.removed': '已删除 {name}',
  'intake.upload.remove': '删除',
  'intake.upload.retry': '重新上传',
  'intake.upload.cancel': '不传了',
  'intake.upload.progressLabel': '{name} 上传进度',
  'intake.upload.wrongType': '{name} 的文件类型不能用，请上传 {types} 文件',
  'intake.upload.empty': '{name} 是空文件，请重新选择',
  'intake.upload.tooBig': '{name} 有 {size}，超过了 {max} MB，请压缩或拍得小一些再上传',
} as const;

/** A key of the intake messages. */
export type IntakeMessageKey = keyof typeof intakeZhCN;
