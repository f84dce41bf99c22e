import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormActions } from '../../app/FormActions.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { ConfirmDialog } from '../views/Dialog.tsx';
import { Field } from '../views/Field.tsx';
import { emptySite, localityLabel, localityOptions, parseSite, siteDraft, stateLabel, stateOptions, type SiteDraft, type SiteProblem } from './forms.ts';
import { SiteImport } from './SiteImport.tsx';
import { messages } from './messages.ts';
import { SITE_TYPES, type OrgRow, type SiteRow } from './types.ts';

const STATE_OPTIONS = stateOptions();

/** A client organisation's sites: list, add, edit, delete. */
export function SitesEditor({ org, onAnnounce }: { org: OrgRow; onAnnounce: (m: string) => void }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sites = useQuery(trpc.admin.sites.queryOptions({ orgId: org.id }));
  // null: no form; 'new': adding; a site: editing it.
  const [editing, setEditing] = useState<SiteRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<SiteRow | null>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.admin.sites.queryKey({ orgId: org.id }) });
    await queryClient.invalidateQueries({ queryKey: trpc.admin.orgs.queryKey() });
  };
  const remove = useMutation(
    trpc.admin.deleteSite.mutationOptions({
      onSuccess: async () => {
        if (deleting) onAnnounce(t('siteDeleted', { name: deleting.name }));
        setDeleting(null);
        await refresh();
      },
    }),
  );
  const headingId = `sites-${org.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('sitesOf', { name: org.name })}</h3>
      <QueryState query={sites} what={t('sites')}>
        {(rows) =>
          rows.length ? (
            <ScrollTable columns={[t('site'), t('state'), t('locality_col'), t('coordinates'), t('type'), <span className="visually-hidden">{t('edit')}</span>]}>
              {rows.map((site) => (
                <tr key={site.id}>
                  <th scope="row">{site.name}</th>
                  <td>{stateLabel(site.state)}</td>
                  <td>{localityLabel(site.locality) ?? '—'}</td>
                  <td className="nowrap">{site.lat !== null && site.lon !== null ? `${fmt.number(site.lat)}, ${fmt.number(site.lon)}` : '—'}</td>
                  <td>{t(`type_${site.type ?? 'none'}`)}</td>
                  <td className="nowrap">
                    <button type="button" onClick={() => setEditing(site)} aria-label={t('editLabel', { name: site.name })}>
                      {t('edit')}
                    </button>{' '}
                    <button
                      type="button"
                      className="danger"
                      onClick={() => {
                        remove.reset();
                        setDeleting(site);
                      }}
                      aria-label={t('deleteLabel', { name: site.name })}
                    >
                      {t('delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </ScrollTable>
          ) : (
            <p className="empty">{t('noSites')}</p>
          )
        }
      </QueryState>
      {editing === null ? (
        <p>
          <button type="button" onClick={() => setEditing('new')}>
            {t('addSite')}
          </button>
        </p>
      ) : (
        <SiteForm
          key={editing === 'new' ? 'new' : editing.id}
          orgId={org.id}
          site={editing === 'new' ? null : editing}
          onSaved={async (name) => {
            onAnnounce(t('siteSaved', { name }));
            setEditing(null);
            await refresh();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <SiteImport org={org} onAnnounce={onAnnounce} onImported={refresh} />
      {deleting ? (
        <ConfirmDialog
          title={t('deleteSiteTitle', { name: deleting.name })}
          body={t('deleteSiteBody')}
          confirmLabel={t('delete')}
          cancelLabel={t('cancel')}
          pendingLabel={t('deleting')}
          pending={remove.isPending}
          error={remove.error ? t('failed', { reason: remove.error.message }) : null}
          onConfirm={() => remove.mutate({ id: deleting.id })}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}

function SiteForm({ orgId, site, onSaved, onCancel }: { orgId: number; site: SiteRow | null; onSaved: (name: string) => void; onCancel: () => void }) {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const [draft, setDraft] = useState<SiteDraft>(() => (site ? siteDraft(site) : emptySite()));
  const [problems, setProblems] = useState<SiteProblem[]>([]);
  const save = useMutation(trpc.admin.saveSite.mutationOptions());
  const set = (key: keyof SiteDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));
  // A new state keeps the town only if it is one of that state's.
  const setState = (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, state: event.target.value, locality: localityOptions(event.target.value).some((l) => l.key === d.locality) ? d.locality : '' }));
  const localities = localityOptions(draft.state);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseSite(draft);
    if ('problems' in parsed) {
      setProblems(parsed.problems);
      return;
    }
    setProblems([]);
    save.mutate({ orgId, ...(site ? { id: site.id } : {}), ...parsed.values }, { onSuccess: () => onSaved(parsed.values.name) });
  };
  const has = (p: SiteProblem) => problems.includes(p);
  const headingId = `site-form-${site?.id ?? 'new'}`;
  return (
    <form className="admin-form site-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId} className="wide">
        {site ? t('editSite') : t('addSite')}
      </h4>
      <Field label={t('name')} error={has('nameRequired') ? t('nameRequired') : null}>
        {/* The form was opened on purpose: typing starts in its first field. */}
        {(props) => <input {...props} value={draft.name} onChange={set('name')} maxLength={200} autoFocus />}
      </Field>
      <Field label={t('state')} error={has('stateRequired') ? t('stateRequired') : null}>
        {(props) => (
          <select {...props} value={draft.state} onChange={setState}>
            <option value="">{t('chooseState')}</option>
            {STATE_OPTIONS.map((s) => (
              <option key={s.iso} value={s.iso}>
                {s.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('locality')} hint={t('localityHint')} error={has('localityState') ? t('localityState') : null}>
        {(props) => (
          <select {...props} value={draft.locality} onChange={set('locality')} disabled={localities.length === 0}>
            <option value="">{t('noLocality')}</option>
            {localities.map((l) => (
              <option key={l.key} value={l.key}>
                {l.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('latitude')} hint={t('coordinatesHint')} error={has('latRange') ? t('latRange') : null}>
        {(props) => <input {...props} inputMode="decimal" value={draft.lat} onChange={set('lat')} aria-invalid={props['aria-invalid'] ?? (has('coordsPair') || undefined)} />}
      </Field>
      <Field label={t('longitude')} error={has('lonRange') ? t('lonRange') : null}>
        {(props) => <input {...props} inputMode="decimal" value={draft.lon} onChange={set('lon')} aria-invalid={props['aria-invalid'] ?? (has('coordsPair') || undefined)} />}
      </Field>
      <Field label={t('typeOptional')}>
        {(props) => (
          <select {...props} value={draft.type} onChange={set('type')}>
            <option value="">{t('type_none')}</option>
            {SITE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type_${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {has('coordsPair') ? (
        <p className="field-error-text wide" role="alert">
          {t('coordsPair')}
        </p>
      ) : null}
      <FormActions
        wide
        error={save.error ? t('failed', { reason: save.error.message }) : null}
        pending={save.isPending}
        label={t('saveSite')}
        pendingLabel={t('saving')}
        onCancel={onCancel}
        cancelLabel={t('cancel')}
      />
    </form>
  );
}
