import { bankCard, hukouCopy, idCardCopy, material, personFields, single, t, yesNo, type DemoContent, type DemoItem } from './common.js';

const CIVIL_AFFAIRS_BASIS = t('《社会救助暂行办法》（国务院令第649号）', 'Interim Measures for Social Assistance (State Council Decree No. 649)');

const dibaoV1: DemoContent = {
  code: 'MZ-JF-0001',
  keywords: ['低保', 'dibao'],
  name: t('最低生活保障审核确认', 'Minimum living allowance (dibao): review and confirmation'),
  category: 'other',
  handlingSection: 'social',
  route: { kind: 'township_decides' },
  caseType: 'promised',
  legalLimitDays: 30,
  promisedLimitDays: 15,
  preReviewLimitDays: 2,
  warningThresholdDays: 3,
  acceptanceConditions: [
    t('持有本县常住户口的居民', 'Holds permanent household registration in the county'),
    t(
      '共同生活的家庭成员人均收入低于当地最低生活保障标准，且财产状况符合规定',
      'Per-capita income of the household is below the local dibao standard, and its assets meet the rules',
    ),
  ],
  materials: [
    idCardCopy,
    hukouCopy,
    material('application', t('最低生活保障申请书', 'Dibao application form'), { form: 'original' }),
    material('incomeStatement', t('家庭收入和财产状况声明', 'Statement of household income and assets'), { form: 'original' }),
    material('authorisation', t('家庭经济状况核对授权书', 'Authorisation to verify household finances'), { form: 'original' }),
    material('disabilityCert', t('残疾人证（家庭成员有残疾的）', 'Disability certificate (if a member is disabled)'), {
      mandatory: false,
    }),
    bankCard,
  ],
  formFields: [
    ...personFields,
    { id: 'householdSize', label: t('共同生活家庭人口数', 'People in the household'), type: 'number', required: true, min: 1, max: 20 },
    {
      id: 'monthlyIncome',
      label: t('家庭月总收入（元）', 'Total monthly household income (yuan)'),
      type: 'number',
      required: true,
      min: 0,
      max: 100000,
    },
    { id: 'reason', label: t('申请理由', 'Reason for applying'), type: 'text', required: true, maxLength: 500 },
  ],
  fee: { amountFen: 0 },
  legalBasis: [
    CIVIL_AFFAIRS_BASIS,
    t('《最低生活保障审核确认办法》（民发〔2021〕57号）', 'Measures for Reviewing and Confirming the Minimum Living Allowance (2021)'),
  ],
  result: { type: 'approval_document', name: t('最低生活保障审核确认决定', 'Dibao confirmation decision') },
  deliveryOptions: ['window', 'electronic'],
};

/** Dibao changed on 2026-07-01: the income statement may follow later, and the promise is shorter. */
const dibao: DemoItem = {
  versions: [
    { effectiveFrom: '2025-01-01', changeNote: '首版（演示数据）', content: dibaoV1 },
    {
      effectiveFrom: '2026-07-01',
      changeNote: '收入声明可容缺受理；承诺时限由15个工作日压缩为10个工作日',
      content: {
        ...dibaoV1,
        promisedLimitDays: 10,
        materials: dibaoV1.materials!.map((m) => (m.id === 'incomeStatement' ? { ...m, mayBeDeferred: true } : m)),
      },
    },
  ],
};

const temporaryAssistance = single({
  code: 'MZ-JF-0002',
  keywords: ['救助', '急难'],
  name: t('临时救助', 'Temporary assistance'),
  category: 'other',
  handlingSection: 'social',
  route: { kind: 'township_decides' },
  caseType: 'promised',
  legalLimitDays: 15,
  promisedLimitDays: 5,
  warningThresholdDays: 1,
  acceptanceConditions: [
    t(
      '因火灾、交通事故、突发重大疾病等意外事件，生活陷入临时困难',
      'Fell into temporary hardship through an accident: fire, road accident, sudden serious illness, etc.',
    ),
  ],
  materials: [
    idCardCopy,
    material('application', t('临时救助申请书', 'Temporary assistance application form'), { form: 'original' }),
    material('hardshipProof', t('困难情况证明材料（医疗票据、事故证明等）', 'Proof of hardship (medical bills, accident report, etc.)'), {
      mayBeDeferred: true,
    }),
    bankCard,
  ],
  formFields: [
    ...personFields,
    {
      id: 'hardshipType',
      label: t('困难类型', 'Kind of hardship'),
      type: 'choice',
      required: true,
      options: [
        { value: 'illness', label: t('突发重大疾病', 'Sudden serious illness') },
        { value: 'accident', label: t('意外事故', 'Accident') },
        { value: 'disaster', label: t('自然灾害、火灾', 'Natural disaster or fire') },
        { value: 'other', label: t('其他', 'Other') },
      ],
    },
    { id: 'amountRequested', label: t('申请金额（元）', 'Amount requested (yuan)'), type: 'number', required: false, min: 0, max: 50000 },
  ],
  legalBasis: [CIVIL_AFFAIRS_BASIS, t('《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）', 'State Council Notice on Temporary Assistance (2014)')],
  result: { type: 'payment', name: t('临时救助金', 'Temporary assistance payment') },
  deliveryOptions: ['electronic'],
});

const oldAgeAllowance = single({
  code: 'MZ-GG-0003',
  keywords: ['高龄', '老年人补贴'],
  name: t('高龄津贴申领', 'Old-age allowance (80 and over)'),
  category: 'public_service',
  handlingSection: 'social',
  route: { kind: 'township_decides' },
  caseType: 'promised',
  legalLimitDays: 20,
  promisedLimitDays: 5,
  acceptanceConditions: [t('年满80周岁、具有本县户籍的老年人', 'Aged 80 or over with household registration in the county')],
  materials: [idCardCopy, hukouCopy, bankCard],
  formFields: [...personFields],
  legalBasis: [t('《中华人民共和国老年人权益保障法》第三十三条', 'Law on the Protection of the Rights of the Elderly, Art. 33')],
  result: { type: 'payment', name: t('高龄津贴', 'Old-age allowance') },
  deliveryOptions: ['electronic'],
});

const disabilitySubsidies = single({
  code: 'MZ-JF-0004',
  keywords: ['残疾人两项补贴', '护理补贴'],
  name: t('困难残疾人生活补贴和重度残疾人护理补贴', 'Living subsidy for needy disabled people and care subsidy for the severely disabled'),
  category: 'other',
  handlingSection: 'social',
  route: { kind: 'township_decides' },
  caseType: 'promised',
  legalLimitDays: 20,
  promisedLimitDays: 10,
  acceptanceConditions: [
    t('持有第二代残疾人证', 'Holds a second-generation disability certificate'),
    t('生活补贴：低保家庭中的残疾人；护理补贴：残疾等级为一、二级', 'Living subsidy: in a dibao household; care subsidy: disability grade 1 or 2'),
  ],
  materials: [
    idCardCopy,
    material('disabilityCert', t('中华人民共和国残疾人证', 'Disability certificate of the PRC'), { form: 'original_and_copy' }),
    material('application', t('残疾人两项补贴申请审批表', 'Application and approval form for the two disability subsidies'), {
      form: 'original',
      copies: 2,
    }),
    bankCard,
  ],
  formFields: [
    ...personFields,
    { id: 'disabilityCertNo', label: t('残疾人证号', 'Disability certificate number'), type: 'text', required: true, maxLength: 20 },
    {
      id: 'subsidy',
      label: t('申请补贴', 'Subsidy applied for'),
      type: 'choice',
      required: true,
      options: [
        { value: 'living', label: t('生活补贴', 'Living subsidy') },
        { value: 'care', label: t('护理补贴', 'Care subsidy') },
        { value: 'both', label: t('两项补贴', 'Both') },
      ],
    },
  ],
  legalBasis: [
    t(
      '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
      'State Council Opinions on the Two Disability Subsidies (Guofa [2015] No. 52)',
    ),
  ],
  result: { type: 'payment', name: t('残疾人两项补贴', 'Disability subsidies') },
  deliveryOptions: ['electronic'],
});

const funeralSubsidy = single({
  code: 'MZ-GG-0005',
  keywords: ['殡葬补贴', '丧葬'],
  name: t('惠民殡葬补贴申领', 'Funeral subsidy'),
  category: 'public_service',
  handlingSection: 'social',
  route: { kind: 'township_decides' },
  caseType: 'promised',
  legalLimitDays: 20,
  promisedLimitDays: 5,
  acceptanceConditions: [t('逝者具有本县户籍，且遗体在县殡仪馆火化', 'The deceased was registered in the county and cremated at the county funeral home')],
  materials: [
    material('deathCert', t('居民死亡医学证明（推断）书', 'Medical certificate of death'), { form: 'original_and_copy' }),
    material('cremationCert', t('火化证明', 'Cremation certificate'), { form: 'original_and_copy' }),
    material('applicantId', t('经办亲属居民身份证', "Handling relative's resident ID card"), { form: 'original_and_copy' }),
    material('relationProof', t('与逝者关系证明', 'Proof of relationship to the deceased'), { mayBeDeferred: true }),
  ],
  formFields: [
    ...personFields,
    { id: 'deceasedName', label: t('逝者姓名', 'Name of the deceased'), type: 'text', required: true, maxLength: 50 },
    { id: 'deceasedIdNumber', label: t('逝者公民身份号码', "Deceased's resident ID number"), type: 'id_number', required: true },
    { id: 'dateOfDeath', label: t('死亡日期', 'Date of death'), type: 'date', required: true },
    { id: 'usesSeaOrTreeBurial', label: t('是否选择生态安葬', 'Green burial (sea or tree)?'), type: 'choice', required: true, options: yesNo },
  ],
  legalBasis: [t('《殡葬管理条例》', 'Regulations on Funeral and Interment Administration')],
  result: { type: 'payment', name: t('殡葬补贴', 'Funeral subsidy') },
  deliveryOptions: ['electronic'],
});

/** Social assistance and welfare items handled by the social affairs office. */
export const SOCIAL_ASSISTANCE_ITEMS: DemoItem[] = [dibao, temporaryAssistance, oldAgeAllowance, disabilitySubsidies, funeralSubsidy];
