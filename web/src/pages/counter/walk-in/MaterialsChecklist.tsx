import type { Material } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { Checkbox } from '../../../components/Checkbox/Checkbox.js';
import { FileUpload } from '../../../components/FileUpload/FileUpload.js';
import { TextField } from '../../../components/TextField/TextField.js';
import { useI18n } from '../../../i18n/i18n.js';
import { addDays } from '../dates.js';
import { emptyEntry, type MaterialEntry } from './walk-in-model.js';

export const originalId = (id: string) => `walk-in-original-${id}`;
export const deferId = (id: string) => `walk-in-defer-${id}`;
export const dueId = (id: string) => `walk-in-due-${id}`;
export const ALL_ORIGINALS_ID = 'walk-in-all-originals';

/**
 * The exact materials for this applicant's situation: for each, the paper original checked at
 * the window, optional scans, and — where the item allows — 容缺 with the date it will follow.
 */
export function MaterialsChecklist(props: {
  materials: Material[];
  entries: Record<string, MaterialEntry>;
  /** A change to one material; merged into its latest entry (uploads finish after other clicks). */
  onChange(id: string, patch: Partial<MaterialEntry>): void;
  errors: Record<string, string>;
  today: string;
  /** "All required originals checked" ticked or unticked: every required material at once. */
  onAllOriginals(checked: boolean): void;
}) {
  const { t, lang } = useI18n();
  const required = props.materials.filter((m) => m.mandatory);
  const allSeen = required.length > 0 && required.every((m) => props.entries[m.id]?.original);
  return (
    <>
      {required.length > 0 && (
        <div class="walk-in-all-originals">
          <Checkbox
            id={ALL_ORIGINALS_ID}
            label={t('counter.walkIn.allOriginals')}
            checked={allSeen}
            onChecked={props.onAllOriginals}
            describedBy={`${ALL_ORIGINALS_ID}-hint`}
          />
          <p class="field-hint" id={`${ALL_ORIGINALS_ID}-hint`}>
            {t('counter.walkIn.allOriginalsHint')}
          </p>
        </div>
      )}
      <ul class="walk-in-materials" data-testid="walk-in-materials">
        {props.materials.map((m) => {
          const e = props.entries[m.id] ?? emptyEntry();
          const set = (patch: Partial<MaterialEntry>) => props.onChange(m.id, patch);
          const held = e.original || e.files.length > 0;
          return (
            <li key={m.id} class="walk-in-material">
              <FileUpload
                material={m}
                files={e.files}
                onFilesChange={(files) => set({ files })}
                idPrefix="walk-in-"
                {...(props.errors[`materials.${m.id}`] ? { error: props.errors[`materials.${m.id}`]! } : {})}
              />
              <div class="walk-in-material__checks">
                <p class="walk-in-material__form">{t(`counter.materials.form.${m.form}`, { copies: m.copies })}</p>
                {props.errors[originalId(m.id)] && (
                  <p class="field-error" id={`${originalId(m.id)}-error`}>
                    <span class="visually-hidden">{t('field.errorPrefix')}</span>
                    {props.errors[originalId(m.id)]}
                  </p>
                )}
                <Checkbox
                  id={originalId(m.id)}
                  label={t('counter.walkIn.originalChecked', { name: pickText(m.name, lang) })}
                  checked={e.original}
                  onChecked={(original) => set({ original })}
                />
                {m.mayBeDeferred && !held && (
                  <>
                    <Checkbox
                      id={deferId(m.id)}
                      label={t('counter.accept.deferMaterial', { name: pickText(m.name, lang) })}
                      checked={e.defer}
                      onChecked={(defer) => set({ defer })}
                    />
                    {e.defer && (
                      <TextField
                        id={dueId(m.id)}
                        type="date"
                        min={addDays(props.today, 1)}
                        width="medium"
                        label={t('counter.accept.dueOn')}
                        value={e.dueOn}
                        onValue={(dueOn) => set({ dueOn })}
                        error={props.errors[dueId(m.id)]}
                      />
                    )}
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
