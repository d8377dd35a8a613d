import type { MessageCatalog } from '../translate.js';

/** Messages of intake: case errors and field issues. */
export const intakeMessages: MessageCatalog = {
  CASE_WRONG_STATE: {
    'zh-CN': '办件当前状态（{state}）下不能进行此操作（{action}）。',
    en: 'This action ({action}) is not possible while the case is {state}.',
  },
  DUPLICATE_APPLICATION: {
    'zh-CN': '该申请人已有一件同一事项的申请正在办理（办件编号 {caseNumber}），请在“我的办事”中查看该办件，不必重复申请。',
    en: 'This applicant already has an open application for this service (case {caseNumber}). See it under "My cases" instead of applying again.',
  },
  'DUPLICATE_APPLICATION.counter': {
    'zh-CN': '该申请人已有一件同一事项的申请正在办理（办件编号 {caseNumber}）。请先与申请人核对；确需再次受理的，写明原因后再次提交。',
    en: 'This applicant already has an open application for this service (case {caseNumber}). Check with the applicant first; to take this one in anyway, give the reason and submit again.',
  },
  DUPLICATE_APPLICATION_UNDISCLOSED: {
    'zh-CN': '该申请人已有一件同一事项的申请正在办理，不能重复申请。如有疑问，请申请人本人携带身份证件到乡镇便民服务中心咨询。',
    en: 'This applicant already has an open application for this service, so another cannot be made. The applicant may ask at the township service centre in person, with their ID.',
  },
  CASE_EXISTS: { 'zh-CN': '办件编号或查询码冲突，请重试。', en: 'Case number or query code clash. Please try again.' },
  ITEM_NOT_OFFERED: { 'zh-CN': '本乡镇目前不受理该事项。', en: 'This township does not take applications for this service at present.' },
  MATERIALS_INCOMPLETE: {
    'zh-CN': '以下必需材料既未提交、未核验原件，也未办理容缺：{materials}',
    en: 'These required materials are neither supplied, checked as originals, nor deferred: {materials}',
  },
  CORRECTION_NOTICE_LATE: {
    'zh-CN': '已超过 5 个工作日的补正告知期限（截至 {answerDueOn}），依法自收到申请之日起视为受理，请直接受理。',
    en: 'The 5-working-day limit for a correction notice passed on {answerDueOn}; by law the application counts as accepted from the day it was received. Please accept it.',
  },
  NOTICE_NOT_ISSUED: { 'zh-CN': '该办件尚未出具此类通知书。', en: 'No such notice has been issued for this case.' },
  'idempotency.key.required': { 'zh-CN': '请求缺少 Idempotency-Key 请求头', en: 'The Idempotency-Key header is required' },
  'idempotency.key.format': {
    'zh-CN': 'Idempotency-Key 须为 8–128 位字母、数字或 . _ : -',
    en: 'Idempotency-Key must be 8–128 letters, digits or . _ : -',
  },
  'intake.applicant.missing': {
    'zh-CN': '请填写申请人姓名和手机号码',
    en: "Give the applicant's name and mobile number",
  },
  'intake.counterOnly': { 'zh-CN': '仅窗口受理可使用此项', en: 'Only the counter can use this' },
  'intake.proxy.consentRequired': { 'zh-CN': '代办须记录申请人的授权方式和时间', en: "A proxy application must record the resident's consent" },
  'intake.township.unknown': { 'zh-CN': '没有这个乡镇', en: 'Unknown township' },
  'intake.material.unknown': { 'zh-CN': '该事项没有此材料：{name}', en: 'This service has no such material: {name}' },
  'intake.material.required': { 'zh-CN': '请提交必需材料：{name}', en: 'Please supply the required material: {name}' },
  'intake.material.notDeferrable': { 'zh-CN': '此材料不可容缺', en: 'This material cannot be deferred' },
  'intake.deferred.dueInPast': { 'zh-CN': '补交日期须晚于今天', en: 'The supply-by date must be after today' },
  'intake.file.unknown': { 'zh-CN': '文件不存在或不属于您', en: 'The file does not exist or is not yours' },
  'intake.file.notUploaded': { 'zh-CN': '文件尚未上传完成', en: 'The file has not finished uploading' },
  'intake.file.type': { 'zh-CN': '文件类型不符，可接受：{types}', en: 'Wrong file type; accepted: {types}' },
  'intake.file.size': { 'zh-CN': '文件过大，最大 {maxMb} MB', en: 'The file is too large; at most {maxMb} MB' },
  'intake.file.contentType': { 'zh-CN': '文件类型格式不正确', en: 'The file type is not valid' },
  'intake.correction.empty': { 'zh-CN': '补正告知须列出至少一项', en: 'The correction notice must list at least one item' },
  'intake.notAccepted.reasonsRequired': { 'zh-CN': '须写明不予受理的理由', en: 'Give the reasons for not accepting' },
  'intake.notAccepted.basisRequired': { 'zh-CN': '须写明法律依据', en: 'Give the legal basis' },
  NO_DECISION_TO_RECEIVE: {
    'zh-CN': '这个办件还没有可以领取的决定书：尚未作出决定，或者决定已被撤销。',
    en: 'There is no decision to receive for this case: it has not been decided yet, or the decision was set aside.',
  },
  'intake.lookup.phoneLast4': { 'zh-CN': '请输入手机号后 4 位数字', en: 'Enter the last 4 digits of the phone number' },
  'intake.state.unknown': { 'zh-CN': '未知的办件状态：{state}', en: 'Unknown case state: {state}' },
  'intake.upload.signature': { 'zh-CN': '上传链接无效或已过期', en: 'The upload link is invalid or has expired' },
  'intake.upload.content': {
    'zh-CN': '无法识别文件内容，请上传 PDF 或图片等可识别的文件',
    en: 'The file content is not of a recognised type. Upload a PDF, an image or another recognised file',
  },
  'intake.upload.typeMismatch': {
    'zh-CN': '文件内容（{detected}）与声明的类型（{declared}）不符',
    en: 'The file content ({detected}) is not the declared type ({declared})',
  },
  'intake.file.rejected.content': { 'zh-CN': '文件内容无法识别，请重新上传', en: 'The file content was not recognised. Upload it again' },
  'intake.file.rejected.type': { 'zh-CN': '文件内容与声明的类型不符，请重新上传', en: 'The file content is not the declared type. Upload it again' },
  'intake.file.rejected.size': { 'zh-CN': '文件大小与申请上传时不符，请重新上传', en: 'The file size differs from the one requested. Upload it again' },
  UPLOAD_CLOSED: {
    'zh-CN': '该上传链接已使用或文件已提交，不能再次上传。请重新选择文件上传。',
    en: 'This upload link was already used or the file is part of a submitted case. Choose the file again to upload it.',
  },
  'intake.upload.size': { 'zh-CN': '文件大小与申请上传时不符', en: 'The file size differs from the one requested' },
};
