import { useEffect } from 'preact/hooks';
import type { ReceivedDecision } from '../../api/decisions.js';
import { Button } from '../../components/Button/Button.js';
import { Notice } from '../../components/Notice/Notice.js';
import { useI18n } from '../../i18n/i18n.js';
import { DecisionSheet } from '../decision/DecisionSheet.js';
import { DecisionToolbar, useDocLang, useNoticeMode } from '../decision/DecisionToolbar.js';

/**
 * The printable decision on the lookup page: the same sheet as the resident's print page, from the
 * decision the lookup received, with nothing of the lookup form around it (and, in print, only
 * the sheet on one A4 page). A decision whose signature does not hold gets a warning and no sheet.
 */
export function TrackPrintView(props: { decision: ReceivedDecision; onBack(): void }) {
  const { t } = useI18n();
  const { decision } = props;
  const { docLang, setDocLang, td } = useDocLang();
  useNoticeMode();
  // The view replaces the page: start reading at its title.
  useEffect(() => document.getElementById('page-title')?.focus(), []);
  const printable = decision.status !== 'altered' && Boolean(decision.document);
  return (
    <div data-testid="track-print-view">
      <DecisionToolbar
        back={
          <p>
            <Button variant="quiet" onClick={props.onBack} id="track-print-back">
              {t('track.decision.backToProgress')}
            </Button>
          </p>
        }
        printable={printable}
        docLang={docLang}
        onDocLang={setDocLang}
      />
      {decision.status !== 'authentic' && (
        <div class="no-print">
          <Notice tone="error">{t('decision.notAuthentic', { status: t(`verify.status.${decision.status}`) })}</Notice>
        </div>
      )}
      {printable && decision.document && (
        <DecisionSheet document={decision.document} verifyUrl={decision.verifyUrl} qrSvg={decision.qrSvg} lang={docLang} td={td} />
      )}
    </div>
  );
}
