import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { Button } from '../../components/Button/Button.js';
import { PageTitle } from '../../components/Page/Page.js';
import { useDocumentLang, useI18n } from '../../i18n/i18n.js';
import type { Lang } from '../../i18n/lang.js';
import '../notices/notice.css';

/**
 * The language a printed decision is shown in (Chinese first, as an official document is), its
 * switch (which waits for the other language's strings) and its translator.
 */
export function useDocLang() {
  const { docLang, setDocLang, td } = useDocumentLang();
  return { docLang, setDocLang, td };
}

/** While mounted, the site's header and footer are hidden: the page is the sheet and its toolbar. */
export function useNoticeMode() {
  useEffect(() => {
    document.body.classList.add('notice-mode');
    return () => document.body.classList.remove('notice-mode');
  }, []);
}

/**
 * Above a printable decision, never printed: the way back, the page's title, the print hint, and
 * (when there is a sheet to print) the print button and the document's language.
 */
export function DecisionToolbar(props: { back: ComponentChildren; printable: boolean; docLang: Lang; onDocLang(lang: Lang): void }) {
  const { t } = useI18n();
  const { docLang } = props;
  return (
    <div class="notice-toolbar no-print">
      {props.back}
      <PageTitle>{t('decision.page.title')}</PageTitle>
      <p class="muted">{t('decision.printHint')}</p>
      {props.printable && (
        <div class="notice-toolbar__actions">
          <Button onClick={() => window.print()} id="print-button">
            {t('decision.print')}
          </Button>
          <Button variant="secondary" onClick={() => props.onDocLang(docLang === 'zh-CN' ? 'en' : 'zh-CN')}>
            {t(docLang === 'zh-CN' ? 'decision.showEnglish' : 'decision.showChinese')}
          </Button>
        </div>
      )}
    </div>
  );
}
