import { concludeSupervisionOrder, issueSupervisionOrder, replySupervisionOrder, SUPERVISION_REPLY_DAYS } from '../../api/supervision.js';
import type { CaseSupervision, CaseSupervisionOrder, SupervisionGround } from '../../api/supervision.js';
import { Button } from '../../components/Button/Button.js';
import { SelectField } from '../../components/SelectField/SelectField.js';
import { TextArea } from '../../components/TextArea/TextArea.js';
import { TextField } from '../../components/TextField/TextField.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { chinaToday } from '../counter/dates.js';
import { conclusionProblems, initialIssue, issueProblems, replyProblems } from './supervision-forms.js';
import { useOrderForm, type OrderFormCallbacks } from './use-order-form.js';

interface CaseRef {
  caseId: string;
  version: number;
}

/** 签发督办单: the grounds are those the API offers for the case today; the office is the one it would go to. */
export function IssueForm(props: CaseRef & { issue: NonNullable<CaseSupervision['issue']>; officeName(id: string): string } & OrderFormCallbacks) {
  const { t } = useI18n();
  const { grounds, officeId } = props.issue;
  const form = useOrderForm({ idPrefix: 'issue', initial: { ...initialIssue(grounds) }, check: (v) => issueProblems(v, grounds), callbacks: props });
  const send = form.submit(
    (v) =>
      issueSupervisionOrder(api, props.caseId, props.version, {
        ground: v.ground as SupervisionGround,
        replyDays: Number(v.replyDays),
        instructions: v.instructions.trim(),
      }),
    'supervision.issue.done',
  );
  if (grounds.length === 0)
    return (
      <p class="muted" data-testid="issue-no-ground">
        {t('supervision.issue.noGround')}
      </p>
    );
  return (
    <form class="answer-form order-form" noValidate onSubmit={send} data-testid="issue-form" aria-labelledby="issue-title">
      <h3 id="issue-title">{t('supervision.issue.title')}</h3>
      <p>{t('supervision.issue.intro', { office: props.officeName(officeId) })}</p>
      <SelectField
        {...form.field('ground')}
        label={t('supervision.issue.ground')}
        options={grounds.map((g) => ({ value: g, label: t(`supervision.ground.${g}`) }))}
      />
      <TextField
        {...form.field('replyDays')}
        label={t('supervision.issue.replyDays')}
        hint={t('supervision.issue.replyDaysHint', { min: SUPERVISION_REPLY_DAYS.min, max: SUPERVISION_REPLY_DAYS.max })}
        inputMode="numeric"
        width="short"
        maxLength={2}
      />
      <TextArea {...form.field('instructions')} label={t('supervision.issue.instructions')} hint={t('supervision.issue.instructionsHint')} maxLength={2000} />
      <div class="form-actions">
        <Button type="submit" aria-disabled={form.busy}>
          {form.busy ? t('supervision.sending') : t('supervision.issue.submit')}
        </Button>
      </div>
    </form>
  );
}

/** The office's answer: what happened, what it will do, by when (a date, not before today). */
export function ReplyForm(props: CaseRef & { order: CaseSupervisionOrder } & OrderFormCallbacks) {
  const { t } = useI18n();
  const prefix = `reply-${props.order.orderId}`;
  const form = useOrderForm({ idPrefix: prefix, initial: { whatHappened: '', measures: '', byDate: '' }, check: replyProblems, callbacks: props });
  const send = form.submit(
    (v) =>
      replySupervisionOrder(api, props.caseId, props.order.orderId, props.version, {
        whatHappened: v.whatHappened.trim(),
        measures: v.measures.trim(),
        byDate: v.byDate,
      }),
    'supervision.reply.done',
  );
  return (
    <form class="answer-form order-form" noValidate onSubmit={send} data-testid="reply-form" aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`}>{t('supervision.reply.title')}</h4>
      <TextArea {...form.field('whatHappened')} label={t('supervision.reply.whatHappened')} hint={t('supervision.reply.whatHappenedHint')} maxLength={2000} />
      <TextArea {...form.field('measures')} label={t('supervision.reply.measures')} maxLength={2000} />
      <TextField {...form.field('byDate')} label={t('supervision.reply.byDate')} type="date" width="medium" min={chinaToday()} />
      <div class="form-actions">
        <Button type="submit" aria-disabled={form.busy}>
          {form.busy ? t('supervision.sending') : t('supervision.reply.submit')}
        </Button>
      </div>
    </form>
  );
}

/** The supervisor's conclusion on an answered order: one note, then close it or escalate it (the steps the API allows). */
export function ConcludeForm(props: CaseRef & { order: CaseSupervisionOrder; steps: ('close' | 'escalate')[] } & OrderFormCallbacks) {
  const { t } = useI18n();
  const prefix = `conclude-${props.order.orderId}`;
  const form = useOrderForm({ idPrefix: prefix, initial: { note: '' }, check: conclusionProblems, callbacks: props });
  const handlers = Object.fromEntries(
    props.steps.map((how) => [
      how,
      form.submit((v) => concludeSupervisionOrder(api, props.caseId, props.order.orderId, props.version, how, v.note.trim()), `supervision.${how}.done`),
    ]),
  ) as Partial<Record<'close' | 'escalate', (event: Event) => void>>;
  const first = props.steps[0]!;
  return (
    <form class="answer-form order-form" noValidate onSubmit={handlers[first]} data-testid="conclude-form" aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`}>{t('supervision.conclude.title')}</h4>
      <TextArea {...form.field('note')} label={t('supervision.conclude.note')} hint={t('supervision.conclude.noteHint')} maxLength={1000} />
      <div class="form-actions">
        {props.steps.map((how) => (
          <Button
            key={how}
            type={how === first ? 'submit' : 'button'}
            variant={how === 'close' ? 'primary' : 'secondary'}
            aria-disabled={form.busy}
            id={`${prefix}-${how}`}
            {...(how === first ? {} : { onClick: handlers[how]! })}
          >
            {form.busy ? t('supervision.sending') : t(`supervision.conclude.${how}`)}
          </Button>
        ))}
      </div>
    </form>
  );
}
