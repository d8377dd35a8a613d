import type { Material } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { Button } from '../../../components/Button/Button.js';
import { Notice } from '../../../components/Notice/Notice.js';
import { TextArea } from '../../../components/TextArea/TextArea.js';
import { useI18n } from '../../../i18n/i18n.js';

/**
 * The end of the form. Every mandatory material held (or 容缺 with a date): accept on the spot.
 * Only 容缺 materials undecided: submit for review (the clerk accepts later from the queue).
 * A material that may not be deferred is missing: the applicant must bring it first; the
 * buttons then list what is missing in the error summary.
 */
export function FinishSection(props: {
  ready: boolean;
  missing: { blocking: Material[]; undecided: Material[] };
  note: string;
  onNote(note: string): void;
  busy: boolean;
  onSubmit(mode: 'accept' | 'review'): void;
}) {
  const { t, lang } = useI18n();
  const { blocking, undecided } = props.missing;
  const names = (list: Material[]) => list.map((m) => pickText(m.name, lang)).join(t('list.separator'));
  const complete = props.ready && blocking.length === 0 && undecided.length === 0;
  return (
    <section class="case-section" aria-labelledby="walk-in-finish-title">
      <h2 id="walk-in-finish-title">{t('counter.walkIn.finishTitle')}</h2>
      {props.ready && complete && (
        <Notice tone="success" title={t('counter.walkIn.complete')} announce={false}>
          <p>{t('counter.walkIn.completeBody')}</p>
        </Notice>
      )}
      {props.ready && blocking.length > 0 && (
        <Notice tone="error" title={t('counter.walkIn.blocking')} announce={false}>
          <p data-testid="walk-in-missing">{names(blocking)}</p>
          <p>{t('counter.walkIn.blockingBody')}</p>
        </Notice>
      )}
      {props.ready && blocking.length === 0 && undecided.length > 0 && (
        <Notice tone="info" title={t('counter.walkIn.undecided')} announce={false}>
          <p data-testid="walk-in-undecided">{names(undecided)}</p>
          <p>{t('counter.walkIn.undecidedBody')}</p>
        </Notice>
      )}
      {complete && (
        <TextArea
          id="walk-in-note"
          label={t('counter.accept.note')}
          hint={t('counter.accept.noteHint')}
          value={props.note}
          onValue={props.onNote}
          rows={2}
          maxLength={500}
        />
      )}
      <div class="form-actions">
        {complete && (
          <Button aria-disabled={props.busy} onClick={() => props.onSubmit('accept')}>
            {props.busy ? t('counter.answer.sending') : t('counter.walkIn.acceptNow')}
          </Button>
        )}
        <Button variant={complete ? 'secondary' : 'primary'} aria-disabled={props.busy} onClick={() => props.onSubmit('review')}>
          {props.busy && !complete ? t('counter.answer.sending') : t('counter.walkIn.submitForReview')}
        </Button>
      </div>
    </section>
  );
}
