import type { CorrectionItem, FormField, Material } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { useI18n } from '../../../i18n/i18n.js';

/** The one-time correction notice's items, each led by the material or field it is about. */
export function CorrectionItems(props: { items: readonly CorrectionItem[]; materials: readonly Material[]; fields: readonly FormField[] }) {
  const { lang } = useI18n();
  return (
    <ol class="correction-items" data-testid="correction-items">
      {props.items.map((item, index) => {
        const material = item.materialId ? props.materials.find((m) => m.id === item.materialId) : undefined;
        const field = item.fieldId ? props.fields.find((f) => f.id === item.fieldId) : undefined;
        const subject = material ? pickText(material.name, lang) : field ? pickText(field.label, lang) : (item.materialId ?? item.fieldId);
        return (
          <li key={index}>
            {subject && <strong class="correction-items__subject">{subject}</strong>}
            <span class="correction-items__problem">{item.problem}</span>
          </li>
        );
      })}
    </ol>
  );
}
