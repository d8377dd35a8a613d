import { callerFor, requireCorrection, submitOldAgeAllowance, APPLICANT, uploadAs } from './intake-support.js';
import { residentSweep } from './resident-sweep.js';

// The pages after submitting, each at 360 and 1280 px, with screenshots in test-results/screenshots.
async function setup(url: string) {
  const resident = await callerFor(url, 'resident');
  const clerk = await callerFor(url, 'clerk');
  const proxy = await callerFor(url, 'proxy');
  const plain = await submitOldAgeAllowance(url, resident);
  const corrected = await submitOldAgeAllowance(url, resident);
  await requireCorrection(clerk, corrected, [
    { materialId: 'hukou', problem: '户口簿照片不清晰，请重新上传首页和本人页' },
    { fieldId: 'address', problem: '地址应写到门牌号' },
    { problem: '请补充银行卡照片' },
  ]);
  const materials = [];
  for (const materialId of ['idCard', 'hukou']) materials.push({ materialId, fileIds: [await uploadAs(url, proxy)] });
  const filed = await proxy.call(
    'POST',
    '/api/cases',
    {
      itemCode: 'MZ-GG-0003',
      townshipId: 'qingshi',
      answers: { ...APPLICANT, applicantName: '李秀英' },
      materials,
      proxyConsent: { method: 'in_person', givenAt: '2026-01-05T01:30:00.000Z' },
    },
    { 'idempotency-key': `sweep-proxy-${Date.now()}` },
  );
  return { plain, corrected, filed: filed.body.case };
}

residentSweep('case pages are accessible at 360 and 1280 px', setup, [
  { name: 'resident-dashboard-cases', path: '/resident', as: 'resident', ready: 'case-list' },
  { name: 'proxy-dashboard-cases', path: '/resident', as: 'proxy', ready: 'case-list' },
  { name: 'apply-submitted', path: (ctx) => `/resident/submitted/${ctx.plain.caseId}`, as: 'resident', ready: 'query-code' },
  { name: 'case-detail', path: (ctx) => `/resident/cases/${ctx.plain.caseId}`, as: 'resident', ready: 'case-facts' },
  { name: 'case-detail-correction', path: (ctx) => `/resident/cases/${ctx.corrected.caseId}`, as: 'resident', ready: 'correction-box' },
  {
    name: 'case-respond-errors',
    path: (ctx) => `/resident/cases/${ctx.corrected.caseId}/respond`,
    as: 'resident',
    ready: 'correction-items',
    act: async (page) => {
      await page.getByRole('button', { name: '提交补正' }).click();
      await page.getByTestId('error-summary').waitFor();
    },
  },
  {
    name: 'case-withdraw-errors',
    path: (ctx) => `/resident/cases/${ctx.plain.caseId}/withdraw`,
    as: 'resident',
    ready: 'withdraw',
    act: async (page) => {
      await page.getByRole('button', { name: '确认撤回' }).click();
      await page.getByTestId('error-summary').waitFor();
    },
  },
]);
