import type { ComponentChildren } from 'preact';
import { BackLink } from '../../components/BackLink/BackLink.js';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary/ErrorSummary.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import { WorkspaceNav, type WorkspaceNavItem } from '../../components/WorkspaceShell/WorkspaceShell.js';
import type { Translate } from '../../i18n/i18n.js';
import { useI18n } from '../../i18n/i18n.js';
import { useSession } from '../../session/use-session.js';
import { COUNTY_CALENDAR_PATH, COUNTY_CATALOGUE_PATH, COUNTY_OPEN_CASES_PATH, COUNTY_OUTBOX_PATH, COUNTY_SUPERVISION_PATH } from './county-pages.js';

/** The county workspace's own pages, after its dashboard. */
export const countyNav = (t: Translate): WorkspaceNavItem[] => [
  { href: COUNTY_OPEN_CASES_PATH, label: t('drill.nav') },
  { href: COUNTY_SUPERVISION_PATH, label: t('supervision.nav') },
  { href: COUNTY_CATALOGUE_PATH, label: t('catalogue.nav') },
  { href: COUNTY_CALENDAR_PATH, label: t('calendar.nav') },
  { href: COUNTY_OUTBOX_PATH, label: t('outbox.nav') },
];

/** Whether the signed-in user may change the catalogue and the calendar (administrators), or only read them. */
export function useCanEdit(): boolean {
  return useSession().session?.user.role === 'admin';
}

/**
 * The frame of a county page other than the dashboard: the workspace navigation, a back link,
 * the error summary (above the title, as GOV.UK places it) and the page's one h1.
 */
export function CountyFrame(props: {
  current: string;
  title: string;
  caption?: string;
  back?: { href: string; label: string };
  errors?: SummaryError[];
  attempt?: number;
  testId: string;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  const errors = props.errors ?? [];
  return (
    <>
      <WorkspaceNav workspace="county" nav={countyNav(t)} current={props.current} />
      <Page>
        <div data-testid={props.testId}>
          {props.back && <BackLink href={props.back.href}>{props.back.label}</BackLink>}
          <ErrorSummary errors={errors} attempt={props.attempt ?? 0} />
          <PageTitle hasErrors={errors.length > 0} {...(props.caption ? { caption: props.caption } : {})}>
            {props.title}
          </PageTitle>
          {props.children}
        </div>
      </Page>
    </>
  );
}
