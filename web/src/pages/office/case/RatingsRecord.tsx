import type { OfficeCase } from '../../../api/office.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatDay, formatMoment } from '../../counter/dates.js';
import { Row, Section } from '../../counter/review/CaseFacts.js';

/** 好差评 on the office's case page: each rating as given (never editable), its rectification task and reply. */
export function RatingsRecord(props: { c: OfficeCase }) {
  const { t, lang } = useI18n();
  const ratings = props.c.ratings ?? [];
  if (ratings.length === 0) return null;
  return (
    <Section id="ratings" title={t('rectify.record.title')}>
      {ratings.map((r) => (
        <dl key={r.ratingId} class="dense-list" data-testid="office-rating" data-grade={r.grade}>
          <Row label={t('rectify.col.grade')}>
            {t(`rating.grade.${r.grade}`)} · {t(`rating.channel.${r.channel}`)} · {formatMoment(r.at, lang)}
          </Row>
          {r.comment && <Row label={t('rectify.col.comment')}>{r.comment}</Row>}
          {r.rectification && <Row label={t('rectify.col.due')}>{formatDay(r.rectification.dueOn, lang)}</Row>}
          {r.rectification?.reply && (
            <Row label={t('rectify.reply.legend')} testId="office-rating-reply">
              {r.rectification.reply.text} ({r.rectification.reply.by.name}, {formatMoment(r.rectification.reply.at, lang)})
            </Row>
          )}
        </dl>
      ))}
    </Section>
  );
}
