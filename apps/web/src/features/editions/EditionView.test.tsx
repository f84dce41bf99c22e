import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EDITION } from '../items/fixtures.ts';
import { renderWith } from '../items/test-render.tsx';
import { EditionsTable } from './EditionsTable.tsx';
import { EditionView } from './EditionView.tsx';

describe('EditionView', () => {
  it('shows the edition as published: title, date, author, commentary, then the items in order', () => {
    renderWith(<EditionView edition={EDITION} />);
    expect(screen.getByRole('heading', { level: 1, name: EDITION.title })).toBeInTheDocument();
    expect(screen.getByText('Mar 12, 2025', { selector: 'time' }).closest('p')).toHaveTextContent('Mar 12, 2025 · by Pat Partner');
    const commentary = screen.getByRole('region', { name: 'Commentary' });
    expect(within(commentary).getAllByText(/paragraph of commentary/).map((p) => p.textContent)).toEqual([
      'A first paragraph of commentary.',
      'A second paragraph of commentary.',
    ]);
    const items = screen.getByRole('region', { name: 'Items in this edition' });
    const headlines = within(items).getAllByRole('heading', { level: 3 });
    expect(headlines.map((h) => h.textContent)).toEqual(['First in the edition', 'Second in the edition']);
    expect(within(headlines[0] as HTMLElement).getByRole('link')).toHaveAttribute('href', '/items/11');
  });

  it('gives each item its citation, with the original title in its language and only web links', () => {
    renderWith(<EditionView edition={EDITION} />);
    const titles = screen.getAllByText(/^Título original/, { selector: 'cite' });
    expect(titles).toHaveLength(2);
    for (const title of titles) expect(title).toHaveAttribute('lang', 'es');
    const originals = screen.getAllByRole('link', { name: /original/ });
    expect(originals).toHaveLength(1);
    expect(originals[0]).toHaveAttribute('href', 'https://example.org/nota-11');
    expect(originals[0]).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('tags a demo edition as demo data, in English and Spanish, and an imported one not at all', () => {
    const { unmount } = renderWith(<EditionView edition={{ ...EDITION, demo: true }} />);
    const header = screen.getByRole('heading', { level: 1, name: EDITION.title }).closest('header') as HTMLElement;
    expect(within(header).getByText('Demo data')).toBeVisible();
    expect(within(header).getByText(/not the firm’s reporting/).closest('p')).toHaveTextContent('Demo data Written for the demonstration: this is not the firm’s reporting.');
    unmount();
    const es = renderWith(<EditionView edition={{ ...EDITION, demo: true }} />, { lang: 'es' });
    expect(screen.getByText('Datos de demostración')).toBeVisible();
    expect(screen.getByText(/no es información de la firma/)).toBeInTheDocument();
    es.unmount();
    renderWith(<EditionView edition={EDITION} />);
    expect(screen.queryByText('Demo data')).not.toBeInTheDocument();
  });

  it('reads in Spanish', () => {
    renderWith(<EditionView edition={{ ...EDITION, commentary: null }} />, { lang: 'es' });
    expect(screen.getByRole('region', { name: 'Comentario' })).toHaveTextContent('Esta edición no tiene comentario.');
    expect(screen.getByText('12 mar 2025', { selector: 'time' }).closest('p')).toHaveTextContent('12 mar 2025 · por Pat Partner');
  });
});

describe('EditionsTable', () => {
  const editions = [
    { id: 2, title: 'Newer edition', publishedOn: '2025-06-18', author: 'Pat Partner', itemCount: 8, demo: false },
    { id: 1, title: 'Older edition', publishedOn: '2024-12-04', author: null, itemCount: 1234, demo: true },
  ];

  it('lists date, title (linked), author and item count', () => {
    renderWith(<EditionsTable editions={editions} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Jun 18, 2025');
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Newer edition' })).toHaveAttribute('href', '/editions/2');
    expect(rows[0]).toHaveTextContent('Pat Partner');
    expect(rows[1]).toHaveTextContent('1,234');
  });

  it('tags the demo editions’ rows, outside the link, in English and Spanish', () => {
    const { unmount } = renderWith(<EditionsTable editions={editions} />);
    const [newer, older] = screen.getAllByRole('row').slice(1) as HTMLElement[];
    expect(within(newer as HTMLElement).queryByText('Demo data')).not.toBeInTheDocument();
    expect(within(older as HTMLElement).getByText('Demo data')).toBeVisible();
    expect(within(older as HTMLElement).getByRole('link', { name: 'Older edition' })).toBeInTheDocument();
    unmount();
    renderWith(<EditionsTable editions={editions} />, { lang: 'es' });
    expect(screen.getAllByText('Datos de demostración')).toHaveLength(1);
  });

  it('says so when nothing is published', () => {
    renderWith(<EditionsTable editions={[]} />, { lang: 'es' });
    expect(screen.getByText('Todavía no se ha publicado ninguna edición.')).toBeInTheDocument();
  });
});
