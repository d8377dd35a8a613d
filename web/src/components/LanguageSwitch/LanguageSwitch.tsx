import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n.js';
import { isLang } from '../../i18n/lang.js';
import './language-switch.css';

/**
 * One button naming the other language in that language ("English" / "中文"), so someone who
 * cannot read the current one still finds it. The choice is remembered on this device. The page
 * switches once the other language's strings have arrived; where they cannot be fetched it stays
 * as it is, and the button can be pressed again.
 */
export function LanguageSwitch() {
  const { t, setLang } = useI18n();
  const [busy, setBusy] = useState(false);
  const other = t('lang.otherCode');
  return (
    <button
      type="button"
      class="language-switch"
      lang={other}
      aria-busy={busy || undefined}
      onClick={() => {
        if (!isLang(other) || busy) return;
        setBusy(true);
        setLang(other)
          .catch(() => undefined)
          .finally(() => setBusy(false));
      }}
    >
      {t('lang.other')}
    </button>
  );
}
