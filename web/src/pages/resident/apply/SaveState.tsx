import { useLocation } from 'preact-iso';
import { useEffect, useRef } from 'preact/hooks';
import { Button } from '../../../components/Button/Button.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatInstant, formatLocalDate, chinaDateOf } from '../../../i18n/dates.js';
import { residentPaths } from '../resident-paths.js';
import type { ApplyStep } from './application-draft.js';
import { useDraftSyncContext } from './draft-sync-context.js';

/** How many of the applicant's steps are done (the check page is the last, never "done"). */
export const stepsDone = (completed: readonly string[], steps: readonly ApplyStep[]) => steps.filter((s) => s !== 'check' && completed.includes(s)).length;

/**
 * Where the draft's server copy stands, in words under the step's title: saved (with the time and
 * how long it is kept), saving, on this device only, the session ended. Said quietly: the line is
 * not announced on every save. A conflict or a draft gone elsewhere asks the applicant to choose.
 */
export function SaveState() {
  const { t, lang } = useI18n();
  const context = useDraftSyncContext();
  if (!context) return null;
  const { state } = context.sync;
  if (state.kind === 'conflict' || state.kind === 'gone') return <DraftChoice />;
  const text =
    state.kind === 'saving'
      ? t('drafts.state.saving')
      : state.kind === 'saved'
        ? t('drafts.state.saved', { time: formatInstant(state.savedAt, lang), date: formatLocalDate(chinaDateOf(state.expiresAt), lang) })
        : state.kind === 'device-only'
          ? t('drafts.state.deviceOnly')
          : state.kind === 'session-ended'
            ? t('drafts.state.sessionEnded')
            : '';
  const problem = state.kind === 'device-only' || state.kind === 'session-ended';
  return (
    <p class={`apply__save-state${problem ? ' apply__save-state--problem' : ''}`} data-testid="save-state" data-state={state.kind}>
      {text}
    </p>
  );
}

/** The choice after a refused save: which copy to keep, or whether to keep one the server no longer has. */
function DraftChoice() {
  const { t, lang } = useI18n();
  const { route } = useLocation();
  const context = useDraftSyncContext()!;
  const { sync, draft, steps } = context;
  const { state } = sync;
  const title = useRef<HTMLParagraphElement>(null);
  // The choice stops the flow: focus goes to it, so a screen reader reads it out at once.
  useEffect(() => title.current?.focus(), [state.kind]);
  if (state.kind === 'gone') {
    return (
      <div class="apply__choice" data-testid="draft-gone" data-state="gone">
        <Notice tone="error">
          <p class="notice__title" tabIndex={-1} ref={title}>
            {t('drafts.gone.title')}
          </p>
          <p>{t('drafts.gone.body')}</p>
          <div class="apply__actions">
            <Button onClick={() => void sync.keepDevice()}>{t('drafts.gone.keep')}</Button>
            <Button
              variant="secondary"
              onClick={() => {
                sync.letGo();
                route(residentPaths.dashboard());
              }}
            >
              {t('drafts.gone.letGo')}
            </Button>
          </div>
        </Notice>
      </div>
    );
  }
  if (state.kind !== 'conflict') return null;
  return (
    <div class="apply__choice" data-testid="draft-conflict" data-state="conflict">
      <Notice tone="error">
        <p class="notice__title" tabIndex={-1} ref={title}>
          {t('drafts.conflict.title')}
        </p>
        <p>
          {t('drafts.conflict.body', {
            serverTime: formatInstant(state.server.savedAt, lang),
            serverSteps: stepsDone(state.server.completed, steps),
            deviceTime: formatInstant(new Date(draft.savedAt).toISOString(), lang),
            deviceSteps: stepsDone(draft.completed, steps),
          })}
        </p>
        <div class="apply__actions">
          <Button onClick={() => void sync.keepDevice()}>{t('drafts.conflict.keepDevice')}</Button>
          <Button variant="secondary" onClick={() => void sync.takeServer()}>
            {t('drafts.conflict.takeServer')}
          </Button>
        </div>
      </Notice>
    </div>
  );
}
