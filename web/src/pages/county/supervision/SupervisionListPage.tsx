import { useState } from 'preact/hooks';
import { listOffices } from '../../../api/catalogue-item.js';
import { pickText } from '../../../api/localized.js';
import { usePlaceNames } from '../../../api/places.js';
import { listSupervisionOrders, SUPERVISION_STATUSES, type SupervisionStatus } from '../../../api/supervision.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { Checkbox } from '../../../components/Checkbox/Checkbox.js';
import { SelectField } from '../../../components/SelectField/SelectField.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import '../../counter/counter.css';
import { OrdersTable } from '../../supervision/OrdersTable.js';
import '../../supervision/supervision.css';
import { CountyFrame } from '../CountyFrame.js';
import { COUNTY_SUPERVISION_PATH, countyCasePath } from '../county-pages.js';

interface Filter {
  status: '' | SupervisionStatus;
  overdue: boolean;
}

/**
 * 督办单 for the county supervisor: every order of the county, newest first, filtered by status
 * and by an overdue reply (applied with a button, so a select never reloads under the keyboard).
 * Each case number opens the county's case page, where the order's steps are.
 */
export function SupervisionListPage() {
  const { t, lang } = useI18n();
  usePlaceNames(api, true);
  const [draft, setDraft] = useState<Filter>({ status: '', overdue: false });
  const [applied, setApplied] = useState<Filter>(draft);
  const orders = useAsync(
    (signal) => listSupervisionOrders(api, { ...(applied.status ? { statuses: [applied.status] } : {}), overdue: applied.overdue }, signal),
    [applied.status, applied.overdue, lang],
  );
  const offices = useAsync((signal) => listOffices(api, signal).catch(() => []), []);
  const officeName = (id: string) => pickText((offices.status === 'ready' ? offices.data : []).find((o) => o.id === id)?.name, lang) || id;

  return (
    <CountyFrame current={COUNTY_SUPERVISION_PATH} title={t('supervision.county.title')} testId="supervision-page">
      <p class="lead">{t('supervision.county.lead')}</p>
      <form
        class="queue-toolbar supervision-filters"
        aria-label={t('supervision.filter.legend')}
        onSubmit={(event) => {
          event.preventDefault();
          setApplied(draft);
        }}
        data-testid="supervision-filters"
      >
        <SelectField
          id="supervision-status"
          label={t('supervision.filter.status')}
          value={draft.status}
          placeholder={t('supervision.filter.all')}
          options={SUPERVISION_STATUSES.map((s) => ({ value: s, label: t(`supervision.status.${s}`) }))}
          onValue={(status) => setDraft({ ...draft, status: status as Filter['status'] })}
        />
        <Checkbox
          id="supervision-overdue"
          label={t('supervision.filter.overdue')}
          checked={draft.overdue}
          onChecked={(overdue) => setDraft({ ...draft, overdue })}
        />
        <div class="supervision-filters__buttons">
          <Button type="submit" variant="secondary">
            {t('supervision.filter.apply')}
          </Button>
          <Button variant="quiet" onClick={orders.reload} aria-disabled={orders.status === 'loading'}>
            {t('supervision.refresh')}
          </Button>
        </div>
      </form>
      <AsyncState
        state={orders}
        loadingText={t('supervision.loading')}
        errorTitle={t('supervision.error')}
        isEmpty={(items) => items.length === 0}
        emptyText={t('supervision.empty')}
      >
        {(items) => (
          <>
            <p class="muted" data-testid="supervision-count">
              {t('supervision.filter.count', { count: items.length })}
            </p>
            <OrdersTable orders={items} caption={t('supervision.caption')} caseHref={(o) => countyCasePath(o.caseId)} officeName={officeName} showTownship />
          </>
        )}
      </AsyncState>
    </CountyFrame>
  );
}
