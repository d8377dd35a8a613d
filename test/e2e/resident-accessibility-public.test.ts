import { callerFor, requireCorrection, submitOldAgeAllowance } from './intake-support.js';
import { residentSweep } from './resident-sweep.js';

// Public pages this work changed (tracking results, the guide's apply links), at 360 and 1280 px.
async function setup(url: string) {
  const resident = await callerFor(url, 'resident');
  const clerk = await callerFor(url, 'clerk');
  const corrected = await submitOldAgeAllowance(url, resident);
  await requireCorrection(clerk, corrected, [{ materialId: 'hukou', problem: '户口簿照片不清晰，请重新上传首页和本人页' }]);
  return { corrected };
}

residentSweep('tracking and the guide are accessible at 360 and 1280 px', setup, [
  {
    name: 'track-result',
    path: (ctx) => `/track?code=${ctx.corrected.queryCode}`,
    ready: 'page-title',
    act: async (page) => {
      await page.getByLabel('手机号码后四位').fill('8000');
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByTestId('case-timeline').waitFor();
    },
  },
  {
    name: 'track-no-match',
    path: '/track?code=ABCDEFGHJK',
    ready: 'page-title',
    act: async (page) => {
      await page.getByLabel('手机号码后四位').fill('1234');
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByText('没有找到这个办件').waitFor();
    },
  },
  { name: 'guide-signed-in-resident', path: '/guide', as: 'resident', ready: 'guide-list' },
]);
