import { useI18n } from '../../i18n/i18n.js';
import './site-footer.css';

/** Links every visitor may need, and the promise that nobody has to come twice. */
export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer class="site-footer no-print" role="contentinfo">
      <div class="page-width">
        <nav aria-label={t('footer.navLabel')}>
          <ul class="site-footer__links">
            <li>
              <a href="/">{t('footer.home')}</a>
            </li>
            <li>
              <a href="/guide">{t('footer.guide')}</a>
            </li>
            <li>
              <a href="/track">{t('footer.track')}</a>
            </li>
          </ul>
        </nav>
        <p class="site-footer__note">{t('footer.note')}</p>
      </div>
    </footer>
  );
}
