import { useI18n } from '../../i18n/i18n.js';
import './skip-link.css';

/** First focusable element of every page: jumps past the header to `#main`. */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a class="skip-link" href="#main" onClick={focusMain}>
      {t('skipLink')}
    </a>
  );
}

// The router ignores `#` links, so the browser scrolls; focus is moved too, so the next Tab
// continues inside the main content in every browser.
function focusMain(event: MouseEvent) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}
