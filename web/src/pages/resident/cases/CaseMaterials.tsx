import type { CaseMaterial, Material } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { formatSize } from '../../../components/FileUpload/file-check.js';
import { formatLocalDate } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';

/** What the case holds of each material: the files sent, originals checked, 容缺 with its due date. */
export function CaseMaterials(props: { materials: readonly CaseMaterial[]; specs: readonly Material[] }) {
  const { t, lang } = useI18n();
  if (props.materials.length === 0) return <p>{t('intake.case.noMaterials')}</p>;
  return (
    <ul class="case-materials" data-testid="case-materials">
      {props.materials.map((m) => {
        const spec = props.specs.find((s) => s.id === m.materialId);
        return (
          <li key={m.materialId}>
            <strong>{spec ? pickText(spec.name, lang) : m.materialId}</strong>
            {m.files.length > 0 ? (
              <ul class="case-materials__files">
                {m.files.map((f) => (
                  <li key={f.fileId}>
                    {f.name} <span class="muted">({formatSize(f.size)})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{t('intake.case.noFiles')}</p>
            )}
            {m.originalChecked && <p class="muted">{t('intake.case.originalChecked')}</p>}
            {m.deferred && (
              <p>
                {m.deferred.suppliedAt ? t('intake.case.deferredSupplied') : t('intake.case.deferredDue', { date: formatLocalDate(m.deferred.dueOn, lang) })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
