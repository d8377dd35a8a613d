import { useEffect, useRef, useState } from 'preact/hooks';
import { pickText } from '../../api/localized.js';
import { placeName, usePlaceNames } from '../../api/places.js';
import { Button, ButtonLink } from '../../components/Button/Button.js';
import { Notice } from '../../components/Notice/Notice.js';
import { chinaDateOf, formatInstant, formatLocalDate } from '../../i18n/dates.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { stepsFor } from './apply/application-draft.js';
import type { DraftEntry } from './apply/draft-sync.js';
import { stepsDone } from './apply/SaveState.js';
import { residentPaths } from './resident-paths.js';

/**
 * Unfinished applications, most recently saved first: what, where, how far, when it was saved and
 * until when it is kept (or that only this device has it); "carry on" and "delete", the latter
 * confirmed in place.
 */
export function DraftList(props: { entries: readonly DraftEntry[]; isProxy: boolean; onDelete(entry: DraftEntry): Promise<void> }) {
  const { t } = useI18n();
  usePlaceNames(api, true);
  const [deleted, setDeleted] = useState<string>();
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (deleted) status.current?.focus();
  }, [deleted]);
  return (
    <>
      <p class="draft-list__status" role="status" tabIndex={-1} ref={status}>
        {deleted ? t('drafts.list.deleted', { item: deleted }) : ''}
      </p>
      <ul class="case-list draft-list" data-testid="draft-list">
        {props.entries.map((entry) => (
          <DraftRow
            key={`${entry.itemCode}@${entry.townshipId}`}
            entry={entry}
            isProxy={props.isProxy}
            onDelete={async (name) => {
              await props.onDelete(entry);
              setDeleted(name);
            }}
          />
        ))}
      </ul>
    </>
  );
}

function DraftRow(props: { entry: DraftEntry; isProxy: boolean; onDelete(name: string): Promise<void> }) {
  const { t, lang } = useI18n();
  const { entry } = props;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const deleteButton = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.querySelector<HTMLButtonElement>('[data-action="delete"]')?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const name = entry.itemName ? pickText(entry.itemName, lang) : entry.itemCode;
  const steps = stepsFor(props.isProxy);
  const id = `draft-${entry.itemCode}-${entry.townshipId}`;
  const remove = async () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      await props.onDelete(name);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  return (
    <li class="case-list__item" data-draft={`${entry.itemCode}@${entry.townshipId}`}>
      <p class="case-list__title draft-list__name" id={`${id}-name`}>
        {name}
      </p>
      <p class="case-list__line">{t('drafts.list.township', { township: placeName(entry.townshipId, lang) })}</p>
      <p class="case-list__line">{t('drafts.list.progress', { done: stepsDone(entry.completed, steps), total: steps.length })}</p>
      <p class="case-list__line">
        {entry.deviceOnly
          ? t('drafts.list.deviceOnly', { time: formatInstant(entry.savedAt, lang) })
          : t('drafts.list.savedAt', { time: formatInstant(entry.savedAt, lang), date: formatLocalDate(chinaDateOf(entry.expiresAt ?? entry.savedAt), lang) })}
      </p>
      {entry.unsaved && !entry.deviceOnly && <p class="case-list__line">{t('drafts.list.unsaved', { time: formatInstant(entry.savedAt, lang) })}</p>}
      {confirming ? (
        <div class="draft-list__confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`} tabIndex={-1} ref={question}>
            {t('drafts.list.confirm', { item: name })}
          </p>
          {failed && <Notice tone="error">{t('drafts.list.deleteFailed')}</Notice>}
          <div class="resident-actions draft-list__actions">
            <Button onClick={() => void remove()} aria-disabled={busy}>
              {t('drafts.list.confirmDelete')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('drafts.list.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div class="resident-actions draft-list__actions" ref={deleteButton}>
          <ButtonLink href={residentPaths.resume(entry.itemCode, entry.townshipId)}>
            {t('drafts.list.continue')}
            <span class="visually-hidden">{t('drafts.list.continueFor', { item: name })}</span>
          </ButtonLink>
          <button type="button" class="button button--quiet" data-action="delete" onClick={() => setConfirming(true)}>
            {t('drafts.list.delete')}
            <span class="visually-hidden">{t('drafts.list.deleteFor', { item: name })}</span>
          </button>
        </div>
      )}
    </li>
  );
}
