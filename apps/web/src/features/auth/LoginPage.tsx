import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useLang, useMessages } from '../../i18n/index.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { homeFor } from './landing.ts';
import { messages } from './messages.ts';

/** Only same-site paths are followed after sign-in, never an absolute URL from the query string. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

/** "in 15 minutes" and the clock time then, in the reader's language, for a wait of `seconds` from now. */
export function retryWhen(seconds: number, locale: string, now = new Date()): { when: string; time: string } {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const when = seconds < 60 ? relative.format(seconds, 'second') : relative.format(Math.ceil(seconds / 60), 'minute');
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(now.getTime() + seconds * 1000));
  return { when, time };
}

export function LoginPage() {
  const t = useMessages(messages);
  const { locale } = useLang();
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

  /** Why sign-in failed, in the page's language; a refusal for too many attempts says when to try again. */
  const refusal = (error: { message: string; data?: { code?: string; retryAfterSeconds?: number | null } | null }) => {
    const code = error.data?.code;
    const wait = error.data?.retryAfterSeconds;
    // Counted from when the attempt was sent, so switching language does not move the time.
    if (code === 'TOO_MANY_REQUESTS' && wait) return t('tooManyAttempts', retryWhen(wait, locale, new Date(signIn.submittedAt)));
    if (code === 'UNAUTHORIZED') return t('wrongCredentials');
    return error.message;
  };

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
            {refusal(signIn.error)}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </main>
  );
}
