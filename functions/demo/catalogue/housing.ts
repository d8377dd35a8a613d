import { hukouCopy, idCardCopy, material, personFields, single, t, type DemoItem } from './common.js';

const PLANNING_LAW = t('《中华人民共和国城乡规划法》第四十一条', 'Urban and Rural Planning Law, Art. 41');
const LAND_LAW = t('《中华人民共和国土地管理法》第六十二条', 'Land Administration Law, Art. 62');
const PERMIT_LAW = t('《中华人民共和国行政许可法》第四十二条', 'Administrative Licensing Law, Art. 42');

/**
 * Homestead and house building: one window, two permits in one decision. Its variants show the
 * situation questions: a new house on a new plot, or rebuilding on the old one; and, for a new
 * plot, whether farmland is taken (then land conversion papers are needed).
 */
const homestead = single({
  code: 'ZR-XK-0001',
  keywords: ['宅基地', '建房', '盖房'],
  name: t('农村宅基地和建房（规划许可）审批', 'Rural homestead and house building (planning permit)'),
  category: 'licensing',
  handlingSection: 'planning',
  route: { kind: 'township_decides' },
  caseType: 'promised',
  legalLimitDays: 20,
  promisedLimitDays: 15,
  preReviewLimitDays: 3,
  acceptanceConditions: [
    t('申请人为本集体经济组织成员，以户为单位申请', 'The applicant is a member of the village collective and applies for the household'),
    t('符合国土空间规划和村庄规划，一户只能拥有一处宅基地', 'Fits the land-use and village plans; one homestead per household'),
  ],
  materials: [
    idCardCopy,
    hukouCopy,
    material('application', t('农村宅基地和建房（规划许可）申请表', 'Application form for homestead and house building'), {
      form: 'original',
    }),
    material('villageOpinion', t('村民小组会议讨论通过并公示的材料', 'Minutes of the village group meeting and proof of public notice'), {
      form: 'original',
    }),
    material('commitment', t('农村宅基地使用承诺书', 'Homestead use commitment letter'), { form: 'original' }),
    material('housePlan', t('住房建筑设计图或选用的通用图', 'House design drawings, or the standard design chosen'), {
      acceptedFileTypes: ['application/pdf', '.pdf', '.dwg'],
      maxSizeMb: 30,
    }),
    material('oldHouseCert', t('原宅基地使用权证或不动产权证书', 'Certificate of the old homestead or real estate title'), {
      form: 'original_and_copy',
    }),
    material('demolitionCommitment', t('拆旧建新承诺书', 'Commitment to demolish the old house'), { form: 'original', mayBeDeferred: true }),
    material('siteSurvey', t('宅基地坐落平面位置图', 'Site plan of the homestead')),
  ],
  formFields: [
    ...personFields,
    { id: 'village', label: t('所在村（居）', 'Village'), type: 'text', required: true, maxLength: 50 },
    { id: 'householdSize', label: t('户内人口数', 'People in the household'), type: 'number', required: true, min: 1, max: 20 },
    { id: 'plotArea', label: t('拟用宅基地面积（平方米）', 'Homestead area applied for (m²)'), type: 'number', required: true, min: 1, max: 300 },
    { id: 'floorArea', label: t('拟建房屋建筑面积（平方米）', 'Floor area of the house (m²)'), type: 'number', required: true, min: 1, max: 600 },
    { id: 'floors', label: t('层数', 'Storeys'), type: 'number', required: true, min: 1, max: 3 },
  ],
  questions: [
    {
      id: 'buildType',
      text: t('新建还是翻建？', 'A new house or rebuilding an old one?'),
      options: [
        { value: 'new', label: t('新建（新址）', 'New house on a new plot') },
        { value: 'rebuild', label: t('原址翻建', 'Rebuild on the old plot') },
      ],
    },
    {
      id: 'usesFarmland',
      text: t('是否占用农用地？', 'Does it take farmland?'),
      askWhen: { buildType: 'new' },
      options: [
        { value: 'yes', label: t('是', 'Yes') },
        { value: 'no', label: t('否（使用建设用地或未利用地）', 'No (construction or unused land)') },
      ],
      help: t('耕地、园地、林地等均属农用地', 'Cropland, orchards and woodland all count as farmland'),
    },
  ],
  variants: [
    {
      id: 'newHouse',
      name: t('新址新建', 'New house on a new plot'),
      when: { buildType: 'new' },
      materialIds: ['siteSurvey'],
      conditions: [t('原有宅基地已退出或无宅基地', 'Any old homestead has been given up, or the household has none')],
    },
    {
      id: 'rebuild',
      name: t('原址翻建', 'Rebuild on the old plot'),
      when: { buildType: 'rebuild' },
      materialIds: ['oldHouseCert', 'demolitionCommitment'],
      conditions: [t('原房屋为危房或确需改造', 'The old house is unsafe or must be rebuilt')],
    },
    {
      id: 'farmland',
      name: t('占用农用地', 'Takes farmland'),
      when: { buildType: 'new', usesFarmland: 'yes' },
      extraMaterials: [
        material('landConversion', t('农用地转用审批文件', 'Approval for converting farmland to construction use'), {
          form: 'original_and_copy',
          note: t('由县自然资源和规划局办理', 'Issued by the county natural resources bureau'),
        }),
      ],
      conditions: [t('已依法办理农用地转用审批手续', 'Farmland conversion has been approved as the law requires')],
    },
  ],
  legalBasis: [LAND_LAW, PLANNING_LAW, t('《农村宅基地管理办法》', 'Measures on Rural Homestead Administration')],
  result: {
    type: 'licence',
    name: t('农村宅基地批准书和乡村建设规划许可证', 'Homestead approval and rural construction planning permit'),
  },
  deliveryOptions: ['window', 'mail'],
});

const ruralPlanningPermit = single({
  code: 'ZR-XK-0002',
  keywords: ['规划许可', '乡村规划'],
  name: t('乡村建设规划许可证核发', 'Rural construction planning permit'),
  category: 'licensing',
  handlingSection: 'planning',
  route: { kind: 'township_decides' },
  caseType: 'promised',
  legalLimitDays: 20,
  promisedLimitDays: 10,
  acceptanceConditions: [
    t(
      '在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设',
      'Building township enterprises, rural public facilities or public-interest works in the planning area',
    ),
    t('符合村庄规划，不占用永久基本农田', 'Fits the village plan and takes no permanent basic farmland'),
  ],
  materials: [
    material('application', t('乡村建设规划许可申请表', 'Application form for the rural construction planning permit'), {
      form: 'original',
    }),
    material('applicantCert', t('申请人身份证明或营业执照', 'Applicant ID or business licence'), { form: 'original_and_copy' }),
    material('landProof', t('土地权属证明', 'Proof of land rights'), { form: 'original_and_copy' }),
    material('designPlan', t('建设工程设计方案（总平面图、建筑单体图）', 'Design scheme (site plan and building drawings)'), {
      acceptedFileTypes: ['application/pdf', '.pdf', '.dwg'],
      maxSizeMb: 50,
    }),
    material('villageConsent', t('村民委员会意见', "Villagers' committee opinion"), { form: 'original', mayBeDeferred: true }),
  ],
  formFields: [
    { id: 'applicantName', label: t('申请单位或个人', 'Applicant (organisation or person)'), type: 'text', required: true, maxLength: 100 },
    { id: 'creditCode', label: t('统一社会信用代码（单位申请）', 'Unified social credit code (organisations)'), type: 'credit_code', required: false },
    { id: 'idNumber', label: t('公民身份号码（个人申请）', 'Resident ID number (individuals)'), type: 'id_number', required: false },
    { id: 'phone', label: t('联系电话', 'Contact mobile'), type: 'phone', required: true },
    { id: 'projectName', label: t('项目名称', 'Project name'), type: 'text', required: true, maxLength: 100 },
    { id: 'projectAddress', label: t('建设地点', 'Site'), type: 'address', required: true },
    { id: 'floorArea', label: t('建筑面积（平方米）', 'Floor area (m²)'), type: 'number', required: true, min: 1, max: 100000 },
  ],
  legalBasis: [PLANNING_LAW, PERMIT_LAW],
  result: { type: 'licence', name: t('乡村建设规划许可证', 'Rural construction planning permit') },
  deliveryOptions: ['window', 'mail', 'electronic'],
});

/** Land and building items handled by the planning and construction office. */
export const HOUSING_ITEMS: DemoItem[] = [homestead, ruralPlanningPermit];
