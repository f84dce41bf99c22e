import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseExpiryDays } from './CreateShareLinkDialog.tsx';
import { savedView, shareLink, XSS } from './fixtures.ts';
import { shortHash } from './format.ts';
import { ShareLinksPanel } from './ShareLinksPanel.tsx';
import { fakeApi, FakeError, renderApp, testUser } from '../../../test/trpc-fake.tsx';
import type { ShareLink } from './types.ts';

const TOKEN = 'k3Jq9x_Vt2mB8wLr5ZpN0cYh7uEa4sDf6gHj1iKoPqR';

afterEach(() => vi.unstubAllGlobals());

type Open = { id: number; at: Date; ipHash: string | null; userAgent: string | null };

/** The server's side of `views.shareOpens`: `opens` newest first, 50 a page, keyed by id. */
function pagedOpens(opens: Open[]) {
  return (input: unknown) => {
    const { cursor } = input as { cursor?: number | null };
    const after = cursor ? opens.filter((o) => o.id < cursor) : opens;
    const page = after.slice(0, 50);
    return { opens: page, nextCursor: after.length > 50 ? (page.at(-1)?.id ?? null) : null };
  };
}

function serve(initial: ShareLink[], opens: Open[] = []) {
  let links = initial;
  const api = fakeApi({
    'auth.me': () => testUser('account_manager', 1),
    'views.shareLinks': () => links,
    'views.shareOpens': pagedOpens(opens),
    'views.share': (input) => {
      const { note } = input as { note: string | null };
      links = [shareLink({ id: 40, note, createdAt: new Date('2026-02-01T10:00:00Z'), expiresAt: new Date('2026-02-15T10:00:00Z') }), ...links];
      return { id: 40, token: TOKEN, path: `/s/${TOKEN}`, expiresAt: new Date('2026-02-15T10:00:00Z') };
    },
    'views.revokeShare': (input) => {
      links = links.map((l) => (l.id === (input as { id: number }).id ? { ...l, state: 'revoked' as const, revokedAt: new Date() } : l));
      return undefined;
    },
  });
  return api;
}

const renderPanel = () => renderApp(<ShareLinksPanel view={savedView()} origin="https://atalaya.example" />);

describe('ShareLinksPanel', () => {
  it('shows a new link’s full URL once, with a Copy button and a warning, and never again', async () => {
    const api = serve([]);
    const { user } = renderPanel();
    const create = await screen.findByRole('button', { name: 'Create share link' });
    await user.click(create);

    let dialog = screen.getByRole('dialog', { name: 'New share link for “Northern corridor”' });
    const days = within(dialog).getByRole('spinbutton', { name: /Expires after \(days\)/ });
    expect(days).toHaveValue(14);
    expect(days).toHaveFocus();
    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'Jane Doe, head of security');
    await user.click(within(dialog).getByRole('button', { name: 'Create link' }));

    await waitFor(() => expect(api.callsTo('views.share')).toEqual([{ viewId: 7, expiresInDays: 14, note: 'Jane Doe, head of security' }]));
    const url = await screen.findByRole('textbox', { name: 'Share link' });
    dialog = screen.getByRole('dialog', { name: 'New share link for “Northern corridor”' });
    expect(url).toHaveValue(`https://atalaya.example/s/${TOKEN}`);
    expect(url).toHaveAttribute('readonly');
    expect(url).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('it will not be shown again');

    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(`https://atalaya.example/s/${TOKEN}`);
    expect(await within(dialog).findByText('Copied to the clipboard.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(create).toHaveFocus();
    // The new link is listed, but its token is nowhere on the page any more.
    expect(await screen.findByRole('cell', { name: 'Jane Doe, head of security' })).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(TOKEN);
    await user.click(create);
    expect(within(screen.getByRole('dialog')).queryByRole('textbox', { name: 'Share link' })).not.toBeInTheDocument();
  });

  it('refuses an expiry beyond 90 days before asking the server, and Esc closes the dialog', async () => {
    const api = serve([]);
    const { user } = renderPanel();
    const create = await screen.findByRole('button', { name: 'Create share link' });
    await user.click(create);
    const days = screen.getByRole('spinbutton', { name: /Expires after/ });
    await user.clear(days);
    await user.type(days, '91');
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(screen.getByRole('alert')).toHaveTextContent('between 1 and 90');
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('views.share')).toEqual([]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(create).toHaveFocus();
  });

  it('asks for confirmation before revoking, and shows the link as revoked at once', async () => {
    const api = serve([shareLink()]);
    const { user } = renderPanel();
    const row = (await screen.findByRole('cell', { name: 'Jane Doe, head of security' })).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('active');

    await user.click(within(row).getByRole('button', { name: 'Revoke the link Jane Doe, head of security' }));
    let dialog = screen.getByRole('dialog', { name: 'Revoke this link?' });
    expect(dialog).toHaveTextContent('loses access at once');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.callsTo('views.revokeShare')).toEqual([]);

    await user.click(within(row).getByRole('button', { name: /Revoke/ }));
    dialog = screen.getByRole('dialog', { name: 'Revoke this link?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(api.callsTo('views.revokeShare')).toEqual([{ id: 31 }]));
    await waitFor(() => expect(row).toHaveTextContent('revoked'));
    expect(within(row).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lists each link’s state, expiry, note, creator and opens, with the IP hash shortened', async () => {
    const api = serve(
      [
        shareLink({ note: XSS, openCount: 2, lastOpenedAt: new Date('2026-01-12T09:00:00Z') }),
        shareLink({ id: 30, note: null, state: 'expired', expiresAt: new Date('2026-01-01T00:00:00Z') }),
      ],
      [
        { id: 2, at: new Date('2026-01-12T09:00:00Z'), ipHash: null, userAgent: null },
        { id: 1, at: new Date('2026-01-12T08:00:00Z'), ipHash: '0123456789abcdef0123456789abcdef', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140' },
      ],
    );
    const { user, container } = renderPanel();
    await screen.findByText('2 opens');
    const rows = [...container.querySelectorAll<HTMLElement>('.table-scroll > table > tbody > tr')];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(XSS);
    expect(rows[0]).toHaveTextContent('Marta Manager');
    expect(rows[1]).toHaveTextContent('expired');
    expect(within(rows[1] as HTMLElement).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();

    // The opens themselves are asked for only once someone looks.
    expect(api.callsTo('views.shareOpens')).toEqual([]);
    await user.click(screen.getByText('2 opens'));
    expect(await screen.findByText('Mozilla/5.0 (X11; Linux x86_64) Chrome/140')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText('01234567…')).toBeVisible();
    expect(document.body.innerHTML).not.toContain('0123456789abcdef');
  });

  it('pages through a link’s many opens with “Load more”', async () => {
    const opens = Array.from({ length: 120 }, (_, i) => ({ id: 120 - i, at: new Date(Date.UTC(2026, 0, 12, 0, 120 - i)), ipHash: `hash${String(120 - i).padStart(4, '0')}`, userAgent: `Browser ${120 - i}` }));
    const api = serve([shareLink({ openCount: 120, lastOpenedAt: opens[0]?.at ?? null })], opens);
    const { user } = renderPanel();
    await user.click(await screen.findByText('120 opens'));
    const list = await screen.findByRole('list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(50));
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Browser 120');
    expect(screen.getByText('50 of 120 shown')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(100));
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(120));
    expect(within(list).getAllByRole('listitem').at(-1)).toHaveTextContent('Browser 1');
    // Every open once, newest first, and no button once the last page is in.
    const agents = within(list).getAllByRole('listitem').map((li) => /Browser (\d+)/.exec(li.textContent ?? '')?.[1]);
    expect(agents).toEqual(opens.map((o) => String(o.id)));
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(api.callsTo('views.shareOpens')).toEqual([{ linkId: 31, direction: 'forward' }, { linkId: 31, cursor: 71, direction: 'forward' }, { linkId: 31, cursor: 21, direction: 'forward' }]);
  });

  it('tells an account manager who does not manage the client that they cannot share its views', async () => {
    fakeApi({
      'auth.me': () => testUser('account_manager', 1),
      'views.shareLinks': () => {
        throw new FakeError('FORBIDDEN', 'You do not manage this client.');
      },
    });
    renderPanel();
    expect(await screen.findByText(/You do not manage this client/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create share link' })).not.toBeInTheDocument();
  });
});

describe('share link helpers', () => {
  it('accepts whole days from 1 to 90', () => {
    expect(parseExpiryDays('14')).toBe(14);
    expect(parseExpiryDays(' 90 ')).toBe(90);
    expect(parseExpiryDays('1')).toBe(1);
    for (const bad of ['0', '91', '-3', '2.5', '', 'x', '1e2']) expect(parseExpiryDays(bad)).toBeNull();
  });

  it('shortens a hashed IP to a prefix', () => {
    expect(shortHash('0123456789abcdef')).toBe('01234567…');
    expect(shortHash('abc')).toBe('abc');
    expect(shortHash(null)).toBeNull();
  });
});
