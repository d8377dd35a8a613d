import type { ComponentChildren } from 'preact';
import { useI18n } from '../../../i18n/i18n.js';

/** A titled block of the check page. */
export function CheckSection(props: { title: string; children: ComponentChildren }) {
  return (
    <section class="check-section">
      <h2 class="check-section__title">{props.title}</h2>
      <dl class="summary-list check-list">{props.children}</dl>
    </section>
  );
}

/**
 * One answer: its question, the answer, an error if the server refused it, and a change link
 * whose id is `<id>-change` (the error summary links there, next to the problem).
 */
export function CheckRow(props: { id: string; label: string; value: string; change?: string; error?: string | undefined }) {
  const { t } = useI18n();
  return (
    <div class={`summary-list__row check-list__row${props.error ? ' check-list__row--error' : ''}`} id={props.id}>
      <dt>{props.label}</dt>
      <dd>
        {props.error && (
          <p class="check-list__error">
            <span class="visually-hidden">{t('field.errorPrefix')}</span>
            {props.error}
          </p>
        )}
        <span class="check-list__value">{props.value}</span>
      </dd>
      {props.change && (
        <dd class="check-list__action">
          <a href={props.change} id={`${props.id}-change`}>
            {t('intake.check.change')}
            <span class="visually-hidden"> {props.label}</span>
          </a>
        </dd>
      )}
    </div>
  );
}
