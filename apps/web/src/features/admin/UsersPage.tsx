import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormActions } from '../../app/FormActions.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useSession } from '../auth/use-session.ts';
import { ConfirmDialog } from '../views/Dialog.tsx';
import { Field } from '../views/Field.tsx';
import { AdminPage } from './AdminPage.tsx';
import { newUserProblems, type NewUserProblem } from './forms.ts';
import { messages } from './messages.ts';
import { ROLES, type OrgRow, type Role, type UserRow } from './types.ts';
import { useToggleSet } from './use-toggle-set.ts';

/** `/admin/users` (admins): every account with its organisation and role; create, change role, disable, assign clients. */
export function UsersPage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const users = useQuery(trpc.admin.users.queryOptions());
  const orgs = useQuery(trpc.admin.orgs.queryOptions());
  const [announcement, setAnnouncement] = useState('');
  return (
    <AdminPage title={t('usersTitle')} intro={t('usersIntro')} announcement={announcement}>
      <section className="panel" aria-labelledby="users-heading">
        <h2 id="users-heading">{t('usersTitle')}</h2>
        <QueryState query={users} what={t('users')}>
          {(rows) => <UsersTable users={rows} orgs={orgs.data ?? []} onAnnounce={setAnnouncement} />}
        </QueryState>
      </section>
      <QueryState query={orgs} what={t('orgs')}>
        {(rows) => <NewUserForm orgs={rows} onAnnounce={setAnnouncement} />}
      </QueryState>
    </AdminPage>
  );
}

function UsersTable({ users, orgs, onAnnounce }: { users: UserRow[]; orgs: OrgRow[]; onAnnounce: (m: string) => void }) {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user: me } = useSession();
  const [disabling, setDisabling] = useState<UserRow | null>(null);
  const [assigning, setAssigning] = useState<number | null>(null);
  const update = useMutation(
    trpc.admin.updateUser.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.admin.users.queryKey() }),
    }),
  );
  const changeRole = (user: UserRow, role: Role) =>
    update.mutate({ id: user.id, role }, { onSuccess: () => onAnnounce(t('roleChanged', { email: user.email, role: t(`role_${role}`) })) });
  const setDisabled = (user: UserRow, disabled: boolean) =>
    update.mutate(
      { id: user.id, disabled },
      {
        onSuccess: () => {
          setDisabling(null);
          onAnnounce(t(disabled ? 'disabledDone' : 'enabledDone', { email: user.email }));
        },
      },
    );
  const clientOrgs = orgs.filter((o) => o.kind === 'client');

  return (
    <>
      {update.error && !disabling ? (
        <p className="error" role="alert">
          {t('failed', { reason: update.error.message })}
        </p>
      ) : null}
      <ScrollTable columns={[t('name'), t('email'), t('organisation'), t('role'), t('status'), t('clients')]}>
        {users.map((user) => {
          const self = me?.id === user.id;
          return (
            <tr key={user.id} className={user.disabled ? 'is-disabled' : undefined}>
              <th scope="row">
                {user.name} {self ? <span className="hint">{t('you')}</span> : null}
              </th>
              <td>{user.email}</td>
              <td>{user.orgName}</td>
              <td>
                <select aria-label={t('roleFor', { email: user.email })} value={user.role} disabled={self || update.isPending} onChange={(e) => changeRole(user, e.target.value as Role)}>
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`role_${role}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td className="nowrap">
                <span className={`user-status ${user.disabled ? 'is-off' : 'is-on'}`}>{user.disabled ? t('disabled') : t('active')}</span>{' '}
                {self ? null : user.disabled ? (
                  <button type="button" onClick={() => setDisabled(user, false)} aria-label={t('enableLabel', { email: user.email })}>
                    {t('enable')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      update.reset();
                      setDisabling(user);
                    }}
                    aria-label={t('disableLabel', { email: user.email })}
                  >
                    {t('disable')}
                  </button>
                )}
              </td>
              <td>
                {user.role === 'account_manager' ? (
                  <>
                    <button type="button" aria-expanded={assigning === user.id} onClick={() => setAssigning(assigning === user.id ? null : user.id)} aria-label={t('clientsCountFor', { n: user.assignedOrgIds.length, email: user.email })}>
                      {t('clientsCount', { n: user.assignedOrgIds.length })}
                    </button>
                    {assigning === user.id ? (
                      <Assignments
                        user={user}
                        clientOrgs={clientOrgs}
                        onSaved={() => {
                          setAssigning(null);
                          onAnnounce(t('assignmentsSaved', { email: user.email }));
                        }}
                      />
                    ) : null}
                  </>
                ) : (
                  <span className="hint">—</span>
                )}
              </td>
            </tr>
          );
        })}
      </ScrollTable>
      {disabling ? (
        <ConfirmDialog
          title={t('disableTitle', { email: disabling.email })}
          body={t('disableBody')}
          confirmLabel={t('disable')}
          cancelLabel={t('cancel')}
          pendingLabel={t('disabling')}
          pending={update.isPending}
          error={update.error ? t('failed', { reason: update.error.message }) : null}
          onConfirm={() => setDisabled(disabling, true)}
          onCancel={() => setDisabling(null)}
        />
      ) : null}
    </>
  );
}

function Assignments({ user, clientOrgs, onSaved }: { user: UserRow; clientOrgs: OrgRow[]; onSaved: () => void }) {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { chosen, toggle } = useToggleSet<number>(user.assignedOrgIds);
  const save = useMutation(
    trpc.admin.setAssignments.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.admin.users.queryKey() });
        onSaved();
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ userId: user.id, orgIds: [...chosen] });
  };
  return (
    <form className="assignments" onSubmit={submit}>
      <fieldset>
        <legend>{t('clientsFor', { email: user.email })}</legend>
        {clientOrgs.length ? (
          clientOrgs.map((org) => (
            <label key={org.id} className="check">
              <input type="checkbox" checked={chosen.has(org.id)} onChange={() => toggle(org.id)} />
              {org.name}
            </label>
          ))
        ) : (
          <p className="hint">{t('noClientOrgs')}</p>
        )}
      </fieldset>
      {save.error ? (
        <p className="error" role="alert">
          {t('failed', { reason: save.error.message })}
        </p>
      ) : null}
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? t('saving') : t('saveAssignments')}
      </button>
    </form>
  );
}

function NewUserForm({ orgs, onAnnounce }: { orgs: OrgRow[]; onAnnounce: (m: string) => void }) {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const initialOrg = orgs.find((o) => o.kind === 'consultancy')?.slug ?? orgs[0]?.slug ?? '';
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('client');
  const [org, setOrg] = useState(initialOrg);
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<NewUserProblem[]>([]);
  const create = useMutation(
    trpc.admin.createUser.mutationOptions({
      onSuccess: async (created) => {
        onAnnounce(t('userCreated', { email: created.email }));
        setEmail('');
        setName('');
        setPassword('');
        await queryClient.invalidateQueries({ queryKey: trpc.admin.users.queryKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.admin.orgs.queryKey() });
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = newUserProblems({ email, password });
    setProblems(found);
    if (found.length) return;
    create.mutate({ email: email.trim(), name: name.trim() || undefined, role, org: org || undefined, password });
  };
  const has = (p: NewUserProblem) => problems.includes(p);
  return (
    <section className="panel" aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">{t('newUser')}</h2>
      <form className="admin-form" onSubmit={submit} noValidate>
        <Field label={t('email')} error={has('emailInvalid') ? t('emailInvalid') : null}>
          {(props) => <input {...props} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('name')}>{(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />}</Field>
        <Field label={t('role')}>
          {(props) => (
            <select {...props} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role_${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('organisation')}>
          {(props) => (
            <select {...props} value={org} onChange={(e) => setOrg(e.target.value)}>
              {orgs.map((o) => (
                <option key={o.id} value={o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('password')} className="wide" hint={t('passwordHint')} error={has('passwordTooShort') ? t('passwordTooShort') : null}>
          {(props) => <input {...props} type="password" autoComplete="new-password" minLength={10} value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <FormActions wide error={create.error ? t('failed', { reason: create.error.message }) : null} pending={create.isPending} label={t('createUser')} pendingLabel={t('creating')} />
      </form>
    </section>
  );
}
