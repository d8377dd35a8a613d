import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n.js';
import './copy-code.css';

/**
 * A code to keep (the query code): large, spaced for reading aloud, selectable, and a button
 * that copies it, saying so in a live region. Copying can be refused (no permission, old
 * browser); the code stays selected then, so a long press still copies it.
 */
export function CopyCode(props: { code: string; label: string; testId?: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const id = `copy-${props.testId ?? 'code'}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.code);
      setStatus(t('intake.copy.done'));
    } catch {
      const node = document.getElementById(id);
      if (node) window.getSelection()?.selectAllChildren(node);
      setStatus(t('intake.copy.failed'));
    }
  };
  return (
    <div class="copy-code">
      <p class="copy-code__label">{props.label}</p>
      <p class="copy-code__value" id={id} data-testid={props.testId} lang="en">
        {props.code}
      </p>
      <button type="button" class="button button--secondary copy-code__button" onClick={() => void copy()}>
        {t('intake.copy.action')}
        <span class="visually-hidden"> {props.label}</span>
      </button>
      <p class="copy-code__status" role="status">
        {status}
      </p>
    </div>
  );
}
