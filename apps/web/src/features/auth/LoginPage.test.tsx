import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, FakeError, renderApp, testUser } from '../../../test/trpc-fake.tsx';
import { LoginPage, retryWhen } from './LoginPage.tsx';

afterEach(() => vi.unstubAllGlobals());

const tooMany = (retryAfterSeconds: number) => () => {
  throw new FakeError('TOO_MANY_REQUESTS', `Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
};

async function submit(user: ReturnType<typeof renderApp>['user'], labels: { email: string; password: string; button: string }) {
  await user.type(screen.getByLabelText(labels.email), 'client@example.com');
  await user.type(screen.getByLabelText(labels.password), 'a password');
  await user.click(screen.getByRole('button', { name: labels.button }));
}

describe('LoginPage', () => {
  it('signs in and goes to the page asked for', async () => {
    const api = fakeApi({ 'auth.me': () => null, 'auth.signIn': () => testUser('client') });
    const { user, location } = renderApp(<LoginPage />, { url: '/login?next=%2Fviews', path: '/login' });
    await submit(user, { email: 'Email', password: 'Password', button: 'Sign in' });
    await waitFor(() => expect(location()).toBe('/views'));
    expect(api.callsTo('auth.signIn')).toEqual([{ email: 'client@example.com', password: 'a password' }]);
  });

  it('says the email or password is wrong, in the reader’s language', async () => {
    fakeApi({
      'auth.signIn': () => {
        throw new FakeError('UNAUTHORIZED', 'The email or password is not correct.');
      },
    });
    const { user } = renderApp(<LoginPage />, { url: '/login', path: '/login', lang: 'es' });
    await submit(user, { email: 'Correo electrónico', password: 'Contraseña', button: 'Iniciar sesión' });
    expect(await screen.findByRole('alert')).toHaveTextContent('El correo electrónico o la contraseña no son correctos.');
  });

  it('tells a refused user when to try again, in English and in Spanish', async () => {
    fakeApi({ 'auth.signIn': tooMany(15 * 60) });
    const english = renderApp(<LoginPage />, { url: '/login', path: '/login' });
    await submit(english.user, { email: 'Email', password: 'Password', button: 'Sign in' });
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Too many sign-in attempts\. You can try again in 15 minutes, at \d{1,2}:\d{2}\s?[AP]M\.$/);
    english.unmount();

    fakeApi({ 'auth.signIn': tooMany(4) });
    const spanish = renderApp(<LoginPage />, { url: '/login', path: '/login', lang: 'es' });
    await submit(spanish.user, { email: 'Correo electrónico', password: 'Contraseña', button: 'Iniciar sesión' });
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Demasiados intentos de inicio de sesión\. Podrá volver a intentarlo dentro de 4 segundos, a las \d{1,2}:\d{2}/);
  });

  it('words the wait in seconds under a minute and in whole minutes, rounded up, beyond', () => {
    const at = new Date('2026-03-02T10:00:00');
    // ICU may put a narrow no-break space before AM/PM.
    const plain = ({ when, time }: { when: string; time: string }) => ({ when, time: time.replace(/\s/g, ' ') });
    expect(plain(retryWhen(1, 'en-US', at))).toEqual({ when: 'in 1 second', time: '10:00 AM' });
    expect(plain(retryWhen(61, 'en-US', at))).toEqual({ when: 'in 2 minutes', time: '10:01 AM' });
    expect(retryWhen(900, 'es-MX', at).when).toBe('dentro de 15 minutos');
  });
});

describe('where signing in lands without a page to return to', () => {
  it('takes a client to its exposure page and anyone else to the dashboard', async () => {
    fakeApi({ 'auth.me': () => null, 'auth.signIn': () => testUser('client') });
    const client = renderApp(<LoginPage />, { url: '/login', path: '/login' });
    await submit(client.user, { email: 'Email', password: 'Password', button: 'Sign in' });
    await waitFor(() => expect(client.location()).toBe('/exposure'));
    client.unmount();

    fakeApi({ 'auth.me': () => null, 'auth.signIn': () => testUser('analyst') });
    const analyst = renderApp(<LoginPage />, { url: '/login', path: '/login' });
    await submit(analyst.user, { email: 'Email', password: 'Password', button: 'Sign in' });
    await waitFor(() => expect(analyst.location()).toBe('/'));
  });
});
