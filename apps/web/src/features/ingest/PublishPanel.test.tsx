import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { PublishPanel } from './PublishPanel.tsx';
import { observation, reviewItem } from './test-data.ts';
import { inLanguage } from './test-i18n.tsx';

const items = [
  reviewItem({ observations: [observation({ id: 1 }), observation({ id: 2, status: 'confirmed' })] }),
  reviewItem({ id: 2, observations: [observation({ id: 3, status: 'rejected' }), observation({ id: 4 })] }),
];

function renderPanel(edition: Parameters<typeof PublishPanel>[0]['edition'], error: string | null = null) {
  const props = { edition, publishing: false, deleting: false, error, onPublish: vi.fn(), onDelete: vi.fn() };
  render(
    <MemoryRouter>
      <PublishPanel {...props} />
    </MemoryRouter>,
    { wrapper: inLanguage() },
  );
  return props;
}

describe('PublishPanel', () => {
  it('says how many figures are unreviewed and that they stay hidden', async () => {
    const props = renderPanel({ status: 'draft', publishedOn: '2025-03-12', items });
    expect(screen.getByText(/2 of 4 figures still await review/)).toHaveTextContent('stay hidden from clients');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Publish edition' }));
    expect(props.onPublish).toHaveBeenCalled();
  });

  it('cannot publish without a publication date, and says why', () => {
    renderPanel({ status: 'draft', publishedOn: null, items });
    const button = screen.getByRole('button', { name: 'Publish edition' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Set and save the publication date before publishing.');
  });

  it('offers to delete the draft', async () => {
    const props = renderPanel({ status: 'draft', publishedOn: null, items: [] });
    expect(screen.getByText('No figures were found in this edition.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Delete draft' }));
    expect(props.onDelete).toHaveBeenCalled();
  });

  it('shows the server error', () => {
    renderPanel({ status: 'draft', publishedOn: '2025-03-12', items }, 'The edition has no items to publish');
    expect(screen.getByRole('alert')).toHaveTextContent('The edition has no items to publish');
  });

  it('links to the dashboard once published', () => {
    renderPanel({ status: 'published', publishedOn: '2025-03-12', items });
    expect(screen.getByRole('status')).toHaveTextContent('This edition is published (dated Mar 12, 2025)');
    expect(screen.getByRole('link', { name: 'Open the dashboard' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Publish edition' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete draft' })).not.toBeInTheDocument();
  });
});
