import { hukouCopy, idCardCopy, material, personFields, single, t, yesNo, type DemoItem } from './common.js';

const POPULATION_LAW = t('《中华人民共和国人口与计划生育法》', 'Population and Family Planning Law');

const oneChildReward = single({
  code: 'WJ-JF-0001',
  keywords: ['独生子女', '奖励扶助'],
  name: t('独生子女父母奖励扶助金申领', "One-child parents' reward"),
  category: 'other',
  handlingSection: 'social',
  route: { kind: 'township_decides' },
  caseType: 'promised',
  legalLimitDays: 20,
  promisedLimitDays: 10,
  acceptanceConditions: [
    t('持有《独生子女父母光荣证》', "Holds the one-child parents' certificate of honour"),
    t('农村户籍，本人年满60周岁', 'Rural household registration and aged 60 or over'),
  ],
  materials: [
    idCardCopy,
    hukouCopy,
    material('honourCert', t('独生子女父母光荣证', "One-child parents' certificate of honour"), { form: 'original_and_copy' }),
    material('marriageCert', t('结婚证或离婚证', 'Marriage or divorce certificate'), { mayBeDeferred: true }),
  ],
  formFields: [
    ...personFields,
    { id: 'childName', label: t('子女姓名', "Child's name"), type: 'text', required: true, maxLength: 50 },
    { id: 'childIdNumber', label: t('子女公民身份号码', "Child's resident ID number"), type: 'id_number', required: true },
  ],
  legalBasis: [POPULATION_LAW, t('《全国农村部分计划生育家庭奖励扶助制度管理规范》', 'Rules of the rural family-planning reward scheme')],
  result: { type: 'payment', name: t('奖励扶助金', 'Reward payment') },
  deliveryOptions: ['electronic'],
});

const birthRegistration = single({
  code: 'WJ-GG-0002',
  keywords: ['生育', '准生'],
  name: t('生育登记', 'Birth registration (生育登记)'),
  category: 'public_service',
  handlingSection: 'social',
  route: { kind: 'township_decides' },
  caseType: 'on_the_spot',
  legalLimitDays: 0,
  promisedLimitDays: 0,
  preReviewLimitDays: 1,
  warningThresholdDays: 0,
  acceptanceConditions: [t('夫妻一方户籍在本乡镇或在本乡镇居住', 'One spouse is registered or lives in the township')],
  materials: [
    material('spouseIds', t('夫妻双方居民身份证', 'Resident ID cards of both spouses'), { form: 'original' }),
    material('marriageCert', t('结婚证（未婚生育的除外）', 'Marriage certificate (unless unmarried)'), {
      form: 'original',
      mandatory: false,
    }),
  ],
  formFields: [
    ...personFields,
    { id: 'spouseName', label: t('配偶姓名', "Spouse's name"), type: 'text', required: false, maxLength: 50 },
    { id: 'spouseIdNumber', label: t('配偶公民身份号码', "Spouse's resident ID number"), type: 'id_number', required: false },
    { id: 'childOrder', label: t('本次登记为第几孩', 'Which child is this'), type: 'number', required: true, min: 1, max: 10 },
    { id: 'expectedDate', label: t('预产期', 'Expected date of birth'), type: 'date', required: false },
  ],
  legalBasis: [POPULATION_LAW, t('《国家卫生健康委关于做好生育登记服务工作的通知》', 'NHC Notice on Birth Registration Services')],
  result: { type: 'registration', name: t('生育服务登记凭证', 'Birth registration slip') },
  deliveryOptions: ['window', 'electronic'],
});

const medicalInsurance = single({
  code: 'YB-GG-0001',
  keywords: ['医保', '合作医疗'],
  name: t('城乡居民基本医疗保险参保登记', 'Resident basic medical insurance: enrolment'),
  category: 'public_service',
  handlingSection: 'social',
  route: { kind: 'township_decides' },
  caseType: 'on_the_spot',
  legalLimitDays: 0,
  promisedLimitDays: 0,
  preReviewLimitDays: 1,
  warningThresholdDays: 0,
  acceptanceConditions: [
    t(
      '本县户籍或持居住证，未参加职工基本医疗保险的城乡居民',
      'Registered in the county or holding a residence permit, and not in the employee medical insurance scheme',
    ),
  ],
  materials: [idCardCopy, hukouCopy],
  formFields: [
    ...personFields,
    {
      id: 'insuredGroup',
      label: t('参保人员类别', 'Insured group'),
      type: 'choice',
      required: true,
      options: [
        { value: 'adult', label: t('成年居民', 'Adult resident') },
        { value: 'minor', label: t('未成年人、学生', 'Minor or student') },
        { value: 'dibao', label: t('低保、特困等资助对象', 'Assisted person (dibao, extreme poverty)') },
      ],
    },
    { id: 'transferredIn', label: t('是否由外地转入', 'Transferred from elsewhere?'), type: 'choice', required: true, options: yesNo },
  ],
  legalBasis: [t('《中华人民共和国社会保险法》第二十五条', 'Social Insurance Law, Art. 25')],
  result: { type: 'registration', name: t('参保登记信息', 'Enrolment record') },
  deliveryOptions: ['window', 'electronic'],
});

/** Population, family and health insurance items. */
export const POPULATION_HEALTH_ITEMS: DemoItem[] = [oneChildReward, birthRegistration, medicalInsurance];
