import { useState } from 'preact/hooks';
import { askedQuestions } from '../../../../../functions/core/catalogue/checklist.js';
import { getChecklist, type ItemVersion } from '../../../api/catalogue-item.js';
import { pickText } from '../../../api/localized.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { RadioGroup } from '../../../components/RadioGroup/RadioGroup.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { MaterialList } from './MaterialList.js';

/**
 * "Which documents do I need?": the item's situation questions (a follow-up appears once the
 * answer that triggers it is given); when every question asked is answered, the catalogue
 * returns exactly the materials and conditions for that situation, announced in a live region.
 */
export function SituationChecklist(props: { item: ItemVersion }) {
  const { t, lang } = useI18n();
  const { item } = props;
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const asked = askedQuestions(item.questions, answers);
  const kept = Object.fromEntries(asked.filter((q) => answers[q.id]).map((q) => [q.id, answers[q.id]!]));
  const complete = asked.every((q) => kept[q.id] !== undefined);
  const key = complete ? JSON.stringify(kept) : '';

  const checklist = useAsync((signal) => (key ? getChecklist(api, item.code, kept, signal) : Promise.resolve(undefined)), [key, item.code, item.version, lang]);

  return (
    <div class="situation-checklist" data-testid="situation-checklist">
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        {asked.map((question) => (
          <RadioGroup
            key={question.id}
            id={`situation-${question.id}`}
            legend={pickText(question.text, lang)}
            {...(question.help ? { hint: pickText(question.help, lang) } : {})}
            options={question.options.map((o) => ({ value: o.value, label: pickText(o.label, lang) }))}
            value={answers[question.id]}
            onValue={(value) => setAnswers({ ...answers, [question.id]: value })}
            inline={question.options.length <= 2}
          />
        ))}
      </form>
      {!complete ? (
        <p class="muted" aria-live="polite">
          {t('guide.item.checklist.answerFirst')}
        </p>
      ) : (
        <AsyncState state={checklist} loadingText={t('guide.item.checklist.loading')} errorTitle={t('guide.item.checklist.error')}>
          {(data) =>
            data && (
              <section class="situation-checklist__result" aria-labelledby="checklist-result-title" data-testid="checklist-result">
                <h3 id="checklist-result-title">{t('guide.item.checklist.resultTitle', { count: data.materials.length })}</h3>
                {data.variants.length > 0 && (
                  <p>
                    {t('guide.item.checklist.situation', {
                      names: data.variants.map((v) => pickText(v.name, lang)).join(t('list.separator')),
                    })}
                  </p>
                )}
                <MaterialList materials={data.materials} testId="checklist-materials" />
                {data.conditions.length > 0 && (
                  <>
                    <h4>{t('guide.item.checklist.conditions')}</h4>
                    <ul data-testid="checklist-conditions">
                      {data.conditions.map((condition, i) => (
                        <li key={i}>{pickText(condition, lang)}</li>
                      ))}
                    </ul>
                  </>
                )}
              </section>
            )
          }
        </AsyncState>
      )}
    </div>
  );
}
