import { describe, expect, it } from 'vitest';
import { availabilityOf } from '../../functions/core/catalogue/availability.js';
import { handlingOfficesFor } from '../../functions/core/catalogue/handling-office.js';
import { DEMO_ACCOUNTS } from '../../functions/demo/accounts.js';
import { DEMO_ITEM_CODES, DEMO_ITEM_VERSIONS, DEMO_OFFERINGS } from '../../functions/demo/catalogue.js';
import { DEMO_TOWNSHIPS } from '../../functions/demo/geography.js';
import { DEMO_OFFICES } from '../../functions/demo/offices.js';

const offeredIn = (townshipId: string, at: string) =>
  DEMO_ITEM_CODES.filter(
    (code) =>
      availabilityOf(
        DEMO_ITEM_VERSIONS.filter((v) => v.code === code),
        DEMO_OFFERINGS.filter((o) => o.itemCode === code),
        townshipId,
        at,
      ).offered,
  );

describe('demo catalogue', () => {
  it('has at least 15 items, with both case types, deferrable materials and variants', () => {
    expect(DEMO_ITEM_CODES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(DEMO_ITEM_VERSIONS.map((v) => v.caseType))).toEqual(new Set(['on_the_spot', 'promised']));
    expect(DEMO_ITEM_VERSIONS.some((v) => v.materials.some((m) => m.mayBeDeferred))).toBe(true);
    expect(DEMO_ITEM_VERSIONS.filter((v) => v.variants.length > 0).length).toBeGreaterThanOrEqual(2);
    expect(DEMO_ITEM_VERSIONS.filter((v) => v.route.kind === 'forward_to_county').map((v) => v.route)).toEqual(
      expect.arrayContaining([
        { kind: 'forward_to_county', countyOfficeId: 'county-amr' },
        { kind: 'forward_to_county', countyOfficeId: 'county-forestry' },
      ]),
    );
  });

  it('gives every licence the Licensing Law limit or less, with a shorter promise', () => {
    for (const v of DEMO_ITEM_VERSIONS.filter((v) => v.category === 'licensing')) {
      expect(v.legalLimitDays).toBeLessThanOrEqual(20);
      expect(v.promisedLimitDays).toBeLessThan(v.legalLimitDays);
    }
  });

  it('asks businesses for a credit code and people for an ID number', () => {
    const types = (code: string) => DEMO_ITEM_VERSIONS.find((v) => v.code === code)!.formFields.map((f) => f.type);
    expect(types('SJ-XK-0002')).toContain('credit_code');
    expect(types('MZ-JF-0001')).toEqual(expect.arrayContaining(['text', 'id_number', 'phone', 'address']));
  });

  it('resolves every item to real offices in every township', () => {
    for (const version of DEMO_ITEM_VERSIONS) {
      for (const township of DEMO_TOWNSHIPS) {
        const offices = handlingOfficesFor(version, township.id, DEMO_OFFICES);
        expect(offices, `${version.code} in ${township.id}`).toBeDefined();
        expect(DEMO_OFFICES.some((o) => o.id === offices!.decidingOfficeId)).toBe(true);
      }
    }
  });

  it('has an office for every demo account that names one', () => {
    for (const account of DEMO_ACCOUNTS.filter((a) => a.officeId)) {
      expect(DEMO_OFFICES.map((o) => o.id)).toContain(account.officeId);
    }
  });

  it('offers different items in different townships', () => {
    const at = '2026-11-20';
    expect(offeredIn('qingshi', at)).toContain('ZR-XK-0002');
    expect(offeredIn('liulin', at)).not.toContain('ZR-XK-0002');
    expect(offeredIn('baihe', at)).not.toContain('SJ-XK-0002');
    expect(offeredIn('baihe', '2027-01-01')).toContain('SJ-XK-0002');
    expect(offeredIn('qingshi', at).length).toBe(DEMO_ITEM_CODES.length);
  });
});
