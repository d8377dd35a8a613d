import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, signInDirectly, startE2e, type E2e } from '../support/browser.js';
import { formatLocalDate } from '../../web/src/i18n/dates.js';
import { callApi, chinaToday, tokenOf } from '../support/e2e-api.js';

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-testid'));

// The county administrator keeps the catalogue; the supervisor reads it. Real API, demo data.
describe('catalogue administration', { timeout: 90_000 }, () => {
  let e2e: E2e;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    e2e = await startE2e();
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  const open = async (as: string) => {
    const { context, page } = await openPage(e2e);
    contexts.push(context);
    await signInDirectly(context, e2e.url, as);
    return page;
  };
  const openEdit = async (as: string, code: string) => {
    const page = await open(as);
    await page.goto(`/county/catalogue/${code}/edit`);
    await page.getByTestId('item-edit-form').waitFor();
    return page;
  };

  it('edits an item into a new version, shown in the history and on the public page; a stale edit gets the 409 message', async () => {
    // Two administrators open the same item.
    const first = await openEdit('admin', 'MZ-GG-0005');
    const second = await openEdit('admin', 'MZ-GG-0005');

    await first.getByLabel('承诺办结时限（工作日）').fill('3');
    await first.getByLabel('修改说明', { exact: true }).fill('压缩承诺时限至3个工作日');
    await first.getByRole('button', { name: '保存为第 2 版' }).click();
    await first.waitForURL((url) => url.pathname === '/county/catalogue/MZ-GG-0005' && url.searchParams.get('saved') === '2');
    await expect(first.getByTestId('item-saved').textContent()).resolves.toContain('第 2 版');
    const history = first.getByTestId('version-history');
    await expect(history.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-version')))).resolves.toEqual(['2', '1']);
    await expect(history.locator('li[data-version="2"]').textContent()).resolves.toContain('压缩承诺时限至3个工作日');
    await expect(history.locator('li[data-version="2"]').textContent()).resolves.toContain('现行');

    // Any version can be opened.
    await history.getByRole('link', { name: '查看第 1 版' }).click();
    await first.waitForURL('**/county/catalogue/MZ-GG-0005?version=1');
    await expect.poll(() => first.getByTestId('item-shown-version').textContent()).toContain('当前显示第 1 版');
    await expect(first.getByTestId('fact-promised').textContent()).resolves.toBe('5 个工作日');

    await first.goto('/guide/MZ-GG-0005');
    await expect(first.getByTestId('fact-promised').textContent()).resolves.toBe('3 个工作日');

    // The second administrator still edits version 1.
    await second.getByLabel('修改说明', { exact: true }).fill('补充收费说明');
    await second.getByRole('button', { name: '保存为第 2 版' }).click();
    await second.getByTestId('edit-conflict').waitFor();
    await expect(second.getByTestId('error-summary').textContent()).resolves.toContain('有人在您编辑期间保存了此事项的更新版本');
    await expect(activeId(second)).resolves.toBe('error-summary');
    await second.getByRole('button', { name: '重新加载最新版本' }).click();
    await second.getByRole('button', { name: '保存为第 3 版' }).waitFor();
    await expect(second.getByLabel('承诺办结时限（工作日）').inputValue()).resolves.toBe('3');
  });

  it('shows a promised limit above the legal one by the field and in the summary, before sending', async () => {
    const page = await openEdit('admin', 'SJ-XK-0002');
    let writes = 0;
    page.on('request', (request) => {
      if (request.method() === 'PUT') writes += 1;
    });
    await page.getByLabel('承诺办结时限（工作日）').fill('30');
    await page.getByLabel('修改说明', { exact: true }).fill('测试');
    await page.getByRole('button', { name: '保存为第 2 版' }).click();

    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await expect(activeId(page)).resolves.toBe('error-summary');
    const link = summary.getByRole('link', { name: '承诺办结时限不能超过法定办结时限（10 个工作日）' });
    await expect(link.getAttribute('href')).resolves.toBe('#item-promisedLimitDays');
    const field = page.getByLabel('承诺办结时限（工作日）');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#item-promisedLimitDays-error').textContent()).resolves.toContain('承诺办结时限不能超过法定办结时限');
    await page.waitForFunction(() => document.title.startsWith('错误：'));
    await link.click();
    await expect(activeId(page)).resolves.toBe('item-promisedLimitDays');
    expect(writes).toBe(0);
  });

  it('maps the API’s own field issues to the form: a material the rebuild situation still needs', async () => {
    const page = await openEdit('admin', 'ZR-XK-0001');
    const row = page.getByTestId('material-row-6');
    await row.locator('summary').click();
    await expect(row.getByLabel('材料编号').inputValue()).resolves.toBe('oldHouseCert');
    await row.getByRole('button', { name: '删除材料 7' }).click();
    await expect(activeId(page)).resolves.toBe('item-materials');
    await page.getByLabel('修改说明', { exact: true }).fill('删除原宅基地证书');
    await page.getByRole('button', { name: '保存为第 2 版' }).click();

    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    const link = summary.getByRole('link', { name: '材料清单中没有 oldHouseCert' });
    await expect(link.getAttribute('href')).resolves.toBe('#item-materials');
    await expect(page.getByTestId('materials-editor').textContent()).resolves.toContain('材料清单中没有 oldHouseCert');
  });

  it('recalls an item for one township from today, and the item page says it is not offered there', async () => {
    const page = await open('admin');
    await page.goto('/county/catalogue/MZ-GG-0003');
    const form = page.getByTestId('offering-form');
    await form.waitFor();
    await expect(page.locator('[data-township="baihe"]').getAttribute('data-offered')).resolves.toBe('true');

    await form.getByLabel('乡镇', { exact: true }).selectOption('baihe');
    await form.getByLabel('收回：交回县直部门办理').check();
    await expect(form.getByLabel('生效日期', { exact: true }).inputValue()).resolves.toBe(chinaToday());
    await form.getByLabel('原因').fill('运行不良事项：收回县民政局办理');
    await form.getByRole('button', { name: '记录调整' }).click();
    await form.getByTestId('offering-done').waitFor();
    await expect.poll(() => page.locator('li[data-township="baihe"]').getAttribute('data-offered')).toBe('false');

    // Recalling it again changes nothing, and says so.
    await form.getByLabel('乡镇', { exact: true }).selectOption('baihe');
    await form.getByLabel('收回：交回县直部门办理').check();
    await form.getByLabel('原因').fill('重复');
    await form.getByRole('button', { name: '记录调整' }).click();
    await expect(form.getByTestId('error-summary').textContent()).resolves.toContain('该事项在此乡镇已是所请求的状态');

    await page.goto('/guide/MZ-GG-0003?township=baihe');
    const answer = page.getByTestId('offered-here');
    await answer.waitFor();
    await expect(answer.getAttribute('data-offered')).resolves.toBe('false');
    // Dates read as everywhere in the app: 2026年12月3日（星期四）.
    await expect(answer.textContent()).resolves.toContain(`白河乡自${formatLocalDate(chinaToday(), 'zh-CN')}起不再受理此事项`);
    await expect(page.getByTestId('apply-online').getByRole('link').count()).resolves.toBe(0);
  });

  it('creates an item, whose code then cannot be taken again', async () => {
    const page = await open('admin');
    await page.goto('/county/catalogue');
    await page.getByRole('link', { name: '新增事项' }).click();
    await page.getByTestId('item-edit-form').waitFor();
    await page.getByLabel('事项编码').fill('MZ-GG-0099');
    await page.getByLabel('事项名称（中文）').fill('测试事项');
    await page.getByLabel('事项名称（英文）').fill('Test item');
    await page.getByLabel('承办科室').selectOption('social');
    await page.getByLabel('依据 1（中文）').fill('《测试条例》');
    await page.getByLabel('依据 1（英文）').fill('Test regulation');
    await page.getByLabel('结果名称（中文）').fill('测试证明');
    await page.getByLabel('结果名称（英文）').fill('Test certificate');
    await page.getByLabel('修改说明', { exact: true }).fill('新增测试事项');
    await page.getByRole('button', { name: '创建事项' }).click();
    await page.waitForURL((url) => url.pathname === '/county/catalogue/MZ-GG-0099');
    await page.getByRole('heading', { level: 1, name: '测试事项' }).waitFor();

    await page.goto('/county/catalogue/new');
    await page.getByTestId('item-edit-form').waitFor();
    await page.getByLabel('事项编码').fill('MZ-GG-0099');
    await page.getByLabel('事项名称（中文）').fill('重复');
    await page.getByLabel('事项名称（英文）').fill('Again');
    await page.getByLabel('承办科室').selectOption('social');
    await page.getByLabel('依据 1（中文）').fill('依据');
    await page.getByLabel('依据 1（英文）').fill('Basis');
    await page.getByLabel('结果名称（中文）').fill('证明');
    await page.getByLabel('结果名称（英文）').fill('Certificate');
    await page.getByLabel('修改说明', { exact: true }).fill('重复');
    await page.getByRole('button', { name: '创建事项' }).click();
    const link = page.getByTestId('error-summary').getByRole('link', { name: '事项编码 MZ-GG-0099 已存在。' });
    await expect(link.getAttribute('href')).resolves.toBe('#item-code');
  });

  it('lets a supervisor read but not edit; the API refuses a forced write', async () => {
    const page = await open('supervisor');
    await page.goto('/county/catalogue');
    await page.getByTestId('catalogue-rows').waitFor();
    await expect(page.getByRole('link', { name: '新增事项' }).count()).resolves.toBe(0);
    await page.getByLabel('搜索名称、编码或简称').fill('建房');
    await page.getByLabel('事项类型').selectOption('licensing');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === '建房' && url.searchParams.get('category') === 'licensing');
    await expect.poll(() => page.getByTestId('catalogue-rows').locator('li').count()).toBe(1);
    await expect(page.getByTestId('offered-count').textContent()).resolves.toBe('今天受理的乡镇：3 / 3');

    await page.getByRole('link', { name: '农村宅基地和建房（规划许可）审批' }).click();
    await page.getByTestId('version-history').waitFor();
    await expect(page.getByRole('link', { name: /修改事项/ }).count()).resolves.toBe(0);
    await expect(page.getByTestId('offering-form').count()).resolves.toBe(0);
    await expect(page.getByTestId('offerings').locator('li[data-township]').count()).resolves.toBe(3);

    await page.goto('/county/catalogue/ZR-XK-0001/edit');
    await page.getByText('只有事项清单管理员可以修改').waitFor();
    await expect(page.getByTestId('item-edit-form').count()).resolves.toBe(0);

    const token = await tokenOf(e2e.url, 'supervisor');
    const item = (await callApi(e2e.url, 'GET', '/api/catalogue/items/ZR-XK-0001')).body.item;
    const { version, recordedAt, recordedBy, changeNote, effectiveFrom, ...content } = item;
    const edit = await callApi(e2e.url, 'PUT', '/api/catalogue/items/ZR-XK-0001', {
      token,
      body: { ...content, effectiveFrom: chinaToday(), changeNote: '越权修改', baseVersion: version },
    });
    expect(edit.status).toBe(403);
    const recall = await callApi(e2e.url, 'POST', '/api/catalogue/items/ZR-XK-0001/offerings', {
      token,
      body: { townshipId: 'qingshi', action: 'recall', effectiveFrom: chinaToday(), reason: '越权' },
    });
    expect(recall.status).toBe(403);
  });
});
