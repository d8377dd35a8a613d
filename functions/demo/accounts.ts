import type { Role } from '../core/auth/principal.js';
import { DEMO_COUNTY } from './geography.js';

/** Password of every demo account; printed by `npm start`. Local issuer only. */
export const DEMO_PASSWORD = 'demo1234';

export interface DemoAccount {
  username: string;
  userId: string;
  role: Role;
  name: string;
  countyId?: string;
  townshipId?: string;
  officeId?: string;
}

/** One demo account for every role, and a second clerk and resident for cross-tenant checks. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'resident', userId: 'u-resident-1', role: 'resident', name: '张明' },
  { username: 'resident2', userId: 'u-resident-2', role: 'resident', name: '李芳' },
  { username: 'proxy', userId: 'u-proxy-qs', role: 'proxy', name: '王秀兰', countyId: DEMO_COUNTY.id, townshipId: 'qingshi' },
  { username: 'clerk', userId: 'u-clerk-qs', role: 'clerk', name: '陈静', countyId: DEMO_COUNTY.id, townshipId: 'qingshi' },
  { username: 'clerk.baihe', userId: 'u-clerk-bh', role: 'clerk', name: '刘洋', countyId: DEMO_COUNTY.id, townshipId: 'baihe' },
  {
    username: 'reviewer',
    userId: 'u-reviewer-qs',
    role: 'reviewer',
    name: '赵磊',
    countyId: DEMO_COUNTY.id,
    townshipId: 'qingshi',
    officeId: 'qingshi-social',
  },
  {
    // Reviews the economic items, among them the getihu registration forwarded to the county.
    username: 'reviewer.econ',
    userId: 'u-reviewer-qs-econ',
    role: 'reviewer',
    name: '钱涛',
    countyId: DEMO_COUNTY.id,
    townshipId: 'qingshi',
    officeId: 'qingshi-economy',
  },
  {
    username: 'approver',
    userId: 'u-approver-qs',
    role: 'approver',
    name: '孙伟',
    countyId: DEMO_COUNTY.id,
    townshipId: 'qingshi',
    officeId: 'qingshi-approval',
  },
  { username: 'officer', userId: 'u-officer-amr', role: 'county_officer', name: '周敏', countyId: DEMO_COUNTY.id, officeId: 'county-amr' },
  { username: 'supervisor', userId: 'u-supervisor', role: 'supervisor', name: '吴刚', countyId: DEMO_COUNTY.id },
  { username: 'admin', userId: 'u-admin', role: 'admin', name: '郑红', countyId: DEMO_COUNTY.id },
];
