import type { CaseCard } from '../../../api/office.js';
import { Tag, type TagTone } from '../../../components/Tag/Tag.js';
import { useI18n } from '../../../i18n/i18n.js';

const TONE: Record<CaseCard, TagTone> = { none: 'success', yellow: 'warning', red: 'danger', legal_breach: 'danger' };

/** A case's time-limit card (红牌 / 黄牌 / 超法定时限), always in words as well as colour. */
export function CardTag(props: { card: CaseCard | undefined }) {
  const { t } = useI18n();
  const card = props.card ?? 'none';
  return (
    <Tag tone={TONE[card]} testId={`card-${card}`}>
      {t(`office.card.${card}`)}
    </Tag>
  );
}
