import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { XSS } from '../views/fixtures.ts';
import { fakeApi, renderApp, testUser } from '../../../test/trpc-fake.tsx';
import { AuditPage } from './AuditPage.tsx';
import type { AuditEntry } from './types.ts';

afterEach(() => vi.unstubAllGlobals());

const entry = (id: number, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id,
  at: new Date(Date.UTC(2026, 0, 1, 12, id)),
  actor: 'Ana Admin',
  action: 'view.rename',
  entity: 'saved_view',
  entityId: String(id),
  before: { name: 'Old name' },
  after: { name: 'New name' },
  requestId: 'req-1',
  ...overrides,
});

describe('AuditPage', () => {
  it('lists entries newest first with who, action, entity and id, and before/after JSON as text', async () => {
    fakeApi({
      'auth.me': () => testUser('admin'),
      'admin.audit': () => ({ entries: [entry(12, { before: { name: XSS }, after: { name: `${XSS} 2`, sites: [{ name: '<script>alert(1)</script>' }] } }), entry(11, { action: 'user.create', entity: 'user', before: null, after: null, actor: null })], nextBefore: null }),
    });
    const { user, container } = renderApp(<AuditPage />);
    const rows = await waitFor(() => {
      const found = [...container.querySelectorAll<HTMLElement>('.audit-table > tbody > tr')];
      expect(found).toHaveLength(2);
      return found;
    });
    const first = rows[0] as HTMLElement;
    expect(first).toHaveTextContent('Ana Admin');
    expect(first).toHaveTextContent('view.rename');
    expect(first).toHaveTextContent('saved_view');
    expect(first).toHaveTextContent('12');
    expect(rows[1]).toHaveTextContent('system');
    expect(rows[1]).toHaveTextContent('user.create');

    await user.click(within(first).getByText('Before / after'));
    const [before, after] = within(first).getAllByText(/"name"/) as [HTMLElement, HTMLElement];
    expect(before.tagName).toBe('PRE');
    expect(before.textContent).toContain(`"name": "${XSS}"`);
    expect(after.textContent).toContain('<script>alert(1)</script>');
    // Markup in stored values stays text: no element was created from it.
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  it('pages to older entries and filters by action prefix', async () => {
    const api = fakeApi({
      'auth.me': () => testUser('admin'),
      'admin.audit': (input) => {
        const { before } = input as { before?: number };
        return before === undefined ? { entries: [entry(60), entry(59)], nextBefore: 59 } : { entries: [entry(58, { action: 'share.create' })], nextBefore: null };
      },
    });
    const { user } = renderApp(<AuditPage />);
    await user.click(await screen.findByRole('button', { name: 'Older' }));
    expect(await screen.findByText('share.create')).toBeInTheDocument();
    expect(api.callsTo('admin.audit')).toEqual([{ limit: 50 }, { limit: 50, before: 59 }]);
    expect(screen.queryByRole('button', { name: 'Older' })).not.toBeInTheDocument();
    expect(screen.getByText('Page 2')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: 'Action starts with' }), 'share.');
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    await waitFor(() => expect(api.callsTo('admin.audit').at(-1)).toEqual({ limit: 50, action: 'share.' }));
    expect(screen.getByText('Page 1')).toBeInTheDocument();
  });
});
