import { EMPTY_FILTER } from '@atalaya/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/trpc-fake.tsx';
import { ShareProvider } from '../share/share-context.tsx';
import { exportHref } from './export-links.ts';
import { ExportLinks } from './ExportLinks.tsx';

const TOKEN = 'Zx8_Yw7-Vu6Ts5Rq4Po3Nm2Lk1Ji0HgFeDcBa98765';

const links = () =>
  within(screen.getByRole('group', { name: 'Export' }))
    .getAllByRole('link')
    .map((a) => [a.textContent, a.getAttribute('href'), a.hasAttribute('download')]);

describe('export links', () => {
  it('download the filter of the address: items and observations as CSV, the briefing pack as PDF', () => {
    renderApp(<ExportLinks />, { url: '/?from=2025-01-01&states=MX-SIN,MX-SON&layer=homicide_rate' });
    expect(links()).toEqual([
      ['Items (CSV)', '/api/export/items.csv?from=2025-01-01&states=MX-SIN,MX-SON', true],
      ['Observations (CSV)', '/api/export/observations.csv?from=2025-01-01&states=MX-SIN,MX-SON', true],
      ['Briefing pack (PDF)', '/api/export/briefing.pdf?from=2025-01-01&states=MX-SIN,MX-SON', true],
    ]);
  });

  it('download everything when there is no filter', () => {
    renderApp(<ExportLinks />, { url: '/' });
    expect(screen.getByRole('link', { name: 'Items (CSV)' })).toHaveAttribute('href', '/api/export/items.csv');
  });

  it('are named in Spanish and ask for Spanish files', () => {
    renderApp(<ExportLinks />, { url: '/?states=MX-SIN', lang: 'es' });
    const group = within(screen.getByRole('group', { name: 'Exportar' }));
    expect(group.getByRole('link', { name: 'Notas (CSV)' })).toHaveAttribute('href', '/api/export/items.csv?states=MX-SIN&lang=es');
    expect(group.getByRole('link', { name: 'Dosier informativo (PDF)' })).toHaveAttribute('href', '/api/export/briefing.pdf?states=MX-SIN&lang=es');
  });

  it('stay within a share link, whose frozen filter the server applies', () => {
    renderApp(
      <ShareProvider filter={{ ...EMPTY_FILTER, states: ['MX-SIN'] }} viewName="Northern corridor" expiresAt={new Date('2026-03-01')}>
        <ExportLinks />
      </ShareProvider>,
      { url: `/s/${TOKEN}`, path: '/s/:token' },
    );
    expect(links().map(([, href]) => href)).toEqual([
      `/s/${TOKEN}/export/items.csv`,
      `/s/${TOKEN}/export/observations.csv`,
      `/s/${TOKEN}/export/briefing.pdf`,
    ]);
  });

  it('build the same addresses without a page', () => {
    expect(exportHref('items.csv', { token: null, filterSearch: '' })).toBe('/api/export/items.csv');
    expect(exportHref('items.csv', { token: null, filterSearch: '', lang: 'es' })).toBe('/api/export/items.csv?lang=es');
    expect(exportHref('briefing.pdf', { token: TOKEN, filterSearch: 'states=MX-SIN' })).toBe(`/s/${TOKEN}/export/briefing.pdf`);
    expect(exportHref('briefing.pdf', { token: TOKEN, filterSearch: 'states=MX-SIN', lang: 'es' })).toBe(`/s/${TOKEN}/export/briefing.pdf?lang=es`);
  });
});
