import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { homeFor } from './landing.ts';
import { messages } from './messages.ts';

/** Only same-site paths are followed after sign-in, never an absolute URL from the query string. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function LoginPage() {
  const t = useMessages(messages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async (user) => {
        await queryClient.invalidateQueries();
        void navigate(safeNext(params.get('next')) ?? homeFor(user.role), { replace: true });
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };

  return (
    <main id="main" className="login">
      <form className="panel login-form" onSubmit={submit} noValidate>
        <h1>{t('heading')}</h1>
        <label>
          {t('email')}
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('password')}
          <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {signIn.isError ? (
          <p className="error" role="alert">
            {signIn.error.message}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </main>
  );
}
