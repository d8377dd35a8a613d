import { hukouCopy, idCardCopy, material, personFields, single, t, yesNo, type DemoItem } from './common.js';

const SOCIAL_INSURANCE_LAW = t('《中华人民共和国社会保险法》', 'Social Insurance Law');

const pensionEnrolment = single({
  code: 'RS-GG-0001',
  keywords: ['养老保险', '社保'],
  name: t('城乡居民基本养老保险参保登记', 'Resident basic pension insurance: enrolment'),
  category: 'public_service',
  handlingSection: 'social',
  route: { kind: 'township_decides' },
  caseType: 'promised',
  legalLimitDays: 10,
  promisedLimitDays: 3,
  warningThresholdDays: 1,
  acceptanceConditions: [
    t(
      '年满16周岁（不含在校学生），非国家机关和事业单位工作人员，未参加职工基本养老保险',
      'Aged 16 or over (not a student), not a civil servant, not in the employee pension scheme',
    ),
  ],
  materials: [idCardCopy, hukouCopy, material('enrolmentForm', t('城乡居民基本养老保险参保登记表', 'Pension enrolment form'), { form: 'original' })],
  formFields: [
    ...personFields,
    {
      id: 'contributionGrade',
      label: t('缴费档次（元/年）', 'Contribution grade (yuan a year)'),
      type: 'choice',
      required: true,
      options: ['200', '300', '500', '1000', '2000'].map((v) => ({ value: `g${v}`, label: t(`${v}元`, `${v} yuan`) })),
    },
  ],
  legalBasis: [
    SOCIAL_INSURANCE_LAW,
    t('《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）', 'State Council Opinions on a Unified Resident Pension Scheme (2014)'),
  ],
  result: { type: 'registration', name: t('参保登记信息', 'Enrolment record') },
  deliveryOptions: ['window', 'electronic'],
});

const employmentRegistration = single({
  code: 'RS-GG-0002',
  keywords: ['就业', '失业'],
  name: t('就业登记与失业登记', 'Employment and unemployment registration'),
  category: 'public_service',
  handlingSection: 'social',
  route: { kind: 'township_decides' },
  caseType: 'on_the_spot',
  legalLimitDays: 0,
  promisedLimitDays: 0,
  preReviewLimitDays: 1,
  warningThresholdDays: 0,
  acceptanceConditions: [t('法定劳动年龄内、有劳动能力的本地户籍或常住人员', 'Of working age, able to work, registered or living locally')],
  materials: [idCardCopy, material('laborContract', t('劳动合同或解除劳动合同证明', 'Labour contract, or proof that it ended'), { mandatory: false })],
  formFields: [
    ...personFields,
    {
      id: 'registrationType',
      label: t('登记类型', 'Registration'),
      type: 'choice',
      required: true,
      options: [
        { value: 'employment', label: t('就业登记', 'Employment') },
        { value: 'unemployment', label: t('失业登记', 'Unemployment') },
      ],
    },
    { id: 'employerName', label: t('用人单位名称（就业登记）', 'Employer (employment registration)'), type: 'text', required: false, maxLength: 100 },
    { id: 'employerCreditCode', label: t('用人单位统一社会信用代码', "Employer's unified social credit code"), type: 'credit_code', required: false },
  ],
  legalBasis: [
    t('《就业服务与就业管理规定》', 'Provisions on Employment Services and Employment Management'),
    t('《中华人民共和国就业促进法》', 'Employment Promotion Law'),
  ],
  result: { type: 'registration', name: t('就业创业证登记信息', 'Employment and entrepreneurship card entry') },
  deliveryOptions: ['window', 'electronic'],
});

const veteranCard = single({
  code: 'TY-GG-0001',
  keywords: ['优待证', '退伍'],
  name: t('退役军人和其他优抚对象优待证申领', 'Preferential treatment card for veterans and entitled groups'),
  category: 'public_service',
  handlingSection: 'veterans',
  route: { kind: 'forward_to_county', countyOfficeId: 'county-veterans' },
  caseType: 'promised',
  legalLimitDays: 20,
  promisedLimitDays: 15,
  acceptanceConditions: [
    t('已在本县退役军人服务中心（站）采集信息的退役军人或其他优抚对象', 'A veteran or entitled person whose records are held by the county veterans service'),
  ],
  materials: [
    idCardCopy,
    material('dischargeCert', t('退出现役证明（退伍证、转业证等）', 'Proof of discharge (discharge or transfer certificate)'), { form: 'original_and_copy' }),
    material('photo', t('近期免冠白底证件照', 'Recent passport-style photo on white'), {
      acceptedFileTypes: ['image/jpeg', '.jpg'],
      maxSizeMb: 2,
    }),
  ],
  formFields: [
    ...personFields,
    {
      id: 'entitledGroup',
      label: t('优待对象类别', 'Entitled group'),
      type: 'choice',
      required: true,
      options: [
        { value: 'veteran', label: t('退役军人', 'Veteran') },
        { value: 'martyrFamily', label: t('烈士遗属', "Martyr's family") },
        { value: 'serviceFamily', label: t('现役军人家属', 'Family of serving personnel') },
      ],
    },
    { id: 'hasDisability', label: t('是否残疾军人', 'Disabled veteran?'), type: 'choice', required: true, options: yesNo },
  ],
  legalBasis: [t('《中华人民共和国退役军人保障法》第六十二条', "Veterans' Protection Law, Art. 62")],
  result: { type: 'certificate', name: t('优待证', 'Preferential treatment card') },
  deliveryOptions: ['window', 'mail'],
});

/** Employment, social insurance and veterans' items. */
export const EMPLOYMENT_VETERANS_ITEMS: DemoItem[] = [pensionEnrolment, employmentRegistration, veteranCard];
