import type { ImportResult } from '@atalaya/api';
import { useMutation } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useLang, useMessages } from '../../i18n/index.tsx';
import { messages, type IngestText } from './messages.ts';
import { ACCEPTED_FILES, UploadError, uploadDocument, type UploadProblem, type UploadSource } from './upload.ts';

/** File sizes as the panel and its messages show them: whole kilobytes below 1 MB, else megabytes with one decimal. */
function useSizeText() {
  const { locale } = useLang();
  const t = useMessages(messages);
  return useMemo(() => {
    const kb = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const mb = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const megabytes = (bytes: number) => t('sizeMb', { n: mb.format(bytes / 1048576) });
    return {
      megabytes,
      size: (bytes: number) => (bytes < 1024 * 1024 ? t('sizeKb', { n: kb.format(Math.max(1, Math.round(bytes / 1024))) }) : megabytes(bytes)),
    };
  }, [locale, t]);
}

function problemText(problem: UploadProblem, t: IngestText, megabytes: (bytes: number) => string): string {
  switch (problem.kind) {
    case 'empty-file':
      return t('uploadEmptyFile', { file: problem.file });
    case 'too-large':
      return t('uploadTooLarge', { file: problem.file, size: megabytes(problem.bytes) });
    case 'no-text':
      return t('uploadNoText');
    case 'unreachable':
      return t('uploadUnreachable');
    case 'server-message':
      return problem.message;
    case 'session-ended':
      return t('uploadSessionEnded');
    case 'forbidden':
      return t('uploadForbidden');
    case 'too-large-for-server':
      return t('uploadTooLargeForServer');
    case 'server-failed':
      return t('uploadServerFailed', { status: problem.status });
    case 'refused':
      return t('uploadRefused', { status: problem.status });
    case 'unexpected-answer':
      return t('uploadUnexpected');
  }
}

/** Upload a newsletter file (picked or dropped) or paste its text; reports the new edition to the parent. */
export function ImportPanel({ onImported }: { onImported: (result: ImportResult) => void }) {
  const t = useMessages(messages);
  const sizes = useSizeText();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const upload = useMutation({ mutationFn: (source: UploadSource) => uploadDocument(source), onSuccess: onImported });

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    upload.reset();
  };
  const clearFile = () => {
    chooseFile(null);
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (!dropped) return;
    // Mirror the drop into the real input so what it shows and what will be sent agree.
    if (fileInput.current) fileInput.current.files = event.dataTransfer.files;
    chooseFile(dropped);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    upload.mutate(file ? { kind: 'file', file } : { kind: 'text', text });
  };

  return (
    <section className="panel import-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('importHeading')}</h2>
      <form onSubmit={submit} aria-busy={upload.isPending} noValidate>
        <div
          className={`drop-zone${dragging ? ' is-dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={`${id}-file`}>{t('fileLabel')}</label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            name="file"
            accept={ACCEPTED_FILES}
            aria-describedby={`${id}-file-hint`}
            onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
          />
          <p id={`${id}-file-hint`} className="hint">
            {t('fileHint')}
          </p>
          {file ? (
            <p className="chosen-file">
              {t('selected')} <strong>{file.name}</strong> ({sizes.size(file.size)}){' '}
              <button type="button" onClick={clearFile}>
                {t('clear')}
                <span className="visually-hidden"> {t('clearWhat')}</span>
              </button>
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('textLabel')}</label>
          <textarea
            id={`${id}-text`}
            name="text"
            rows={6}
            value={text}
            disabled={file !== null}
            aria-describedby={`${id}-text-hint`}
            onChange={(e) => {
              setText(e.target.value);
              upload.reset();
            }}
          />
          <p id={`${id}-text-hint`} className="hint">
            {file ? t('textHintFileChosen') : t('textHint')}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={upload.isPending}>
            {upload.isPending ? t('importing') : t('import')}
          </button>
          <span role="status" className="hint">
            {upload.isPending ? t('reading') : ''}
          </span>
        </div>
        {upload.isError ? (
          <p className="error" role="alert">
            {upload.error instanceof UploadError ? problemText(upload.error.problem, t, sizes.megabytes) : upload.error.message}
          </p>
        ) : null}
      </form>
    </section>
  );
}
