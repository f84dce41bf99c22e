import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWith } from '../items/test-render.tsx';
import { DensityStrip } from './DensityStrip.tsx';
import { fillWeeks } from './weeks.ts';

// Four weeks: 3 Mar (2 items), 10 Mar (1), 17 Mar (0), 24 Mar (5).
const WEEKS = fillWeeks([
  { key: '2025-03-03', count: 2 },
  { key: '2025-03-10', count: 1 },
  { key: '2025-03-24', count: 5 },
]);

function setup(props: { from?: string; to?: string; lang?: 'en' | 'es' } = {}) {
  const onSelect = vi.fn();
  const onClear = vi.fn();
  renderWith(<DensityStrip weeks={WEEKS} from={props.from} to={props.to} onSelect={onSelect} onClear={onClear} />, { lang: props.lang ?? 'en' });
  return { onSelect, onClear, strip: screen.getByRole('slider', { name: props.lang === 'es' ? 'Notas por semana' : 'Items per week' }) };
}

describe('DensityStrip', () => {
  it('draws one bar per week, empty weeks included', () => {
    const { strip } = setup();
    expect(strip.querySelectorAll('rect.tl-bar')).toHaveLength(4);
    expect(strip.querySelectorAll('rect.tl-bar.is-empty')).toHaveLength(1);
    expect(strip).toHaveAttribute('aria-valuemax', '3');
    expect(screen.getByText('All dates')).toBeInTheDocument();
  });

  it('selects weeks with the arrow keys and applies them with Enter', async () => {
    const user = userEvent.setup();
    const { strip, onSelect } = setup();
    await user.tab();
    expect(strip).toHaveFocus();
    // The cursor starts on the newest week.
    expect(strip).toHaveAttribute('aria-valuenow', '3');
    await user.keyboard('{ArrowLeft}');
    expect(strip).toHaveAttribute('aria-valuenow', '2');
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}');
    expect(strip).toHaveAttribute('aria-valuetext', expect.stringMatching(/Selection Mar 3, 2025 – Mar 23, 2025, 3 items/));
    expect(screen.getByText(/press Enter to apply/)).toBeInTheDocument();
    expect(onSelect).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith({ from: '2025-03-03', to: '2025-03-23' });
  });

  it('cancels a keyboard selection with Escape', async () => {
    const user = userEvent.setup();
    const { onSelect } = setup();
    await user.tab();
    await user.keyboard('{Home}{Escape}{Enter}');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('sets the dates from a pointer drag across the bars', () => {
    const { strip, onSelect } = setup();
    vi.spyOn(strip, 'getBoundingClientRect').mockReturnValue({ left: 100, width: 400, top: 0, height: 72, right: 500, bottom: 72, x: 100, y: 0, toJSON: () => ({}) });
    fireEvent.pointerDown(strip, { button: 0, clientX: 320, pointerId: 1 }); // week 2
    fireEvent.pointerMove(strip, { clientX: 150, pointerId: 1 }); // week 0
    expect(screen.getByText(/release or press Enter to apply/)).toHaveTextContent('Mar 3, 2025 – Mar 23, 2025 (3 items)');
    fireEvent.pointerUp(strip, { clientX: 150, pointerId: 1 });
    expect(onSelect).toHaveBeenCalledWith({ from: '2025-03-03', to: '2025-03-23' });
  });

  it('shows the filter’s dates as the selection, and clears them', async () => {
    const user = userEvent.setup();
    const { strip, onClear } = setup({ from: '2025-03-10', to: '2025-03-30' });
    expect(strip.querySelectorAll('rect.tl-bar.is-selected')).toHaveLength(2); // the empty week is not coloured
    expect(screen.getByText(/^Selected:/)).toHaveTextContent('Selected: Mar 10, 2025 – Mar 30, 2025 (6 items)');
    await user.click(screen.getByRole('button', { name: 'Clear dates' }));
    expect(onClear).toHaveBeenCalled();
  });

  it('cannot clear dates that are not set', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Clear dates' })).toBeDisabled();
  });

  it('speaks Spanish', () => {
    setup({ lang: 'es', from: '2025-03-03', to: '2025-03-09' });
    expect(screen.getByRole('button', { name: 'Quitar fechas' })).toBeEnabled();
    expect(screen.getByText(/^Selección:/)).toHaveTextContent('Selección: 3 mar 2025 – 9 mar 2025 (2 notas)');
  });

  it('shows a placeholder while loading and a note when there is nothing to chart', () => {
    const { unmount } = renderWith(<DensityStrip weeks={null} from={undefined} to={undefined} onSelect={vi.fn()} onClear={vi.fn()} />);
    expect(screen.queryByRole('slider')).toBeNull();
    unmount();
    renderWith(<DensityStrip weeks={[]} from={undefined} to={undefined} onSelect={vi.fn()} onClear={vi.fn()} />);
    expect(screen.getAllByText('No items to chart').length).toBeGreaterThan(0);
  });
});
