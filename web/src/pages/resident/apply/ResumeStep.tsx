import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { ApiError } from '../../../api/api-error.js';
import { getServerDraft, type ServerDraft } from '../../../api/drafts.js';
import { pickText } from '../../../api/localized.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button } from '../../../components/Button/Button.js';
import { useI18n } from '../../../i18n/i18n.js';
import { formatInstant } from '../../../i18n/dates.js';
import { api } from '../../../services.js';
import { useSession } from '../../../session/use-session.js';
import { residentPaths } from '../resident-paths.js';
import { firstOpenStep, loadDraft, stepsFor, type ApplicationDraft } from './application-draft.js';
import { deviceDraft, forgetOnDevice } from './device-drafts.js';
import { draftStorage } from './draft-storage.js';
import { fromServer, keepDeviceCopy, resolveOpening, sameKey, type Opening } from './draft-sync.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { stepsDone } from './SaveState.js';
import { StepPage } from './StepPage.js';
import { withFreshChecklist } from './use-draft-sync.js';
import type { useDraft } from './use-draft.js';

/**
 * Opening a saved application (`/resident/apply/resume?item=&township=`, the "carry on" links):
 * this device's copy and the server's are compared (draft-sync.ts `resolveOpening`); the one that
 * holds everything is opened at the first step not done, and when both changed the applicant
 * chooses, the newer first.
 */
export function ResumeStep(props: { handle: ReturnType<typeof useDraft>; isProxy: boolean }) {
  const { t, lang } = useI18n();
  const { query, route } = useLocation();
  const ownerId = useSession().session!.user.userId;
  const steps = stepsFor(props.isProxy);
  const key = { ownerId, itemCode: query.item ?? '', townshipId: query.township ?? '' };
  const opening = useAsync(
    async (signal): Promise<Opening> => {
      let server: ServerDraft | null = null;
      try {
        server = await getServerDraft(api, key.itemCode, key.townshipId, signal);
      } catch (error) {
        if (!(error instanceof ApiError && (error.status === 404 || error.status === 400))) throw error;
      }
      const current = loadDraft(draftStorage(ownerId), ownerId);
      const device = current && sameKey(current, key) ? current : deviceDraft(key);
      return resolveOpening(device, server, { ownerId, idempotencyKey: device?.idempotencyKey ?? newIdempotencyKey() });
    },
    [key.itemCode, key.townshipId],
  );

  const open = async (draft: ApplicationDraft) => {
    const ready = await withFreshChecklist(draft);
    props.handle.replace(ready);
    route(residentPaths.step(firstOpenStep(ready, steps)), true);
  };

  useEffect(() => {
    if (opening.status !== 'ready') return;
    const found = opening.data;
    if (found.kind === 'use') void open(found.draft);
    if (found.kind === 'none') {
      if (found.forget) forgetOnDevice(found.forget);
      route(residentPaths.choose({ item: key.itemCode, township: key.townshipId }), true);
    }
  }, [opening.status]);

  const choice = opening.status === 'ready' && opening.data.kind === 'choose' ? opening.data : undefined;
  const name = choice?.server.itemName ?? choice?.device.itemName;
  return (
    <StepPage
      title={t(choice ? 'drafts.resume.chooseTitle' : 'drafts.resume.title')}
      {...(name ? { itemName: pickText(name, lang) } : {})}
      backHref={residentPaths.dashboard()}
      testId="apply-resume"
    >
      {choice ? (
        <>
          <p>{t('drafts.resume.chooseLead')}</p>
          <ChoiceButtons
            first={choice.newer}
            server={{
              label: t('drafts.resume.useServer', { time: formatInstant(choice.server.savedAt, lang), steps: stepsDone(choice.server.completed, steps) }),
              pick: () => void open(fromServer(choice.server, ownerId, choice.device.idempotencyKey)),
            }}
            device={{
              label: t('drafts.resume.useDevice', {
                time: formatInstant(new Date(choice.device.savedAt).toISOString(), lang),
                steps: stepsDone(choice.device.completed, steps),
              }),
              // Kept over the server's copy: the next save names its version, so it replaces it knowingly.
              pick: () => void open(keepDeviceCopy(choice.device, choice.server)),
            }}
            newer={(label) => t('drafts.resume.newer', { label })}
          />
        </>
      ) : (
        <AsyncState
          state={opening.status === 'ready' ? { status: 'loading' } : opening}
          loadingText={t('drafts.resume.loading')}
          errorTitle={t('drafts.resume.loadError')}
        >
          {() => null}
        </AsyncState>
      )}
    </StepPage>
  );
}

function ChoiceButtons(props: {
  first: 'server' | 'device';
  server: { label: string; pick(): void };
  device: { label: string; pick(): void };
  newer(label: string): string;
}) {
  const order = props.first === 'server' ? (['server', 'device'] as const) : (['device', 'server'] as const);
  return (
    <div class="apply__actions apply__actions--stacked" data-testid="resume-choice">
      {order.map((which, i) => (
        <Button key={which} variant={i === 0 ? 'primary' : 'secondary'} onClick={props[which].pick}>
          {i === 0 ? props.newer(props[which].label) : props[which].label}
        </Button>
      ))}
    </div>
  );
}
