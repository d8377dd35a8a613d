import { pickText } from '../../../api/localized.js';
import { Button } from '../../../components/Button/Button.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay, formatMoment } from '../dates.js';
import type { MaterialStatus } from './materials.js';

const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/**
 * The item version's materials checklist against what the applicant supplied: files (by name:
 * there is no download link without a signed URL), paper originals, 容缺 commitments.
 */
export function MaterialsTable(props: {
  statuses: MaterialStatus[];
  /** The clerk may still record originals (before or at acceptance). */
  canCheckOriginals: boolean;
  busyMaterialId?: string;
  onCheckOriginal(materialId: string): void;
}) {
  const { t, lang } = useI18n();
  const col = {
    material: t('counter.materials.col.material'),
    need: t('counter.materials.col.need'),
    supplied: t('counter.materials.col.supplied'),
    original: t('counter.materials.col.original'),
  };
  return (
    <table class="data-table data-table--cards" data-testid="materials-table">
      <caption class="visually-hidden">{t('counter.review.materials')}</caption>
      <thead>
        <tr>
          {Object.values(col).map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.statuses.map((s) => {
          const name = pickText(s.material.name, lang);
          return (
            <tr key={s.material.id} data-testid={`material-${s.material.id}`}>
              <th scope="row" data-label={col.material}>
                <span>
                  <strong>{name}</strong>
                  {s.material.note && <span class="queue-table__sub">{pickText(s.material.note, lang)}</span>}
                </span>
              </th>
              <td data-label={col.need}>
                <span>
                  {t(`counter.materials.form.${s.material.form}`, { copies: s.material.copies })}
                  <span class="queue-table__sub">
                    {t(s.material.mandatory ? 'counter.materials.mandatory' : 'counter.materials.optional')}
                    {s.material.mayBeDeferred && ` · ${t('counter.materials.deferrable')}`}
                  </span>
                </span>
              </td>
              <td data-label={col.supplied}>
                <span>
                  {s.hasFiles ? (
                    <ul class="file-list">
                      {s.onCase!.files.map((f) => (
                        <li key={f.fileId}>
                          {f.name} <span class="muted">({t('counter.materials.size', { kb: kb(f.size) })})</span>
                        </li>
                      ))}
                    </ul>
                  ) : s.deferredTo ? (
                    <Tag tone="info">{t('counter.materials.deferredTo', { date: formatDay(s.deferredTo, lang, { weekday: false }) })}</Tag>
                  ) : s.missing ? (
                    <Tag tone="danger">{t('counter.materials.missing')}</Tag>
                  ) : (
                    <span class="muted">{t('counter.materials.none')}</span>
                  )}
                </span>
              </td>
              <td data-label={col.original}>
                {s.originalChecked ? (
                  <span>
                    <Tag tone="success">{t('counter.materials.originalChecked')}</Tag>
                    <span class="queue-table__sub">
                      {s.onCase!.originalChecked!.by} · {formatMoment(s.onCase!.originalChecked!.at, lang)}
                    </span>
                  </span>
                ) : props.canCheckOriginals ? (
                  <Button
                    variant="secondary"
                    class="button--compact"
                    aria-disabled={props.busyMaterialId !== undefined}
                    onClick={() => props.busyMaterialId === undefined && props.onCheckOriginal(s.material.id)}
                  >
                    {t('counter.materials.checkOriginal')}
                    <span class="visually-hidden">{t('counter.materials.forMaterial', { name })}</span>
                  </Button>
                ) : (
                  <span class="muted">{t('counter.materials.originalNotChecked')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
