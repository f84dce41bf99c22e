import type { ImportResult } from '@atalaya/api';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { ACCEPTED_FILES, uploadDocument, type UploadSource } from './upload.ts';

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1048576).toFixed(1)} MB`);

/** Upload a newsletter file (picked or dropped) or paste its text; reports the new edition to the parent. */
export function ImportPanel({ onImported }: { onImported: (result: ImportResult) => void }) {
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
      <h2 id={`${id}-heading`}>Import a newsletter</h2>
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
          <label htmlFor={`${id}-file`}>Newsletter file</label>
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
            Drop a file here or choose one: text, Markdown, HTML, Word (.docx) or PDF with a text layer, up to 20 MB.
          </p>
          {file ? (
            <p className="chosen-file">
              Selected: <strong>{file.name}</strong> ({sizeText(file.size)}){' '}
              <button type="button" onClick={clearFile}>
                Clear<span className="visually-hidden"> the selected file</span>
              </button>
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>Paste text</label>
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
            {file ? 'A file is selected; clear it to import pasted text instead.' : 'Or paste the newsletter text here.'}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={upload.isPending}>
            {upload.isPending ? 'Importing…' : 'Import'}
          </button>
          <span role="status" className="hint">
            {upload.isPending ? 'Reading the document and extracting items…' : ''}
          </span>
        </div>
        {upload.isError ? (
          <p className="error" role="alert">
            {upload.error.message}
          </p>
        ) : null}
      </form>
    </section>
  );
}
