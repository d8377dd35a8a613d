import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAxeViolations, signInDirectly, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';
import { DEMO_APPLICANT, StackApi } from '../support/stack-api.js';

/** A real 40×30 PNG (the preview must decode it) and a real one-page PDF. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAAK0lEQVR4nO3NMQ0AAAgDsHmafweIQgYcTfo3056IWCwWi8VisVgsFov/xguuIJqsWNdF6AAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

async function uploadReal(api: StackApi, url: string, name: string, contentType: string, bytes: Buffer) {
  const ticket = await api.call<{ fileId: string; uploadUrl: string; headers: Record<string, string> }>('POST', '/api/files/uploads', 'resident', {
    name,
    contentType,
    size: bytes.length,
  });
  const put = await fetch(`${url}${ticket.uploadUrl}`, {
    method: 'PUT',
    headers: { ...ticket.headers, authorization: `Bearer ${await api.tokenOf('resident')}` },
    body: new Uint8Array(bytes),
  });
  if (!put.ok) throw new Error(`upload ${name}: ${put.status}`);
  return ticket.fileId;
}

describe('the clerk opens and previews the uploaded materials', { timeout: 90_000 }, () => {
  let e2e: E2e;
  let api: StackApi;
  let context: BrowserContext;
  let page: Page;
  let caseId: string;

  beforeAll(async () => {
    e2e = await startE2e();
    api = new StackApi(e2e.url);
    const idCard = await uploadReal(api, e2e.url, '身份证正反面.png', 'image/png', PNG);
    const hukou = await uploadReal(api, e2e.url, '户口簿.pdf', 'application/pdf', PDF);
    const created = await api.call<{ case: { caseId: string } }>(
      'POST',
      '/api/cases',
      'resident',
      {
        itemCode: 'MZ-GG-0003',
        townshipId: 'qingshi',
        answers: DEMO_APPLICANT,
        materials: [
          { materialId: 'idCard', fileIds: [idCard] },
          { materialId: 'hukou', fileIds: [hukou] },
        ],
      },
      [201],
      { 'idempotency-key': `e2e-files-${Date.now()}` },
    );
    caseId = created.case.caseId;
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    await context?.close();
  });

  for (const [label, viewport] of Object.entries(VIEWPORTS)) {
    it(`previews an image and a PDF in the page, from the keyboard (${label})`, async () => {
      ({ context, page } = await openPage(e2e, viewport));
      await signInDirectly(context, e2e.url, 'clerk');
      await page.goto(`/counter/cases/${caseId}`);
      await page.getByTestId('case-review').waitFor();

      // The file name is a control: Enter opens it and focus moves to the preview.
      await page.getByRole('button', { name: /身份证正反面\.png/ }).focus();
      await page.keyboard.press('Enter');
      const image = page.getByTestId('file-preview-image');
      await image.waitFor();
      await page.waitForFunction(() => (document.querySelector('[data-testid="file-preview-image"]') as HTMLImageElement | null)?.naturalWidth === 40);
      await expect(image.getAttribute('src')).resolves.toMatch(/^blob:/);
      await expect(image.getAttribute('alt')).resolves.toBe('身份证正反面.png');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('file-preview-title');
      await expect(page.getByRole('link', { name: '在新标签页打开' }).getAttribute('href')).resolves.toMatch(
        /^\/api\/files\/[0-9a-f-]{36}\/content\?purpose=get&expires=\d+&signature=[0-9a-f]{64}$/,
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, `counter-materials-image-${label}`);

      await page.getByRole('button', { name: /户口簿\.pdf/ }).click();
      const pdf = page.getByTestId('file-preview-pdf');
      await pdf.waitFor();
      await expect(pdf.getAttribute('src')).resolves.toMatch(/^blob:/);
      await expect(pdf.getAttribute('title')).resolves.toBe('户口簿.pdf');
      await expect(page.getByTestId('file-preview-image').count()).resolves.toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: '关闭预览' }).click();
      await expect(page.getByTestId('file-preview').count()).resolves.toBe(0);
    });
  }

  it('does not open the files for a clerk of another township', async () => {
    const { case: c } = await api.call<{ case: { materials: { files: { fileId: string }[] }[] } }>('GET', `/api/cases/${caseId}`, 'clerk');
    const fileId = c.materials[0]!.files[0]!.fileId;
    const res = await fetch(`${e2e.url}/api/cases/${caseId}/files/${fileId}/open`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await api.tokenOf('clerk.baihe')}` },
    });
    expect(res.status).toBe(404);
  });
});
