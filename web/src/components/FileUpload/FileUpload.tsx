import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../api/error-text.js';
import { uploadFile, type Material, type UploadedFile, type UploadProgress } from '../../api/intake.js';
import { pickText } from '../../api/localized.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../services.js';
import { acceptAttribute, acceptedTypeNames, checkFile, formatSize } from './file-check.js';
import { MaterialTag } from './MaterialTag.js';
import './file-upload.css';

export { acceptAttribute, acceptedTypeNames, checkFile, formatSize } from './file-check.js';
export { MaterialTag } from './MaterialTag.js';

/** Sends one file and says what was stored; the default asks the API for a ticket and PUTs the bytes. */
export type Uploader = (file: File, onProgress: UploadProgress) => Promise<UploadedFile>;

export interface FileUploadProps {
  /** The material of the checklist this row is for. */
  material: Material;
  /** Files already uploaded for it; their `fileId`s go into the application. */
  files: UploadedFile[];
  onFilesChange(files: UploadedFile[]): void;
  /** A problem to show at the row, e.g. the server's `materials.<id>` issue. */
  error?: string;
  /** Prefix of the element ids, when two lists share a page. */
  idPrefix?: string;
  /** Replaces the API upload (tests, a counter's scanner). */
  upload?: Uploader;
  /** The heading level of the material's name inside the page. */
  headingLevel?: 2 | 3 | 4;
  /** Told when uploads start and when none is left running, so a page can hold "continue" meanwhile. */
  onBusyChange?(busy: boolean): void;
}

interface Pending {
  key: number;
  file: File;
  progress: number;
  failed?: string;
}

/** The element id of a material's file input, the target of error summary links. */
export const materialDomId = (materialId: string, prefix = '') => `${prefix}material-${materialId}`;

const defaultUpload: Uploader = (file, onProgress) => uploadFile(api, file, { onProgress });

/**
 * One material of the checklist: its name, whether it is required or may follow later (容缺),
 * the types and size it takes, a file chooser (several files allowed: a household register has
 * pages), checks before sending, progress announced politely, retry and removal.
 */
export function FileUpload(props: FileUploadProps) {
  const { t, lang } = useI18n();
  const { material, idPrefix = '', headingLevel = 3 } = props;
  const id = materialDomId(material.id, idPrefix);
  const inputRef = useRef<HTMLInputElement>(null);
  const filesRef = useRef(props.files);
  filesRef.current = props.files;
  const [pending, setPending] = useState<Pending[]>([]);
  const [refused, setRefused] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const nextKey = useRef(1);
  const running = pending.some((p) => !p.failed);
  const onBusyChange = props.onBusyChange;
  useEffect(() => onBusyChange?.(running), [running]);
  useEffect(() => () => onBusyChange?.(false), []);
  const upload = props.upload ?? defaultUpload;
  const name = pickText(material.name, lang);

  const setFiles = (files: UploadedFile[]) => {
    filesRef.current = files;
    props.onFilesChange(files);
  };

  const send = async (entry: Pending) => {
    const update = (patch: Partial<Pending>) => setPending((list) => list.map((p) => (p.key === entry.key ? { ...p, ...patch } : p)));
    update({ progress: 0, failed: undefined });
    setStatus(t('intake.upload.uploading', { name: entry.file.name }));
    try {
      const stored = await upload(entry.file, (progress) => update({ progress }));
      setPending((list) => list.filter((p) => p.key !== entry.key));
      setFiles([...filesRef.current, stored]);
      setStatus(t('intake.upload.done', { name: entry.file.name }));
    } catch (error) {
      const message = errorText(error, t);
      update({ failed: message });
      setStatus(t('intake.upload.failed', { name: entry.file.name, reason: message }));
    }
  };

  const onChoose = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = '';
    const problems: string[] = [];
    for (const file of chosen) {
      const problem = checkFile(file, material);
      if (problem) {
        problems.push(t(problem.key, problem.params));
        continue;
      }
      const entry: Pending = { key: nextKey.current++, file, progress: 0 };
      setPending((list) => [...list, entry]);
      void send(entry);
    }
    setRefused(problems);
  };

  const remove = (fileId: string) => {
    const file = props.files.find((f) => f.fileId === fileId);
    setFiles(props.files.filter((f) => f.fileId !== fileId));
    if (file) setStatus(t('intake.upload.removed', { name: file.name }));
    inputRef.current?.focus();
  };

  const Heading = `h${headingLevel}` as 'h3';
  const hintId = `${id}-hint`;
  const errorId = props.error || refused.length > 0 ? `${id}-error` : undefined;
  return (
    <div class={`file-upload${props.error || refused.length ? ' file-upload--error' : ''}`} data-testid={`material-${material.id}`}>
      <Heading class="file-upload__name">
        {name}
        <MaterialTag material={material} />
      </Heading>
      <p class="file-upload__hint" id={hintId}>
        {t('intake.upload.accepts', { types: acceptedTypeNames(material).join(t('list.separator')), max: material.maxSizeMb })}
        {material.note && (
          <>
            <br />
            {pickText(material.note, lang)}
          </>
        )}
      </p>
      {errorId && (
        <div class="file-upload__error" id={errorId}>
          {[...(props.error ? [props.error] : []), ...refused].map((message) => (
            <p key={message}>
              <span class="visually-hidden">{t('field.errorPrefix')}</span>
              {message}
            </p>
          ))}
        </div>
      )}
      {props.files.length > 0 && (
        <ul class="file-upload__files" aria-label={t('intake.upload.listLabel', { name })}>
          {props.files.map((file) => (
            <li key={file.fileId} class="file-upload__file">
              <span class="file-upload__done" aria-hidden="true">
                ✓
              </span>
              <span class="file-upload__file-name">{file.name}</span>
              <span class="file-upload__size">{formatSize(file.size)}</span>
              <button type="button" class="file-upload__action" onClick={() => remove(file.fileId)}>
                {t('intake.upload.remove')}
                <span class="visually-hidden"> {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {pending.map((entry) => (
        <div key={entry.key} class="file-upload__pending">
          <span class="file-upload__file-name">{entry.file.name}</span>
          {entry.failed ? (
            <>
              <span class="file-upload__failed">{t('intake.upload.failedShort')}</span>
              <button type="button" class="file-upload__action" onClick={() => void send(entry)}>
                {t('intake.upload.retry')}
                <span class="visually-hidden"> {entry.file.name}</span>
              </button>
              <button type="button" class="file-upload__action" onClick={() => setPending((list) => list.filter((p) => p.key !== entry.key))}>
                {t('intake.upload.cancel')}
                <span class="visually-hidden"> {entry.file.name}</span>
              </button>
            </>
          ) : (
            <progress class="file-upload__progress" max={1} value={entry.progress} aria-label={t('intake.upload.progressLabel', { name: entry.file.name })} />
          )}
        </div>
      ))}
      <div class="file-upload__choose">
        <input
          ref={inputRef}
          class="file-upload__input"
          type="file"
          id={id}
          multiple
          accept={acceptAttribute(material)}
          onChange={onChoose}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
          aria-invalid={errorId ? true : undefined}
        />
        <label class="button button--secondary file-upload__button" for={id}>
          {t(props.files.length > 0 ? 'intake.upload.chooseMore' : 'intake.upload.choose')}
          <span class="visually-hidden">{t('intake.upload.forMaterial', { name })}</span>
        </label>
      </div>
      <p class="visually-hidden" aria-live="polite" data-testid={`material-${material.id}-status`}>
        {status}
      </p>
    </div>
  );
}
