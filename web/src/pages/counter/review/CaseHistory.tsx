import type { CaseEvent, Material } from '../../../api/counter.js';
import { pickText } from '../../../api/localized.js';
import { useI18n } from '../../../i18n/i18n.js';
import { hasMessage } from '../../../i18n/message-store.js';
import type { MessageKey } from '../../../i18n/messages/index.js';
import { formatDay, formatMoment } from '../dates.js';

const ACTION_KEYS: Record<string, MessageKey> = {
  submit: 'counter.event.submit',
  accept: 'counter.event.accept',
  require_correction: 'counter.event.require_correction',
  resubmit: 'counter.event.resubmit',
  not_accept: 'counter.event.not_accept',
  withdraw: 'counter.event.withdraw',
  deem_accepted: 'counter.event.deem_accepted',
  record_original: 'counter.event.record_original',
  supply_material: 'counter.event.supply_material',
  due_dates_changed: 'counter.event.due_dates_changed',
  card_changed: 'counter.event.card_changed',
};

// Back-office steps are named in the office's messages; an action this app does not know shows its name.
const labelOf = (action: string): MessageKey | undefined => {
  const office = `office.event.${action}`;
  return ACTION_KEYS[action] ?? (hasMessage(office) ? office : undefined);
};

/** Every recorded step of the case (全程留痕), newest first: who, in which role, when, and why. */
export function CaseHistory(props: { events: CaseEvent[]; materials: Material[] }) {
  const { t, lang } = useI18n();
  const materialName = (id: unknown) => pickText(props.materials.find((m) => m.id === id)?.name, lang) || String(id);
  const detail = (e: CaseEvent): string | undefined => {
    const data = e.data ?? {};
    if (e.action === 'record_original') return materialName(data.materialId);
    if (e.action === 'require_correction' && Array.isArray(data.items))
      return t('counter.history.items', { count: data.items.length, round: String(data.round ?? 1) });
    if ((e.action === 'accept' || e.action === 'deem_accepted') && typeof data.acceptedOn === 'string') {
      return t('counter.history.acceptedOn', { date: formatDay(data.acceptedOn, lang) });
    }
    return e.reason;
  };
  return (
    <ol class="history-list" reversed data-testid="history">
      {[...props.events].reverse().map((e) => {
        const more = detail(e);
        const who =
          e.actor.role === 'system'
            ? t('counter.history.system')
            : // No account: the applicant proven by the query code and phone digits on the lookup page.
              e.actor.role === 'query_code_holder'
              ? t('counter.history.queryCodeHolder')
              : t('counter.history.actor', { name: e.actor.name, role: t(`role.${e.actor.role}`) });
        return (
          <li key={e.seq}>
            <span class="muted">{formatMoment(e.at, lang)}</span>
            <strong>{labelOf(e.action) ? t(labelOf(e.action)!) : e.action}</strong>
            <span>
              {who}
              {more && <span class="queue-table__sub">{more}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
