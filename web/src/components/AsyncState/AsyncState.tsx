import type { ComponentChildren } from 'preact';
import { errorReference, errorText } from '../../api/error-text.js';
import type { AsyncStatus } from '../../api/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { Button } from '../Button/Button.js';
import { EmptyState } from '../EmptyState/EmptyState.js';
import './async-state.css';

/**
 * The loading, empty, error and ready states of anything loaded from the API, inside one live
 * region so a screen reader hears "loading…" and then the outcome without moving focus.
 */
export function AsyncState<T>(props: {
  /** `idle`: nothing asked yet (a search form); the live region is there, empty. */
  state: (AsyncStatus<T> | { status: 'idle' }) & { reload?(): void };
  loadingText: string;
  errorTitle: string;
  isEmpty?(data: T): boolean;
  emptyText?: string;
  children(data: T): ComponentChildren;
}) {
  const { t } = useI18n();
  const { state } = props;
  return (
    <div class="async-state" aria-live="polite" aria-busy={state.status === 'loading'}>
      {state.status === 'loading' && (
        <p class="async-state__loading" data-testid="async-loading">
          <span class="async-state__spinner" aria-hidden="true" />
          {props.loadingText}
        </p>
      )}
      {state.status === 'error' && (
        <div class="async-state__error" data-testid="async-error">
          <p class="async-state__error-title">{props.errorTitle}</p>
          <p>{errorText(state.error, t)}</p>
          {errorReference(state.error) && <p class="muted">{t('async.requestId', { requestId: errorReference(state.error)! })}</p>}
          {state.reload && (
            <Button variant="secondary" onClick={state.reload}>
              {t('async.retry')}
            </Button>
          )}
        </div>
      )}
      {state.status === 'ready' && (props.isEmpty?.(state.data) ? <EmptyState>{props.emptyText}</EmptyState> : props.children(state.data))}
    </div>
  );
}
