import type { CaseEvent, OfficeCase } from '../../../api/office.js';
import { useI18n } from '../../../i18n/i18n.js';
import type { MessageKey } from '../../../i18n/messages/index.js';
import { Section } from '../../counter/review/CaseFacts.js';

/** Where the printable page of each document the case has is. */
export function documentsOf(c: OfficeCase, events: CaseEvent[]): { href: string; key: MessageKey; testId: string }[] {
  const id = encodeURIComponent(c.caseId);
  const issued = (actions: string[]) => events.some((e) => actions.includes(e.action));
  return [
    issued(['accept', 'deem_accepted']) && { href: `/notices/${id}/acceptance`, key: 'office.documents.acceptance' as const, testId: 'doc-acceptance' },
    ((c.suspensions?.length ?? 0) > 0 || issued(['suspend'])) && {
      href: `/notices/${id}/suspension`,
      key: 'office.documents.suspension' as const,
      testId: 'doc-suspension',
    },
    (c.extension?.status === 'approved' || issued(['approve_extension'])) && {
      href: `/notices/${id}/extension`,
      key: 'office.documents.extension' as const,
      testId: 'doc-extension',
    },
    c.decision && { href: `/cases/${id}/decision/print`, key: 'office.documents.decision' as const, testId: 'doc-decision' },
  ].filter((d) => d !== false && d !== undefined);
}

/** Links to print the case's notices and its decision (each reprint shows what was issued). */
export function DocumentLinks(props: { c: OfficeCase; events: CaseEvent[] }) {
  const { t } = useI18n();
  const docs = documentsOf(props.c, props.events);
  if (docs.length === 0) return null;
  return (
    <Section id="documents" title={t('office.documents.title')}>
      <p class="notice-links">
        {docs.map((d) => (
          <a key={d.href} class="button button--secondary" href={d.href} data-testid={d.testId}>
            {t(d.key)}
          </a>
        ))}
      </p>
    </Section>
  );
}
