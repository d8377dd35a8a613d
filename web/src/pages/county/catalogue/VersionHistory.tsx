import type { VersionHistoryEntry } from '../../../api/catalogue-admin.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { formatInstant, formatLocalDate } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { itemAdminPath } from '../county-pages.js';

/**
 * Every version of an item, newest first: when it applies, who recorded it and when, why; the
 * one in force today and the one on screen are marked, and any version can be opened.
 */
export function VersionHistory(props: { code: string; versions: VersionHistoryEntry[]; inForce?: number; shown: number }) {
  const { t, lang } = useI18n();
  return (
    <ol class="version-list" data-testid="version-history" reversed>
      {props.versions.map((v) => {
        const upcoming = props.inForce === undefined || v.version > props.inForce;
        return (
          <li key={v.version} class="version-list__item" data-version={v.version} aria-current={v.version === props.shown ? 'true' : undefined}>
            <p class="version-list__title">
              {t('catalogue.history.version', { version: v.version, date: formatLocalDate(v.effectiveFrom, lang) })}
              {v.version === props.inForce && <Tag tone="success">{t('catalogue.history.inForce')}</Tag>}
              {upcoming && <Tag tone="warning">{t('catalogue.history.upcoming')}</Tag>}
              {v.status === 'abolished' && <Tag>{t('catalogue.status.abolished')}</Tag>}
            </p>
            <p data-testid="version-note">{t('catalogue.history.note', { note: v.changeNote })}</p>
            <p class="muted">{t('catalogue.history.recorded', { by: v.recordedBy, at: formatInstant(v.recordedAt, lang) })}</p>
            {v.version === props.shown ? (
              <p class="muted">{t('catalogue.history.shown')}</p>
            ) : (
              <p>
                <a href={itemAdminPath(props.code, v.version)}>{t('catalogue.history.view', { version: v.version })}</a>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
