import type { MessageCatalog } from '../translate.js';

/** Error codes of the service item catalogue. */
const errors: MessageCatalog = {
  CATALOGUE_ITEM_NOT_FOUND: { 'zh-CN': '未找到事项 {code}。', en: 'There is no service item {code}.' },
  CATALOGUE_VERSION_NOT_FOUND: { 'zh-CN': '事项 {code} 没有对应的版本。', en: 'Service item {code} has no such version.' },
  CATALOGUE_VERSION_CONFLICT: {
    'zh-CN': '事项 {code} 已被他人修改（当前为第 {latest} 版），请刷新后在最新版本上修改。',
    en: 'Someone else changed item {code} (now at version {latest}). Reload and edit the latest version.',
  },
  CATALOGUE_ITEM_EXISTS: { 'zh-CN': '事项编码 {code} 已存在。', en: 'An item with code {code} already exists.' },
  CATALOGUE_OFFERING_CONFLICT: {
    'zh-CN': '该事项在此乡镇的承接情况已被他人修改，请刷新后重试。',
    en: "Someone else changed this item's offering in the township. Reload and try again.",
  },
  CATALOGUE_ITEM_NOT_OFFERED: {
    'zh-CN': '该乡镇在此日期不受理此事项（未赋权、已收回或已废止），请到县政务服务中心办理。',
    en: 'This township does not take in this item on that date (not granted, recalled or abolished). Please apply at the county service centre.',
  },
  CATALOGUE_OFFERING_UNCHANGED: {
    'zh-CN': '该事项在此乡镇已是所请求的状态，无需变更。',
    en: 'The item already has this standing in the township; nothing to change.',
  },
  CATALOGUE_TOWNSHIP_NOT_FOUND: { 'zh-CN': '未找到乡镇 {townshipId}。', en: 'There is no township {townshipId}.' },
  CATALOGUE_COUNTY_NOT_FOUND: { 'zh-CN': '未找到县 {countyId}。', en: 'There is no county {countyId}.' },
};

/** Messages for the fields of an application form built from the catalogue. */
const answerFields: MessageCatalog = {
  'field.text.invalid': { 'zh-CN': '请填写文字', en: 'Please enter text' },
  'field.text.tooLong': { 'zh-CN': '不能超过 {max} 个字', en: 'At most {max} characters' },
  'field.number.invalid': { 'zh-CN': '请填写数字', en: 'Please enter a number' },
  'field.number.min': { 'zh-CN': '不能小于 {min}', en: 'Must be at least {min}' },
  'field.number.max': { 'zh-CN': '不能大于 {max}', en: 'Must be at most {max}' },
  // Same text as the calendar's catalog: both features use the shared date keys.
  'field.date.format': { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'Use the date format YYYY-MM-DD' },
  'field.date.invalid': { 'zh-CN': '该日期不存在', en: 'This date does not exist' },
  'field.choice.invalid': { 'zh-CN': '请从选项中选择', en: 'Choose one of the options' },
  'field.phone.format': { 'zh-CN': '请填写11位手机号码', en: 'Enter an 11-digit mainland mobile number' },
  'field.idNumber.format': {
    'zh-CN': '公民身份号码应为18位：17位数字加1位数字或X',
    en: 'A resident ID number has 18 characters: 17 digits and a digit or X',
  },
  'field.idNumber.region': {
    'zh-CN': '公民身份号码前两位不是有效的省级行政区划代码',
    en: 'The first two digits of the ID number are not a province code',
  },
  'field.idNumber.birthDateImplausible': {
    'zh-CN': '公民身份号码中的出生日期早于1900年，请核对；窗口人员核实后可注明理由放行',
    en: 'The date of birth in the ID number is before 1900. Please check it; a clerk who has verified it may accept it with a reason',
  },
  'field.idNumber.birthDate': { 'zh-CN': '公民身份号码中的出生日期不正确', en: 'The date of birth in the ID number is not valid' },
  'field.idNumber.checksum': {
    'zh-CN': '公民身份号码校验位不正确，请核对',
    en: 'The check digit of the ID number is wrong. Please check the number',
  },
  'field.creditCode.format': {
    'zh-CN': '统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）',
    en: 'A unified social credit code has 18 digits or capital letters (no I, O, Z, S, V)',
  },
  'field.creditCode.checksum': {
    'zh-CN': '统一社会信用代码校验位不正确，请核对',
    en: 'The check character of the credit code is wrong. Please check the code',
  },
  'field.answers.object': { 'zh-CN': '表单内容格式不正确', en: 'The form answers are not in the right shape' },
  'field.unknown': { 'zh-CN': '此事项的表单没有该项', en: "This item's form has no such field" },
  'field.override.notAllowed': {
    'zh-CN': '只有窗口受理人员可以在核验后放行校验位错误',
    en: 'Only a counter clerk may accept a value whose check digit fails, after checking it',
  },
  'field.override.notChecksumField': {
    'zh-CN': '只有身份证号码和统一社会信用代码可以放行校验',
    en: 'Only ID numbers and credit codes can have their checksum overridden',
  },
  'field.override.reasonRequired': { 'zh-CN': '请填写放行原因', en: 'Give the reason for the override' },
  'field.override.reasonTooLong': { 'zh-CN': '放行原因不能超过200个字', en: 'The reason may have at most 200 characters' },
  'field.override.tooMany': { 'zh-CN': '放行记录过多', en: 'Too many overrides' },
  'field.override.list': { 'zh-CN': '放行记录格式不正确', en: 'The overrides are not in the right shape' },
};

/** Messages for the catalogue's own rules, met when an administrator edits an item. */
const catalogueRules: MessageCatalog = {
  'field.catalogue.localId': { 'zh-CN': '编号须以字母开头，仅含字母、数字、-、_', en: 'Ids start with a letter and use letters, digits, - and _' },
  'field.catalogue.section': { 'zh-CN': '科室标识须为小写字母、数字和下划线', en: 'A section key uses lower-case letters, digits and _' },
  'field.catalogue.officeId': { 'zh-CN': '机构编号须为小写字母、数字和-', en: 'An office id uses lower-case letters, digits and -' },
  'field.catalogue.fileType': {
    'zh-CN': '文件类型须为 MIME 类型（如 application/pdf）或扩展名（如 .jpg）',
    en: 'A file type is a MIME type (application/pdf) or an extension (.jpg)',
  },
  'field.catalogue.optionValue': { 'zh-CN': '选项值仅含字母、数字、-、_', en: 'Option values use letters, digits, - and _' },
  'field.catalogue.itemCode': {
    'zh-CN': '事项编码须为大写字母、数字和-，4至40位',
    en: 'An item code has 4 to 40 capital letters, digits and dashes',
  },
  'catalogue.office.countyHasNoTownship': { 'zh-CN': '县直部门不属于乡镇', en: 'A county department belongs to no township' },
  'catalogue.material.deferredMustBeMandatory': {
    'zh-CN': '只有必需材料才可容缺受理',
    en: 'Only a mandatory material can be deferred (容缺)',
  },
  'catalogue.field.duplicateOption': { 'zh-CN': '选项值不能重复', en: 'Option values must be unique' },
  'catalogue.field.optionsOnlyForChoice': { 'zh-CN': '只有选择题可以设置选项', en: 'Only choice fields have options' },
  'catalogue.field.rangeOnlyForNumber': { 'zh-CN': '只有数字项可以设置上下限', en: 'Only number fields have a minimum and maximum' },
  'catalogue.field.maxBelowMin': { 'zh-CN': '上限不能小于下限', en: 'The maximum is below the minimum' },
  'catalogue.field.maxLengthOnlyForText': { 'zh-CN': '只有文字和地址项可以设置长度', en: 'Only text and address fields have a length' },
  'catalogue.item.promisedExceedsLegal': {
    'zh-CN': '承诺办结时限不能超过法定办结时限（{legal} 个工作日）',
    en: 'The promised limit may not exceed the legal limit ({legal} working days)',
  },
  'catalogue.item.onTheSpotIsSameDay': { 'zh-CN': '即办件的承诺时限应为0（当场办结）', en: 'An on-the-spot item has a promised limit of 0' },
  'catalogue.item.promisedNeedsDays': { 'zh-CN': '承诺件的承诺时限至少为1个工作日', en: 'A promised item needs at least 1 working day' },
  'catalogue.item.duplicateId': { 'zh-CN': '编号 {id} 重复', en: 'The id {id} is used twice' },
  'catalogue.item.unknownAnswer': {
    'zh-CN': '问题 {question} 没有选项 {value}',
    en: 'Question {question} has no option {value}',
  },
  'catalogue.item.unknownMaterial': { 'zh-CN': '材料清单中没有 {id}', en: 'There is no material {id} in the list' },
  'catalogue.item.unknownSection': { 'zh-CN': '本县没有承办科室 {section}', en: 'No office of the county stands for section {section}' },
  'catalogue.item.unknownCountyOffice': { 'zh-CN': '本县没有县直部门 {office}', en: 'The county has no department {office}' },
  'catalogue.item.codeFixed': { 'zh-CN': '事项编码不能修改', en: 'The item code cannot change' },
  'catalogue.item.countyFixed': { 'zh-CN': '事项所属县不能修改', en: 'The county of an item cannot change' },
  'catalogue.item.codeMismatch': { 'zh-CN': '事项编码与地址不一致', en: 'The item code does not match the address' },
  'catalogue.situation.unanswered': { 'zh-CN': '请回答此问题', en: 'Please answer this question' },
  'catalogue.situation.unknownOption': { 'zh-CN': '请从选项中选择', en: 'Choose one of the options' },
  'catalogue.effectiveFrom.past': {
    'zh-CN': '生效日期不能早于今天（{today}）：已提交的办件沿用原版本',
    en: 'The effective date cannot be before today ({today}): cases already submitted keep their version',
  },
  'catalogue.effectiveFrom.beforeLatest': {
    'zh-CN': '生效日期不能早于最近一次变更的生效日期（{latest}）',
    en: 'The effective date cannot be before that of the latest change ({latest})',
  },
};

/** Every message of the catalogue feature. */
export const catalogueMessages: MessageCatalog = { ...errors, ...answerFields, ...catalogueRules };
