import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SourcePane } from './SourcePane.tsx';
import { inLanguage } from './test-i18n.tsx';

const text = 'Intro line. First item text. Second item text. Footer.';
const items = [
  { id: 1, position: 0, headline: 'First', span: { start: 12, end: 28 } },
  { id: 2, position: 1, headline: 'Second', span: { start: 29, end: 46 } },
  { id: 3, position: 2, headline: 'No span', span: null },
];

describe('SourcePane', () => {
  it('shows the whole source text with each item span highlighted', () => {
    render(<SourcePane text={text} items={items} selectedId={null} onSelect={() => {}} />, { wrapper: inLanguage() });
    const pane = screen.getByLabelText('Source text of the newsletter');
    expect(pane).toHaveTextContent(text);
    const marks = pane.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['First item text.', 'Second item text.']);
    expect(marks[0]).toHaveAttribute('title', 'Item 1: First');
  });

  it('selects an item when its highlight is clicked, and shows the selection', async () => {
    const onSelect = vi.fn();
    const { rerender } = render(<SourcePane text={text} items={items} selectedId={null} onSelect={onSelect} />, { wrapper: inLanguage() });
    await userEvent.setup().click(screen.getByText('Second item text.'));
    expect(onSelect).toHaveBeenCalledWith(2);
    rerender(<SourcePane text={text} items={items} selectedId={2} onSelect={onSelect} />);
    expect(screen.getByText('Second item text.')).toHaveClass('is-selected');
    expect(screen.getByText('First item text.')).not.toHaveClass('is-selected');
  });

  it('picks the innermost item where spans overlap', async () => {
    const onSelect = vi.fn();
    const nested = [
      { id: 1, position: 0, headline: 'Outer', span: { start: 0, end: 28 } },
      { id: 2, position: 1, headline: 'Inner', span: { start: 12, end: 17 } },
    ];
    render(<SourcePane text={text} items={nested} selectedId={null} onSelect={onSelect} />, { wrapper: inLanguage() });
    await userEvent.setup().click(screen.getByText('First'));
    expect(onSelect).toHaveBeenCalledWith(2);
  });

  it('says so when the original text was not kept', () => {
    render(<SourcePane text={null} items={items} selectedId={null} onSelect={() => {}} />, { wrapper: inLanguage() });
    expect(screen.getByText(/original text of this edition was not kept/)).toBeInTheDocument();
  });
});
