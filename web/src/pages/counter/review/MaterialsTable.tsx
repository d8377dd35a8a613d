import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchAsObjectUrl, openCaseFile } from '../../../api/case-files.js';
import { pickText } from '../../../api/localized.js';
import { Button } from '../../../components/Button/Button.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { formatDay, formatMoment } from '../dates.js';
import { FilePreview, type PreviewState } from './FilePreview.js';
import type { MaterialStatus } from './materials.js';

const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/**
 * Opening files: a signed URL from the API (logged there), then images and PDFs previewed in
 * place from a blob: URL, everything else downloaded.
 */
function useFileOpener(caseId: string) {
  const [preview, setPreview] = useState<PreviewState | undefined>();
  const objectUrl = useRef<string | undefined>();
  const release = () => {
    if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
    objectUrl.current = undefined;
  };
  useEffect(() => release, []);
  const open = async (fileId: string, name: string) => {
    release();
    setPreview({ status: 'loading', fileId, name });
    try {
      const file = await openCaseFile(api, caseId, fileId);
      if (!file.previewable) {
        setPreview(undefined);
        const link = document.createElement('a');
        link.href = file.url;
        link.rel = 'noopener';
        link.click();
        return;
      }
      const url = await fetchAsObjectUrl(file);
      objectUrl.current = url;
      setPreview({ status: 'ready', fileId, name, contentType: file.contentType, objectUrl: url, signedUrl: file.url });
    } catch {
      setPreview({ status: 'error', fileId, name });
    }
  };
  const close = () => {
    release();
    setPreview(undefined);
  };
  return { preview, open, close };
}

/**
 * The item version's materials checklist against what the applicant supplied: files (each opens
 * through a short-lived signed URL, images and PDFs in place), paper originals, 容缺 commitments.
 */
export function MaterialsTable(props: {
  caseId: string;
  statuses: MaterialStatus[];
  /** The clerk may still record originals (before or at acceptance). */
  canCheckOriginals: boolean;
  busyMaterialId?: string;
  onCheckOriginal(materialId: string): void;
}) {
  const { t, lang } = useI18n();
  const files = useFileOpener(props.caseId);
  const col = {
    material: t('counter.materials.col.material'),
    need: t('counter.materials.col.need'),
    supplied: t('counter.materials.col.supplied'),
    original: t('counter.materials.col.original'),
  };
  return (
    <>
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
                            <button
                              type="button"
                              class="link-button"
                              aria-pressed={files.preview?.fileId === f.fileId}
                              onClick={() => void files.open(f.fileId, f.name)}
                            >
                              {f.name}
                              <span class="visually-hidden"> · {t('counter.files.open')}</span>
                            </button>{' '}
                            <span class="muted">({t('counter.materials.size', { kb: kb(f.size) })})</span>
                          </li>
                        ))}
                      </ul>
                    ) : s.deferredTo ? (
                      <Tag tone="info">{t('counter.materials.deferredTo', { date: formatDay(s.deferredTo, lang) })}</Tag>
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
      {files.preview && <FilePreview state={files.preview} onClose={files.close} />}
    </>
  );
}
