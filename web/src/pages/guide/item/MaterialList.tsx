import { pickText } from '../../../api/localized.js';
import type { Material } from '../../../api/catalogue-item.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { useI18n } from '../../../i18n/i18n.js';
import { fileTypeNames } from './material-text.js';

/**
 * The materials to bring or upload, one block each: the form the window needs, copies, whether
 * it is required, whether it may come later (容缺), and the files accepted online.
 * `situations` marks the materials that only some applicants need, with the situations' names.
 */
export function MaterialList(props: { materials: Material[]; situations?: Map<string, unknown[]>; testId?: string }) {
  const { t, lang } = useI18n();
  const separator = t('list.separator');
  return (
    <ol class="material-list" data-testid={props.testId}>
      {props.materials.map((material) => {
        const only = props.situations?.get(material.id);
        return (
          <li class="material-list__item" key={material.id} data-material={material.id}>
            <p class="material-list__name">{pickText(material.name, lang)}</p>
            <p class="material-list__tags">
              {material.mandatory ? <Tag>{t('guide.item.material.mandatory')}</Tag> : <Tag>{t('guide.item.material.optional')}</Tag>}
              {material.mayBeDeferred && <Tag tone="info">{t('guide.item.material.deferred')}</Tag>}
            </p>
            <dl class="material-list__facts">
              <div>
                <dt>{t('guide.item.material.form')}</dt>
                <dd>
                  {t(`guide.item.material.form.${material.form}`)}
                  {t('guide.item.material.copies', { copies: material.copies })}
                </dd>
              </div>
              <div>
                <dt>{t('guide.item.material.files')}</dt>
                <dd>{t('guide.item.material.filesValue', { types: fileTypeNames(material.acceptedFileTypes).join(separator), mb: material.maxSizeMb })}</dd>
              </div>
              {material.mayBeDeferred && (
                <div>
                  <dt>{t('guide.item.material.deferredTitle')}</dt>
                  <dd>{t('guide.item.material.deferredHelp')}</dd>
                </div>
              )}
              {only && (
                <div>
                  <dt>{t('guide.item.material.onlyFor')}</dt>
                  <dd>{only.map((name) => pickText(name, lang)).join(separator)}</dd>
                </div>
              )}
              {material.note && (
                <div>
                  <dt>{t('guide.item.material.note')}</dt>
                  <dd>{pickText(material.note, lang)}</dd>
                </div>
              )}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
