import { useI18n } from '../../i18n/i18n.js';
import { isLang } from '../../i18n/lang.js';
import './language-switch.css';

/**
 * One button naming the other language in that language ("English" / "中文"), so someone who
 * cannot read the current one still finds it. The choice is remembered on this device.
 */
export function LanguageSwitch() {
  const { t, setLang } = useI18n();
  const other = t('lang.otherCode');
  return (
    <button
      type="button"
      class="language-switch"
      lang={other}
      onClick={() => {
        if (isLang(other)) setLang(other);
      }}
    >
      {t('lang.other')}
    </button>
  );
}
