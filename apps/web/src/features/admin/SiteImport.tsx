import { SITE_TYPE_LABELS } from '@atalaya/domain';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useFormat, useLang, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { Field } from '../views/Field.tsx';
import { localityLabel, stateLabel } from './forms.ts';
import { messages } from './messages.ts';
import type { OrgRow } from './types.ts';

/** The server refuses larger files; checked here first so a big file is not sent at all. */
const MAX_BYTES = 1_000_000;

/**
 * Sites from a CSV file: the server checks every row first (a preview), and only a file without problems
 * can then be imported, whole, in one step.
 */
export function SiteImport({ org, onAnnounce, onImported }: { org: OrgRow; onAnnounce: (m: string) => void; onImported: () => Promise<void> }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { lang } = useLang();
  const trpc = useTRPC();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const check = useMutation(trpc.admin.importSites.mutationOptions());
  const count = (key: 'imported' | 'importReady' | 'importConfirm', n: number) => (n === 1 ? t(`${key}_one`, { org: org.name }) : t(key, { n, org: org.name }));
  const reset = () => {
    setCsv(null);
    setTooBig(false);
    check.reset();
    if (input.current) input.current.value = '';
  };
  const save = useMutation(trpc.admin.importSites.mutationOptions());
  const confirm = (text: string) =>
    save.mutate(
      { orgId: org.id, csv: text, dryRun: false },
      {
        onSuccess: async (result) => {
          onAnnounce(count('imported', result.rows.length));
          reset();
          await onImported();
        },
      },
    );
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setCsv(null);
    setTooBig(false);
    check.reset();
    save.reset();
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setTooBig(true);
      return;
    }
    const text = await file.text();
    setCsv(text);
    check.mutate({ orgId: org.id, csv: text, dryRun: true });
  };
  const result = check.data;
  const problems = result?.problems ?? [];
  return (
    <section className="site-import" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('importTitle')}</h4>
      <p className="hint">{t('importHint')}</p>
      <Field label={t('importFile')}>{(props) => <input {...props} ref={input} type="file" accept=".csv,text/csv" onChange={(e) => void choose(e)} />}</Field>
      {tooBig ? (
        <p className="error" role="alert">
          {t('importTooBig')}
        </p>
      ) : null}
      {check.isPending ? (
        <p className="loading" role="status">
          {t('importChecking')}
        </p>
      ) : null}
      {check.error ? (
        <p className="error" role="alert">
          {t('failed', { reason: check.error.message })}
        </p>
      ) : null}
      {problems.length ? (
        <div className="error" role="alert">
          <p>{problems.length === 1 ? t('importProblem') : t('importProblems', { n: problems.length })}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                {p.line > 0 ? <strong>{p.column ? t('importWhere', { line: p.line, column: p.column }) : t('importWhereLine', { line: p.line })}: </strong> : null}
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result && !problems.length && csv !== null ? (
        <>
          <p role="status">{count('importReady', result.rows.length)}</p>
          <ScrollTable
            caption={<caption>{t('importCaption')}</caption>}
            columns={[t('line'), t('site'), t('type'), t('state'), t('locality_col'), t('coordinates')]}
          >
            {result.rows.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <th scope="row">{row.name}</th>
                <td>{row.type ? SITE_TYPE_LABELS[row.type][lang] : '—'}</td>
                <td>{stateLabel(row.state)}</td>
                <td>{localityLabel(row.locality) ?? '—'}</td>
                <td className="nowrap">{row.lat !== null && row.lon !== null ? `${fmt.number(row.lat)}, ${fmt.number(row.lon)}` : '—'}</td>
              </tr>
            ))}
          </ScrollTable>
          {save.error ? (
            <p className="error" role="alert">
              {t('failed', { reason: save.error.message })}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="primary" disabled={save.isPending} onClick={() => confirm(csv)}>
              {save.isPending ? t('importing') : count('importConfirm', result.rows.length)}
            </button>
            <button type="button" onClick={reset}>
              {t('cancel')}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}
