import { STATE_ISO_CODES } from '@atalaya/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { FormActions } from '../../app/FormActions.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useSession } from '../auth/use-session.ts';
import { Field } from '../views/Field.tsx';
import { AdminPage } from './AdminPage.tsx';
import { isSlug, stateLabel, stateOptions } from './forms.ts';
import { messages } from './messages.ts';
import { SitesEditor } from './SitesEditor.tsx';
import type { OrgRow } from './types.ts';
import { useToggleSet } from './use-toggle-set.ts';

/** `/admin/orgs` (admins, account managers): organisations; a client's watchlist and sites. */
export function OrgsPage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const { user } = useSession();
  const orgs = useQuery(trpc.admin.orgs.queryOptions());
  const [params, setParams] = useSearchParams();
  const [announcement, setAnnouncement] = useState('');
  const selectedId = Number(params.get('org'));
  const select = (id: number | null) => setParams(id === null ? {} : { org: String(id) });
  return (
    <AdminPage title={t('orgsTitle')} intro={t('orgsIntro')} announcement={announcement}>
      <QueryState query={orgs} what={t('orgs')}>
        {(rows) => {
          const selected = rows.find((o) => o.id === selectedId) ?? null;
          return (
            <>
              <section className="panel" aria-labelledby="orgs-heading">
                <h2 id="orgs-heading">{t('orgsTitle')}</h2>
                <OrgsTable orgs={rows} onManage={select} />
              </section>
              {selected ? <OrgDetail key={selected.id} org={selected} onClose={() => select(null)} onAnnounce={setAnnouncement} /> : null}
            </>
          );
        }}
      </QueryState>
      {user?.role === 'admin' ? <NewOrgForm onAnnounce={setAnnouncement} /> : null}
    </AdminPage>
  );
}

function OrgsTable({ orgs, onManage }: { orgs: OrgRow[]; onManage: (id: number) => void }) {
  const t = useMessages(messages);
  return (
    <ScrollTable columns={[t('name'), t('slug'), t('kind'), t('usersCount'), t('sitesCount'), t('watchlist'), <span className="visually-hidden">{t('manage')}</span>]}>
      {orgs.map((org) => (
        <tr key={org.id}>
          <th scope="row">{org.name}</th>
          <td>
            <code>{org.slug}</code>
          </td>
          <td>{t(`kind_${org.kind}`)}</td>
          <td>{org.users}</td>
          <td>{org.sites}</td>
          <td>{org.watchlist.length ? org.watchlist.map(stateLabel).join(', ') : <span className="hint">{t('none')}</span>}</td>
          <td>
            {org.kind === 'client' ? (
              <button type="button" onClick={() => onManage(org.id)} aria-label={t('manageLabel', { name: org.name })}>
                {t('manage')}
              </button>
            ) : null}
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}

function OrgDetail({ org, onClose, onAnnounce }: { org: OrgRow; onClose: () => void; onAnnounce: (m: string) => void }) {
  const t = useMessages(messages);
  return (
    <section className="panel org-detail" aria-labelledby="org-detail-heading">
      <div className="view-head">
        <h2 id="org-detail-heading">{org.name}</h2>
        <button type="button" onClick={onClose}>
          {t('closeManage')}
        </button>
      </div>
      <WatchlistEditor org={org} onAnnounce={onAnnounce} />
      <SitesEditor org={org} onAnnounce={onAnnounce} />
    </section>
  );
}

const STATE_OPTIONS = stateOptions();

function WatchlistEditor({ org, onAnnounce }: { org: OrgRow; onAnnounce: (m: string) => void }) {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { chosen, toggle, set: setChosen } = useToggleSet<string>(org.watchlist);
  const save = useMutation(
    trpc.admin.setWatchlist.mutationOptions({
      onSuccess: async () => {
        onAnnounce(t('watchlistSaved'));
        await queryClient.invalidateQueries({ queryKey: trpc.admin.orgs.queryKey() });
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Sent in catalog (INEGI) order, whatever order they were ticked in.
    save.mutate({ orgId: org.id, states: STATE_ISO_CODES.filter((iso) => chosen.has(iso)) });
  };
  return (
    <form className="watchlist" onSubmit={submit}>
      <fieldset>
        <legend>{t('watchlistOf', { name: org.name })}</legend>
        <p className="hint">
          {t('watchlistHint')} {t('selectedStates', { n: chosen.size })}
        </p>
        <div className="state-grid">
          {STATE_OPTIONS.map((s) => (
            <label key={s.iso} className="check">
              <input type="checkbox" checked={chosen.has(s.iso)} onChange={() => toggle(s.iso)} />
              {s.label}
            </label>
          ))}
        </div>
      </fieldset>
      <FormActions error={save.error ? t('failed', { reason: save.error.message }) : null} pending={save.isPending} label={t('saveWatchlist')} pendingLabel={t('saving')}>
        <button type="button" onClick={() => setChosen(new Set())}>
          {t('clearAll')}
        </button>
      </FormActions>
    </form>
  );
}

function NewOrgForm({ onAnnounce }: { onAnnounce: (m: string) => void }) {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'client' | 'consultancy'>('client');
  const [problems, setProblems] = useState<Array<'slugInvalid' | 'nameRequired'>>([]);
  const create = useMutation(
    trpc.admin.createOrg.mutationOptions({
      onSuccess: async () => {
        onAnnounce(t('orgCreated', { name: name.trim() }));
        setSlug('');
        setName('');
        await queryClient.invalidateQueries({ queryKey: trpc.admin.orgs.queryKey() });
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Array<'slugInvalid' | 'nameRequired'> = [];
    if (!isSlug(slug.trim())) found.push('slugInvalid');
    if (!name.trim()) found.push('nameRequired');
    setProblems(found);
    if (!found.length) create.mutate({ slug: slug.trim(), name: name.trim(), kind });
  };
  return (
    <section className="panel" aria-labelledby="new-org-heading">
      <h2 id="new-org-heading">{t('newOrg')}</h2>
      <form className="admin-form" onSubmit={submit} noValidate>
        <Field label={t('name')} error={problems.includes('nameRequired') ? t('nameRequired') : null}>
          {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />}
        </Field>
        <Field label={t('slug')} hint={t('slugHint')} error={problems.includes('slugInvalid') ? t('slugInvalid') : null}>
          {(props) => <input {...props} value={slug} onChange={(e) => setSlug(e.target.value)} maxLength={60} />}
        </Field>
        <Field label={t('kind')}>
          {(props) => (
            <select {...props} value={kind} onChange={(e) => setKind(e.target.value as 'client' | 'consultancy')}>
              <option value="client">{t('kind_client')}</option>
              <option value="consultancy">{t('kind_consultancy')}</option>
            </select>
          )}
        </Field>
        <FormActions wide error={create.error ? t('failed', { reason: create.error.message }) : null} pending={create.isPending} label={t('createOrg')} pendingLabel={t('creating')} />
      </form>
    </section>
  );
}
