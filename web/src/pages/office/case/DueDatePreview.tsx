import { errorText } from '../../../api/error-text.js';
import { pickText } from '../../../api/localized.js';
import { whatIfDueDate, type WhatIfDueDate } from '../../../api/office.js';
import { useAsync } from '../../../api/use-async.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { formatDay } from '../../counter/dates.js';
import type { ActionContext } from './action-specs.js';

/** The pauses and extension the case would have after the step, as the what-if endpoint takes them. */
export function whatIfInputs(ctx: ActionContext, kind: 'suspend' | 'extend', values: Record<string, string>) {
  const { c } = ctx;
  const pauses = (c.suspensions ?? []).map((s) => ({ from: s.start, to: s.end ?? s.expectedEnd }));
  if (kind === 'suspend' && values.start && values.expectedEnd) pauses.push({ from: values.start, to: values.expectedEnd });
  const approved = c.extension?.status === 'approved' ? c.extension.workingDays : 0;
  const extensionDays = kind === 'extend' ? Number(values.workingDays ?? c.extension?.workingDays ?? 0) || 0 : approved;
  return { pauses, extensionDays };
}

/**
 * What the due dates become if the step is confirmed, asked of the public what-if endpoint with
 * the case's limits, its pauses so far, the new one and the extension; shown before confirming.
 */
export function DueDatePreview(props: { ctx: ActionContext; kind: 'suspend' | 'extend'; values: Record<string, string> }) {
  const { t, lang } = useI18n();
  const { ctx, kind, values } = props;
  const clock = ctx.clock;
  const acceptedOn = clock?.acceptedOn ?? ctx.c.acceptedOn;
  const { pauses, extensionDays } = whatIfInputs(ctx, kind, values);
  const key = JSON.stringify({ pauses, extensionDays, acceptedOn });
  const preview = useAsync(
    async (signal): Promise<{ promised: WhatIfDueDate; legal: WhatIfDueDate }> => {
      if (!clock || !acceptedOn) throw new Error('no clock');
      const ask = (workingDays: number) => whatIfDueDate(api, { acceptedOn, workingDays, pauses, ...(extensionDays ? { extensionDays } : {}) }, signal);
      const [promised, legal] = await Promise.all([ask(clock.promisedLimit), ask(clock.legalLimit)]);
      return { promised, legal };
    },
    [key, lang],
  );
  if (!clock) return null;
  const day = (d: string) => formatDay(d, lang);
  return (
    <section class="office-preview" aria-labelledby="due-preview-title" aria-live="polite" data-testid="due-preview">
      <h3 id="due-preview-title">{t('office.preview.title')}</h3>
      {preview.status === 'loading' && <p>{t('office.preview.loading')}</p>}
      {preview.status === 'error' && <p>{t('office.preview.error', { message: errorText(preview.error, t) })}</p>}
      {preview.status === 'ready' && (
        <>
          <p data-testid="preview-promised" data-date={preview.data.promised.dueDate}>
            {t('office.preview.promised', { from: day(clock.promisedDueDate), to: day(preview.data.promised.dueDate) })}
            {preview.data.promised.provisional && t('office.preview.provisional')}
          </p>
          <p data-testid="preview-legal" data-date={preview.data.legal.dueDate}>
            {t('office.preview.legal', { from: day(clock.legalDueDate), to: day(preview.data.legal.dueDate) })}
            {preview.data.legal.provisional && t('office.preview.provisional')}
          </p>
          <p class="muted" data-testid="preview-explanation">
            {pickText(preview.data.legal.explanation, lang)}
          </p>
        </>
      )}
    </section>
  );
}
