import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { getItem } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Page, PageTitle } from '../../../components/Page/Page.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { useSession } from '../../../session/use-session.js';
import { residentPaths } from '../resident-paths.js';
import { completeStep, firstOpenStep, stepsFor, type ApplyStep } from './application-draft.js';
import { CheckStep } from './CheckStep.js';
import { ChooseItemStep } from './ChooseItemStep.js';
import { ConsentStep } from './ConsentStep.js';
import { DraftSyncContext } from './draft-sync-context.js';
import { FormStep } from './FormStep.js';
import { MaterialsStep } from './MaterialsStep.js';
import { ResumeStep } from './ResumeStep.js';
import { SituationStep } from './SituationStep.js';
import type { StepProps } from './step-props.js';
import { useDraft, type DraftHandle } from './use-draft.js';
import { useDraftSync, type DraftSync } from './use-draft-sync.js';

const STEP_PAGES = { situation: SituationStep, form: FormStep, materials: MaterialsStep, consent: ConsentStep, check: CheckStep };

/**
 * Applying online, or for a resident as a village proxy: choose the item, then one step per
 * page (a phone shows one thing at a time), the draft kept on this device on every change and
 * saved to the server as the applicant goes (use-draft-sync.ts), so it can be resumed elsewhere.
 */
export function ApplyFlow(props: { step: ApplyStep | 'choose' | 'resume' }) {
  const { session } = useSession();
  const user = session!.user;
  const handle = useDraft(user.userId);
  const sync = useDraftSync(handle);
  const isProxy = user.role === 'proxy';
  if (props.step === 'choose') return <ChooseItemStep handle={handle} user={user} />;
  if (props.step === 'resume') return <ResumeStep handle={handle} isProxy={isProxy} />;
  return <DraftSteps step={props.step} handle={handle} sync={sync} isProxy={isProxy} />;
}

function DraftSteps(props: { step: ApplyStep; handle: ReturnType<typeof useDraft>; sync: DraftSync; isProxy: boolean }) {
  const { t, lang } = useI18n();
  const { route } = useLocation();
  const { draft } = props.handle;
  const steps = stepsFor(props.isProxy);
  // A step reached by skipping (a bookmark, the address bar) sends the user to the first open one.
  const allowed = draft ? steps.indexOf(props.step) >= 0 && steps.indexOf(props.step) <= steps.indexOf(firstOpenStep(draft, steps)) : false;
  useEffect(() => {
    if (!draft) route(residentPaths.choose(), true);
    else if (!allowed) route(residentPaths.step(firstOpenStep(draft, steps)), true);
  }, [draft === null, allowed]);
  // The item carries both languages: switching language re-renders it without loading it again.
  const item = useAsync((signal) => (draft ? getItem(api, draft.itemCode, signal) : Promise.resolve(null)), [draft?.itemCode]);

  if (!draft || !allowed || item.status !== 'ready' || !item.data) {
    return (
      <Page>
        <PageTitle>{draft?.itemName ? pickText(draft.itemName, lang) : t('intake.apply.title')}</PageTitle>
        <AsyncState
          state={item.status === 'ready' ? { status: 'loading' } : item}
          loadingText={t('intake.apply.loading')}
          errorTitle={t('intake.apply.loadError')}
        >
          {() => null}
        </AsyncState>
      </Page>
    );
  }
  const index = steps.indexOf(props.step);
  const stepProps: StepProps = {
    handle: props.handle as DraftHandle,
    item: item.data,
    isProxy: props.isProxy,
    position: { index, total: steps.length },
    backHref: index === 0 ? residentPaths.choose({ item: draft.itemCode, township: draft.townshipId }) : residentPaths.step(steps[index - 1]!),
    // Once every step is done (a change made from the check page), "continue" goes back there.
    next: (after = completeStep(draft, props.step)) => {
      // Leaving a step saves to the server at once (the step's own change is rendered first).
      setTimeout(() => void props.sync.flush(), 0);
      route(residentPaths.step(firstOpenStep(after, steps) === 'check' ? 'check' : (steps[index + 1] ?? 'check')));
    },
    steps,
    sync: props.sync,
  };
  const Step = STEP_PAGES[props.step];
  return (
    <DraftSyncContext.Provider value={{ sync: props.sync, draft, steps }}>
      <Step {...stepProps} />
    </DraftSyncContext.Provider>
  );
}
