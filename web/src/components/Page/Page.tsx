import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n.js';

/** The main landmark (skip-link target) with the page's width. */
export function Page(props: { children: ComponentChildren }) {
  return (
    <main id="main" tabIndex={-1}>
      <div class="page-width">{props.children}</div>
    </main>
  );
}

/**
 * The page's one h1, which also names the browser tab. It takes focus after client-side
 * navigation (see app.tsx), so it is focusable by script; `hasErrors` prefixes "Error:" to the
 * tab title as GOV.UK does, so the failed submit is heard on reload too.
 */
export function PageTitle(props: { children: string; hasErrors?: boolean; caption?: string }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${props.hasErrors ? t('field.errorPrefix') : ''}${props.children} – ${t('app.name')}`;
  }, [props.children, props.hasErrors, t]);
  return (
    <>
      {props.caption && <p class="page-caption">{props.caption}</p>}
      <h1 id="page-title" tabIndex={-1}>
        {props.children}
      </h1>
    </>
  );
}
