import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { QueryState } from '../../app/QueryState.tsx';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useDateTime } from '../views/format.ts';
import { AdminPage } from './AdminPage.tsx';
import { auditJson } from './forms.ts';
import { messages } from './messages.ts';
import type { AuditEntry } from './types.ts';

export const AUDIT_PAGE_SIZE = 50;
const ACTION_PREFIXES = ['user.', 'org.', 'site.', 'view.', 'share.', 'edition.', 'item.', 'export.', 'auth.'];

/** `/admin/audit` (admins): every write, newest first, a page at a time, filtered by action prefix. */
export function AuditPage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const [draft, setDraft] = useState('');
  const [action, setAction] = useState('');
  // The `before` cursor of every page shown so far: Older pushes one, Newest clears them.
  const [cursors, setCursors] = useState<number[]>([]);
  const before = cursors.at(-1);
  const audit = useQuery(
    trpc.admin.audit.queryOptions(
      { limit: AUDIT_PAGE_SIZE, ...(before !== undefined ? { before } : {}), ...(action ? { action } : {}) },
      { placeholderData: keepPreviousData },
    ),
  );
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setAction(draft.trim());
    setCursors([]);
  };
  return (
    <AdminPage title={t('auditTitle')} intro={t('auditIntro')}>
      <section className="panel" aria-labelledby="audit-heading">
        <h2 id="audit-heading" className="visually-hidden">
          {t('auditTitle')}
        </h2>
        <form className="audit-filter" onSubmit={apply} role="search">
          <label>
            {t('actionPrefix')}
            <input value={draft} onChange={(e) => setDraft(e.target.value)} list="audit-actions" maxLength={60} placeholder={t('actionHint')} />
          </label>
          <datalist id="audit-actions">
            {ACTION_PREFIXES.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <button type="submit">{t('applyFilter')}</button>
          {action ? (
            <button
              type="button"
              onClick={() => {
                setDraft('');
                setAction('');
                setCursors([]);
              }}
            >
              {t('clearFilter')}
            </button>
          ) : null}
        </form>
        <QueryState query={audit} what={t('audit')}>
          {(page) => (
            <>
              {page.entries.length ? <AuditTable entries={page.entries} /> : <p className="empty">{t('noEntries')}</p>}
              <div className="pager">
                {cursors.length ? (
                  <button type="button" onClick={() => setCursors([])}>
                    {t('newest')}
                  </button>
                ) : null}
                {page.nextBefore !== null ? (
                  <button type="button" disabled={audit.isPlaceholderData} onClick={() => setCursors((c) => (page.nextBefore === null ? c : [...c, page.nextBefore]))}>
                    {t('older')}
                  </button>
                ) : null}
                <span className="hint">{t('pageOf', { n: cursors.length + 1 })}</span>
              </div>
            </>
          )}
        </QueryState>
      </section>
    </AdminPage>
  );
}

/** Audit rows; before/after are shown as JSON text, so stored markup can never run. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = useMessages(messages);
  const when = useDateTime();
  return (
    <ScrollTable className="audit-table" columns={[t('time'), t('who'), t('action'), t('entity'), t('id'), t('changes')]}>
      {entries.map((entry) => {
        const beforeJson = auditJson(entry.before);
        const afterJson = auditJson(entry.after);
        return (
          <tr key={entry.id}>
            <td className="nowrap">
              <time dateTime={when.iso(entry.at)}>{when.dateTime(entry.at)}</time>
            </td>
            <td>{entry.actor ?? <span className="hint">{t('system')}</span>}</td>
            <td>
              <code>{entry.action}</code>
            </td>
            <td>{entry.entity}</td>
            <td>{entry.entityId ?? '—'}</td>
            <td>
              {beforeJson || afterJson ? (
                <details>
                  <summary>{t('details')}</summary>
                  <div className="audit-json">
                    <div>
                      <h4>{t('before')}</h4>
                      <pre>{beforeJson ?? t('nothing')}</pre>
                    </div>
                    <div>
                      <h4>{t('after')}</h4>
                      <pre>{afterJson ?? t('nothing')}</pre>
                    </div>
                  </div>
                </details>
              ) : (
                <span className="hint">—</span>
              )}
            </td>
          </tr>
        );
      })}
    </ScrollTable>
  );
}
