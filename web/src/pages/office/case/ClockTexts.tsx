import type { Extension, Suspension } from '../../../api/office.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay } from '../../counter/dates.js';

/** One suspension in a sentence: the procedure, its days and its reason. */
export function SuspensionText(props: { s: Suspension }) {
  const { t, lang } = useI18n();
  const { s } = props;
  const day = (d: string) => formatDay(d, lang);
  const procedure = t(`office.procedure.${s.procedure}`);
  return (
    <span data-testid="suspension">
      {s.end
        ? t('office.suspension.ended', { procedure, start: day(s.start), end: day(s.end), reason: s.reason })
        : t('office.suspension.ongoing', { procedure, start: day(s.start), expectedEnd: day(s.expectedEnd), reason: s.reason })}
    </span>
  );
}

/** The extension in a sentence: requested, approved or refused. */
export function ExtensionText(props: { e: Extension }) {
  const { t } = useI18n();
  const { e } = props;
  if (e.status === 'approved') return <span>{t('office.extension.approved', { days: e.workingDays, name: e.decidedBy?.name ?? '', reason: e.reason })}</span>;
  if (e.status === 'refused') return <span>{t('office.extension.refused', { days: e.workingDays, refusal: e.refusal ?? '' })}</span>;
  return <span>{t('office.extension.requested', { days: e.workingDays, name: e.requestedBy.name, reason: e.reason })}</span>;
}
