import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderApp, testUser } from '../../../test/trpc-fake.tsx';
import { LoginPage } from './LoginPage.tsx';

afterEach(() => vi.unstubAllGlobals());

async function signInAs(role: 'client' | 'analyst', url: string) {
  fakeApi({ 'auth.me': () => null, 'auth.signIn': () => testUser(role) });
  const { user, location } = renderApp(<LoginPage />, { url, path: '/login' });
  await user.type(screen.getByLabelText('Email'), `${role}@example.com`);
  await user.type(screen.getByLabelText('Password'), 'correct horse battery');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return location;
}

describe('where signing in lands', () => {
  it('takes a client to its exposure page', async () => {
    const client = await signInAs('client', '/login');
    await waitFor(() => expect(client()).toBe('/exposure'));
  });

  it('takes an analyst to the dashboard', async () => {
    const analyst = await signInAs('analyst', '/login');
    await waitFor(() => expect(analyst()).toBe('/'));
  });

  it('returns anyone to the page they were sent from, a client too', async () => {
    const client = await signInAs('client', '/login?next=%2Fviews');
    await waitFor(() => expect(client()).toBe('/views'));
  });
});
