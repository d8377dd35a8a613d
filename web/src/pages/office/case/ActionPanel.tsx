import { useState } from 'preact/hooks';
import { OFFICE_ACTIONS, type OfficeAction } from '../../../api/office.js';
import { useI18n } from '../../../i18n/i18n.js';
import { Section } from '../../counter/review/CaseFacts.js';
import type { ActionContext } from './action-specs.js';
import { ActionForm, type ActionCallbacks } from './ActionForm.js';

/**
 * The steps the caller may take now, exactly those the API lists in `allowedActions` (the page
 * never works them out from the state). Each opens its form under the buttons (aria-expanded).
 */
export function ActionPanel(props: { allowed: string[]; ctx: ActionContext } & Omit<ActionCallbacks, 'onCancel'>) {
  const { t } = useI18n();
  const [open, setOpen] = useState<OfficeAction | undefined>();
  const actions = OFFICE_ACTIONS.filter((a) => props.allowed.includes(a));
  return (
    <Section id="actions" title={t('office.actions.title')}>
      <div class="answer-panel" data-testid="action-panel">
        {actions.length === 0 ? (
          <p class="muted" data-testid="no-actions">
            {t('office.actions.none')}
          </p>
        ) : (
          <div class="answer-choices" role="group" aria-label={t('office.actions.choose')}>
            {actions.map((action) => (
              <button
                key={action}
                type="button"
                class="button button--secondary"
                aria-expanded={open === action}
                aria-controls="action-form"
                data-testid={`action-${action}`}
                onClick={() => setOpen(open === action ? undefined : action)}
              >
                {t(`office.action.${action}`)}
              </button>
            ))}
          </div>
        )}
        <div id="action-form">
          {open && actions.includes(open) && (
            <ActionForm
              key={`${open}-${props.ctx.c.version}`}
              action={open}
              ctx={props.ctx}
              onDone={(action) => {
                setOpen(undefined);
                props.onDone(action);
              }}
              onErrors={props.onErrors}
              onConflict={props.onConflict}
              onCancel={() => {
                props.onErrors([]);
                setOpen(undefined);
              }}
            />
          )}
        </div>
      </div>
    </Section>
  );
}
