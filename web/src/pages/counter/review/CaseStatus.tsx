import type { Case, CaseEvent } from '../../../api/counter.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay } from '../dates.js';
import { deadlineFlags } from '../queue/deadline-flags.js';
import { Section } from './CaseFacts.js';

const STATE_TONE: Partial<Record<Case['state'], 'info' | 'warning' | 'danger' | 'success'>> = {
  submitted: 'info',
  correction_required: 'warning',
  not_accepted: 'danger',
  under_review: 'success',
};

/** State, channel and the deadline that matters now, in one line under the title. */
export function CaseStatusLine(props: { c: Case; today: string }) {
  const { t, lang } = useI18n();
  const { c } = props;
  const flags = deadlineFlags(c, props.today);
  return (
    <p class="case-status" data-testid="case-status">
      <Tag tone={STATE_TONE[c.state] ?? 'neutral'} testId="case-state">
        {t(`counter.state.${c.state}`)}
      </Tag>
      <span>{t(`counter.channel.${c.channel}`)}</span>
      {c.state === 'submitted' && <span>{t('counter.review.answerBy', { date: formatDay(c.answerDueOn, lang) })}</span>}
      {flags.includes('preReviewOverdue') && <Tag tone="danger">{t('counter.flag.preReviewOverdue')}</Tag>}
      {flags.includes('answerOverdue') && <Tag tone="danger">{t('counter.flag.answerOverdue')}</Tag>}
      {c.state === 'submitted' && (
        <a href="#answer" class="no-print">
          {t('counter.review.jumpToAnswer')}
        </a>
      )}
    </p>
  );
}

/** Links to print every notice issued on the case (a reprint shows what was issued then). */
export function NoticeLinks(props: { c: Case; events: CaseEvent[] }) {
  const { t } = useI18n();
  const issued = (actions: string[]) => props.events.some((e) => actions.includes(e.action));
  const kinds = [
    issued(['accept', 'deem_accepted']) && ({ kind: 'acceptance', key: 'counter.notices.acceptance' } as const),
    issued(['require_correction']) && ({ kind: 'correction', key: 'counter.notices.correction' } as const),
    issued(['not_accept']) && ({ kind: 'not-accepted', key: 'counter.notices.notAccepted' } as const),
  ].filter((k) => k !== false);
  if (kinds.length === 0) return null;
  return (
    <Section id="notices" title={t('counter.notices.title')}>
      <p class="notice-links">
        {kinds.map((k) => (
          <a key={k.kind} class="button button--secondary" href={`/notices/${encodeURIComponent(props.c.caseId)}/${k.kind}`}>
            {t(k.key)}
          </a>
        ))}
      </p>
    </Section>
  );
}
