import { describe, expect, it } from 'vitest';
import { ItemContentSchema } from '../../../../../functions/core/catalogue/item-version.js';
import { DEMO_ITEM_VERSIONS } from '../../../../../functions/demo/catalogue.js';
import { checkDraft } from '../../../../../web/src/pages/county/catalogue/item-check.js';
import { draftFromVersion, draftToBody, emptyDraft, parseOptions } from '../../../../../web/src/pages/county/catalogue/item-draft.js';

const TODAY = '2026-11-22';
const contentOf = ({ version, effectiveFrom, recordedAt, recordedBy, changeNote, ...content }: (typeof DEMO_ITEM_VERSIONS)[number]) => content;

describe('item draft', () => {
  it.each(DEMO_ITEM_VERSIONS.map((v) => [`${v.code} v${v.version}`, v] as const))(
    '%s goes into the form and back out unchanged, and passes the form’s checks',
    (_, version) => {
      const draft = { ...draftFromVersion(version, TODAY), changeNote: '无修改' };
      expect(checkDraft(draft, { today: TODAY, creating: false })).toEqual([]);
      const { effectiveFrom, changeNote, ...body } = draftToBody(draft);
      expect(ItemContentSchema.parse({ ...body, countyId: version.countyId })).toEqual(contentOf(version));
      expect(effectiveFrom >= TODAY).toBe(true);
      expect(changeNote).toBe('无修改');
    },
  );

  it('starts an edit from today, or from a later version’s own date', () => {
    const version = DEMO_ITEM_VERSIONS[0]!;
    expect(draftFromVersion({ ...version, effectiveFrom: '2025-01-01' }, TODAY).effectiveFrom).toBe(TODAY);
    expect(draftFromVersion({ ...version, effectiveFrom: '2027-01-01' }, TODAY).effectiveFrom).toBe('2027-01-01');
  });

  it('sends numbers as numbers, the fee in fen, and leaves out notes and blank rows', () => {
    const draft = {
      ...emptyDraft(TODAY),
      feeYuan: '12.5',
      legalLimitDays: ' 20 ',
      keywords: '低保、 dibao,低保',
      acceptanceConditions: [{ key: 'a', zh: '', en: '' }],
    };
    const body = draftToBody(draft);
    expect(body.fee).toEqual({ amountFen: 1250 });
    expect(body.legalLimitDays).toBe(20);
    expect(body.keywords).toEqual(['低保', 'dibao']);
    expect(body.acceptanceConditions).toEqual([]);
  });

  it('reads choice options one a line, keeping a malformed line for the check to name', () => {
    expect(parseOptions('yes | 是 | Yes\n\n no|否|No \nbad line')).toEqual([
      { value: 'yes', label: { 'zh-CN': '是', en: 'Yes' } },
      { value: 'no', label: { 'zh-CN': '否', en: 'No' } },
      { value: 'bad line', label: { 'zh-CN': '', en: '' } },
    ]);
  });
});
