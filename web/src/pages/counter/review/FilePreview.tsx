import { useEffect, useRef } from 'preact/hooks';
import { Button } from '../../../components/Button/Button.js';
import { useI18n } from '../../../i18n/i18n.js';

/** What the preview panel shows: a file being fetched, shown, or that could not be fetched. */
export type PreviewState =
  | { status: 'loading'; fileId: string; name: string }
  | { status: 'ready'; fileId: string; name: string; contentType: string; objectUrl: string; signedUrl: string }
  | { status: 'error'; fileId: string; name: string };

/**
 * The in-page preview of one uploaded file: images as an image, PDFs in a frame, both from a
 * blob: URL; with a download link and a link that opens the signed URL in a new tab.
 */
export function FilePreview(props: { state: PreviewState; onClose(): void }) {
  const { t } = useI18n();
  const { state } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [state.fileId]);
  return (
    <section class="file-preview" aria-labelledby="file-preview-title" data-testid="file-preview" aria-busy={state.status === 'loading'}>
      <div class="file-preview__bar">
        <h3 id="file-preview-title" tabIndex={-1} ref={heading}>
          {t('counter.files.previewOf', { name: state.name })}
        </h3>
        <Button variant="quiet" class="button--compact" onClick={props.onClose}>
          {t('counter.files.close')}
        </Button>
      </div>
      {state.status === 'loading' && <p role="status">{t('counter.files.loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('counter.files.error')}</p>}
      {state.status === 'ready' && (
        <>
          <p class="file-preview__links">
            <a href={state.objectUrl} download={state.name}>
              {t('counter.files.download')}
            </a>
            <a href={state.signedUrl} target="_blank" rel="noopener noreferrer">
              {t('counter.files.newTab')}
            </a>
          </p>
          {state.contentType === 'application/pdf' ? (
            <iframe class="file-preview__frame" src={state.objectUrl} title={state.name} data-testid="file-preview-pdf" />
          ) : (
            <img class="file-preview__image" src={state.objectUrl} alt={state.name} data-testid="file-preview-image" />
          )}
        </>
      )}
    </section>
  );
}
