import type { FormField } from '../../core/catalogue/form-field.js';
import type { ItemContentInput } from '../../core/catalogue/item-version.js';
import type { MaterialInput } from '../../core/catalogue/material.js';
import { DEMO_COUNTY } from '../geography.js';

/** A bilingual text. */
export const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** One demo item: its versions (content changes and when they took effect). */
export interface DemoItem {
  versions: { effectiveFrom: string; changeNote: string; content: DemoContent }[];
}

/** Item content as written in the demo files: the county is filled in. */
export type DemoContent = Omit<ItemContentInput, 'countyId'>;

/** When the demo catalogue first took effect. */
export const CATALOGUE_START = '2025-01-01';

export const withCounty = (content: DemoContent): ItemContentInput => ({ ...content, countyId: DEMO_COUNTY.id });

/** An item with a single version in force since the catalogue started. */
export const single = (content: DemoContent): DemoItem => ({
  versions: [{ effectiveFrom: CATALOGUE_START, changeNote: '首版（演示数据）', content }],
});

const SCANS = ['application/pdf', 'image/jpeg', 'image/png', '.pdf', '.jpg', '.png'];

/** A material with the demo defaults: scans accepted, 10 MB, one copy, not deferrable. */
export const material = (id: string, name: ReturnType<typeof t>, more: Partial<Omit<MaterialInput, 'id' | 'name'>> = {}): MaterialInput => ({
  id,
  name,
  form: 'copy',
  copies: 1,
  mandatory: true,
  mayBeDeferred: false,
  acceptedFileTypes: SCANS,
  maxSizeMb: 10,
  ...more,
});

/** Materials almost every personal item asks for. */
export const idCardCopy = material('idCard', t('申请人居民身份证', "Applicant's resident ID card"), { form: 'original_and_copy' });
export const hukouCopy = material('hukou', t('户口簿', 'Household registration booklet (hukou)'), { form: 'original_and_copy' });
export const bankCard = material('bankCard', t('本人社会保障卡或银行账户信息', 'Social security card or bank account details'), {
  mayBeDeferred: true,
  note: t('可先受理，发放前补交', 'May follow after acceptance, before the first payment'),
});

/** Form fields almost every personal item asks for. */
export const personFields: FormField[] = [
  { id: 'applicantName', label: t('申请人姓名', "Applicant's name"), type: 'text', required: true, maxLength: 50 },
  {
    id: 'idNumber',
    label: t('公民身份号码', 'Resident ID number'),
    type: 'id_number',
    required: true,
    help: t('18位，最后一位可能是X', '18 characters; the last may be X'),
  },
  { id: 'phone', label: t('手机号码', 'Mobile number'), type: 'phone', required: true },
  { id: 'address', label: t('户籍或居住地址', 'Registered or home address'), type: 'address', required: true, maxLength: 200 },
];

/** A yes/no question or choice. */
export const yesNo = [
  { value: 'yes', label: t('是', 'Yes') },
  { value: 'no', label: t('否', 'No') },
];
