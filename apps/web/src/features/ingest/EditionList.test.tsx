import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EditionTable } from './EditionList.tsx';
import { inLanguage } from './test-i18n.tsx';

describe('EditionTable', () => {
  it('lists editions with status, counts and a link to each review page', () => {
    render(
      <MemoryRouter>
        <EditionTable
          editions={[
            { id: 4, title: 'Security Chatter – Mar. 12, 2025', publishedOn: '2025-03-12', status: 'draft', sourceName: 'chatter.txt', itemCount: 6, proposedMetrics: 3, createdAt: new Date('2025-03-12T15:00:00Z') },
            { id: 2, title: 'Older edition', publishedOn: '2024-12-04', status: 'published', sourceName: null, itemCount: 9, proposedMetrics: 0, createdAt: new Date('2024-12-05T10:00:00Z') },
          ]}
        />
      </MemoryRouter>,
      { wrapper: inLanguage() },
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Security Chatter – Mar. 12, 2025' })).toHaveAttribute('href', '/admin/ingest/4');
    expect(rows[0]).toHaveTextContent('Draft');
    expect(rows[0]).toHaveTextContent(/6\s*3/);
    expect(rows[1]).toHaveTextContent('Published');
  });

  it('says when nothing has been imported', () => {
    render(<EditionTable editions={[]} />, { wrapper: inLanguage() });
    expect(screen.getByText('No newsletters have been imported yet.')).toBeInTheDocument();
  });
});
