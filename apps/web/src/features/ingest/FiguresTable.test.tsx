import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FiguresTable } from './FiguresTable.tsx';
import { observation } from './test-data.ts';
import { inLanguage } from './test-i18n.tsx';

describe('FiguresTable', () => {
  it('shows the series, value, place, period, sentence and status of each figure', () => {
    render(<FiguresTable observations={[observation()]} onReview={vi.fn()} />, { wrapper: inLanguage() });
    const row = screen.getByRole('row', { name: /Prisoners sent to the US/ });
    expect(within(row).getByRole('spinbutton', { name: 'Value of Prisoners sent to the US' })).toHaveValue(29);
    expect(row).toHaveTextContent('prisoners');
    expect(row).toHaveTextContent('National');
    expect(row).toHaveTextContent('Feb 27, 2025');
    expect(row).toHaveTextContent('“Mexico sent 29 prisoners to the United States.”');
    expect(row).toHaveTextContent('Awaiting review');
  });

  it('accepts and rejects with toggle buttons that show their state', async () => {
    const onReview = vi.fn().mockResolvedValue(true);
    const user = userEvent.setup();
    const { rerender } = render(<FiguresTable observations={[observation()]} onReview={onReview} />, { wrapper: inLanguage() });
    expect(screen.getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(onReview).toHaveBeenLastCalledWith(11, { status: 'confirmed' });

    rerender(<FiguresTable observations={[observation({ status: 'confirmed' })]} onReview={onReview} />);
    expect(screen.getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Reject' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Reject' }));
    expect(onReview).toHaveBeenLastCalledWith(11, { status: 'rejected' });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onReview).toHaveBeenLastCalledWith(11, { status: 'proposed' });
    // Pressing the state it is already in also goes back to review.
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(onReview).toHaveBeenLastCalledWith(11, { status: 'proposed' });
  });

  it('saves a corrected value when the field is left, and keeps it if the save fails', async () => {
    const onReview = vi.fn().mockResolvedValue(false);
    const user = userEvent.setup();
    render(<FiguresTable observations={[observation()]} onReview={onReview} />, { wrapper: inLanguage() });
    const value = screen.getByRole('spinbutton', { name: /Value of/ });
    await user.clear(value);
    await user.type(value, '31');
    await user.tab();
    expect(onReview).toHaveBeenCalledWith(11, { value: 31 });
    expect(value).toHaveValue(31);
  });

  it('refuses a value that is not a number', async () => {
    const onReview = vi.fn();
    const user = userEvent.setup();
    render(<FiguresTable observations={[observation()]} onReview={onReview} />, { wrapper: inLanguage() });
    await user.clear(screen.getByRole('spinbutton', { name: /Value of/ }));
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number.');
    expect(onReview).not.toHaveBeenCalled();
  });

  it('says when an item has no figures', () => {
    render(<FiguresTable observations={[]} onReview={vi.fn()} />, { wrapper: inLanguage() });
    expect(screen.getByText('No figures were found in this item.')).toBeInTheDocument();
  });
});
