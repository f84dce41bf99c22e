import { EMPTY_FILTER } from '@atalaya/domain';
import type { SavedView, ShareLink } from './types.ts';

export const XSS = '<img src=x onerror=alert(1)>';

export function savedView(overrides: Partial<SavedView> = {}): SavedView {
  return {
    id: 7,
    name: 'Northern corridor',
    filter: { ...EMPTY_FILTER, states: ['MX-NLE', 'MX-SIN'], topics: ['homicides-violence'], from: '2025-01-01' },
    orgId: 2,
    orgName: 'Norte Logistics',
    ownerId: 4,
    ownerName: 'Carlos Client',
    canManage: true,
    updatedAt: new Date('2026-01-10T12:00:00Z'),
    ...overrides,
  };
}

export function shareLink(overrides: Partial<ShareLink> = {}): ShareLink {
  return {
    id: 31,
    viewId: 7,
    note: 'Jane Doe, head of security',
    createdAt: new Date('2026-01-11T09:30:00Z'),
    expiresAt: new Date('2026-01-25T09:30:00Z'),
    revokedAt: null,
    createdBy: 'Marta Manager',
    state: 'active',
    openCount: 0,
    lastOpenedAt: null,
    ...overrides,
  };
}
