import type { Material } from '../../api/intake.js';
import { useI18n } from '../../i18n/i18n.js';

/** 必交 / 容缺（可以以后补交）/ 选交: how much a material is needed, as a tag beside its name. */
export function MaterialTag(props: { material: Pick<Material, 'mandatory' | 'mayBeDeferred'> }) {
  const { t } = useI18n();
  const { mandatory, mayBeDeferred } = props.material;
  const [kind, text] = mayBeDeferred
    ? (['deferred', t('intake.material.deferrable')] as const)
    : mandatory
      ? (['mandatory', t('intake.material.mandatory')] as const)
      : (['optional', t('intake.material.optional')] as const);
  return <span class={`material-tag material-tag--${kind}`}>{text}</span>;
}
