import type { ComponentChildren } from 'preact';
import { BackLink } from '../../../components/BackLink/BackLink.js';
import { ErrorSummary, type SummaryError } from '../../../components/ErrorSummary/ErrorSummary.js';
import { Page, PageTitle } from '../../../components/Page/Page.js';
import { useI18n } from '../../../i18n/i18n.js';
import { SaveState } from './SaveState.js';
import './apply.css';

/**
 * The frame of one step of an application: back link, error summary, the item's name and
 * "step 2 of 5" above the title, where the draft's save stands, then the step's own content.
 */
export function StepPage(props: {
  title: string;
  itemName?: string;
  step?: { index: number; total: number };
  backHref?: string;
  errors?: SummaryError[];
  attempt?: number;
  testId: string;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  const errors = props.errors ?? [];
  const caption = [props.itemName, props.step ? t('intake.apply.stepOf', { n: props.step.index + 1, total: props.step.total }) : undefined]
    .filter(Boolean)
    .join(' · ');
  return (
    <Page>
      <div class="apply" data-testid={props.testId}>
        {props.backHref && <BackLink href={props.backHref}>{t('intake.apply.back')}</BackLink>}
        <ErrorSummary errors={errors} attempt={props.attempt ?? 0} />
        <PageTitle hasErrors={errors.length > 0} {...(caption ? { caption } : {})}>
          {props.title}
        </PageTitle>
        <SaveState />
        {props.children}
      </div>
    </Page>
  );
}
