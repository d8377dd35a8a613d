import { idCardCopy, material, personFields, single, t, type DemoItem } from './common.js';

const PERMIT_LAW = t('《中华人民共和国行政许可法》第四十二条', 'Administrative Licensing Law, Art. 42');

const soleTrader = single({
  code: 'SJ-XK-0001',
  keywords: ['个体户', '营业执照'],
  name: t('个体工商户设立登记', 'Registration of an individual business (getihu)'),
  category: 'licensing',
  handlingSection: 'economy',
  route: { kind: 'forward_to_county', countyOfficeId: 'county-amr' },
  caseType: 'promised',
  legalLimitDays: 3,
  promisedLimitDays: 2,
  preReviewLimitDays: 1,
  warningThresholdDays: 1,
  acceptanceConditions: [
    t('有经营能力的自然人或家庭，有固定经营场所', 'A person or family able to run a business, with fixed premises'),
    t('经营范围不属于法律禁止的项目', 'The business is not one the law forbids'),
  ],
  materials: [
    idCardCopy,
    material('application', t('个体工商户登记（备案）申请书', 'Getihu registration application'), { form: 'original' }),
    material('premisesProof', t('经营场所使用证明（房产证明或租赁合同）', 'Proof of premises (title deed or lease)'), { mayBeDeferred: true }),
  ],
  formFields: [
    { id: 'operatorName', label: t('经营者姓名', "Operator's name"), type: 'text', required: true, maxLength: 50 },
    { id: 'idNumber', label: t('经营者公民身份号码', "Operator's resident ID number"), type: 'id_number', required: true },
    { id: 'phone', label: t('联系电话', 'Contact mobile'), type: 'phone', required: true },
    { id: 'businessName', label: t('个体工商户名称（可不起字号）', 'Business name (optional trade name)'), type: 'text', required: false, maxLength: 60 },
    { id: 'premisesAddress', label: t('经营场所', 'Premises'), type: 'address', required: true },
    { id: 'businessScope', label: t('经营范围', 'Business scope'), type: 'text', required: true, maxLength: 300 },
    { id: 'capitalYuan', label: t('资金数额（元）', 'Capital (yuan)'), type: 'number', required: true, min: 0, max: 100000000 },
  ],
  legalBasis: [
    t('《中华人民共和国市场主体登记管理条例》第十九条', 'Regulations on the Registration of Market Entities, Art. 19'),
    t('《促进个体工商户发展条例》', 'Regulations on Promoting Individual Businesses'),
  ],
  result: { type: 'licence', name: t('营业执照', 'Business licence') },
  deliveryOptions: ['window', 'mail', 'electronic'],
});

const smallFoodShop = single({
  code: 'SJ-XK-0002',
  keywords: ['小卖部', '小餐饮', '食杂店'],
  name: t('食品小经营店登记', 'Small food shop registration'),
  category: 'licensing',
  handlingSection: 'economy',
  route: { kind: 'township_decides' },
  caseType: 'promised',
  legalLimitDays: 10,
  promisedLimitDays: 5,
  acceptanceConditions: [
    t('已取得营业执照的个体工商户', 'An individual business that already holds a business licence'),
    t('经营场所与有毒、有害场所及其他污染源保持规定距离', 'Premises kept the required distance from toxic or polluting sites'),
  ],
  materials: [
    material('businessLicence', t('营业执照', 'Business licence'), { form: 'original_and_copy' }),
    idCardCopy,
    material('application', t('食品小经营店登记申请表', 'Small food shop registration form'), { form: 'original' }),
    material('premisesLayout', t('经营场所平面布局图', 'Layout plan of the premises')),
    material('healthCerts', t('从业人员健康证明', 'Health certificates of the staff'), { mayBeDeferred: true }),
  ],
  formFields: [
    { id: 'operatorName', label: t('经营者姓名', "Operator's name"), type: 'text', required: true, maxLength: 50 },
    { id: 'idNumber', label: t('经营者公民身份号码', "Operator's resident ID number"), type: 'id_number', required: true },
    { id: 'creditCode', label: t('统一社会信用代码', 'Unified social credit code'), type: 'credit_code', required: true },
    { id: 'phone', label: t('联系电话', 'Contact mobile'), type: 'phone', required: true },
    { id: 'premisesAddress', label: t('经营场所', 'Premises'), type: 'address', required: true },
    { id: 'areaM2', label: t('经营面积（平方米）', 'Floor area (m²)'), type: 'number', required: true, min: 1, max: 200 },
  ],
  questions: [
    {
      id: 'preparesFood',
      text: t('是否现场制售食品？', 'Does the shop prepare food on site?'),
      options: [
        { value: 'no', label: t('仅销售预包装食品', 'Sells prepackaged food only') },
        { value: 'yes', label: t('现场制作销售（小餐饮）', 'Prepares and sells food (small eatery)') },
      ],
    },
  ],
  variants: [
    {
      id: 'preparesFood',
      name: t('现场制售', 'Prepares food on site'),
      when: { preparesFood: 'yes' },
      materialIds: ['healthCerts', 'premisesLayout'],
      extraMaterials: [material('waterProof', t('生产经营用水符合卫生标准的证明', 'Proof that the water meets hygiene standards'), { mandatory: false })],
      conditions: [t('有与经营品种相适应的加工、洗消、冷藏设施', 'Has cooking, washing and cold storage suited to the food sold')],
    },
  ],
  legalBasis: [
    t('《中华人民共和国食品安全法》第三十六条', 'Food Safety Law, Art. 36'),
    t('《青山省食品小作坊小餐饮小食杂店管理条例》（示例）', 'Qingshan Province Regulations on Small Food Businesses (example)'),
  ],
  result: { type: 'certificate', name: t('食品小经营店登记证', 'Small food shop registration certificate') },
  deliveryOptions: ['window', 'electronic'],
});

const farmMachinerySubsidy = single({
  code: 'NY-JF-0001',
  keywords: ['农机补贴'],
  name: t('农机购置与应用补贴申请', 'Farm machinery purchase subsidy'),
  category: 'other',
  handlingSection: 'agriculture',
  route: { kind: 'township_decides' },
  caseType: 'promised',
  legalLimitDays: 20,
  promisedLimitDays: 10,
  acceptanceConditions: [
    t('从事农业生产的个人和农业生产经营组织', 'A person or organisation engaged in farming'),
    t('购买的机具列入本省补贴范围且已完成购置', 'The machine is on the provincial subsidy list and has been bought'),
  ],
  materials: [
    idCardCopy,
    material('invoice', t('购机发票', 'Purchase invoice'), { form: 'original_and_copy' }),
    material('machinePhoto', t('人机合影照片（含铭牌）', 'Photo of the buyer with the machine and its nameplate'), {
      acceptedFileTypes: ['image/jpeg', 'image/png', '.jpg', '.png'],
    }),
    material('bankAccount', t('补贴资金发放账户', 'Account for the subsidy'), { mayBeDeferred: true }),
  ],
  formFields: [
    ...personFields,
    {
      id: 'cooperativeCreditCode',
      label: t('合作社或企业统一社会信用代码（组织申请）', 'Credit code (for organisations)'),
      type: 'credit_code',
      required: false,
    },
    { id: 'machineModel', label: t('机具品目及型号', 'Machine type and model'), type: 'text', required: true, maxLength: 100 },
    { id: 'purchaseDate', label: t('购机日期', 'Date of purchase'), type: 'date', required: true },
    { id: 'priceYuan', label: t('购机价格（元）', 'Price (yuan)'), type: 'number', required: true, min: 1, max: 5000000 },
  ],
  legalBasis: [t('《中华人民共和国农业机械化促进法》第二十七条', 'Agricultural Mechanisation Promotion Law, Art. 27')],
  result: { type: 'payment', name: t('农机购置补贴', 'Machinery subsidy') },
  deliveryOptions: ['electronic'],
});

const treeFelling = single({
  code: 'LY-XK-0001',
  keywords: ['砍树', '采伐证'],
  name: t('林木采伐许可证核发', 'Tree felling permit'),
  category: 'licensing',
  handlingSection: 'agriculture',
  route: { kind: 'forward_to_county', countyOfficeId: 'county-forestry' },
  caseType: 'promised',
  legalLimitDays: 20,
  promisedLimitDays: 10,
  acceptanceConditions: [t('采伐的林木权属清楚，符合采伐限额', 'Ownership of the trees is clear and within the felling quota')],
  materials: [
    idCardCopy,
    material('forestRight', t('林权证或不动产权证书', 'Forest right or real estate certificate'), { form: 'original_and_copy' }),
    material('fellingDesign', t('伐区调查设计或采伐作业说明', 'Felling survey or work description')),
    material('collectiveResolution', t('村民会议或村民代表会议决议', "Resolution of the villagers' assembly"), { form: 'original' }),
  ],
  formFields: [
    ...personFields,
    { id: 'village', label: t('林木所在村', 'Village where the trees stand'), type: 'text', required: true, maxLength: 50 },
    { id: 'volumeM3', label: t('采伐蓄积（立方米）', 'Volume to fell (m³)'), type: 'number', required: true, min: 0.1, max: 10000 },
    {
      id: 'collectiveCreditCode',
      label: t('集体经济组织统一社会信用代码（集体林）', "Collective's credit code (collective forest)"),
      type: 'credit_code',
      required: false,
    },
  ],
  questions: [
    {
      id: 'ownership',
      text: t('林木权属？', 'Who owns the trees?'),
      options: [
        { value: 'individual', label: t('个人（承包或自留山）', 'An individual (contracted or private hill)') },
        { value: 'collective', label: t('村集体', 'The village collective') },
      ],
    },
  ],
  variants: [
    {
      id: 'collective',
      name: t('集体林木采伐', 'Collective forest'),
      when: { ownership: 'collective' },
      materialIds: ['collectiveResolution'],
      conditions: [t('经村民会议三分之二以上成员同意', "Approved by two thirds of the villagers' assembly")],
    },
  ],
  legalBasis: [t('《中华人民共和国森林法》第五十六条', 'Forest Law, Art. 56'), PERMIT_LAW],
  result: { type: 'licence', name: t('林木采伐许可证', 'Tree felling permit') },
  deliveryOptions: ['window', 'electronic'],
});

/** Business, agriculture and forestry items; two are forwarded to county departments. */
export const BUSINESS_ITEMS: DemoItem[] = [soleTrader, smallFoodShop, farmMachinerySubsidy, treeFelling];
