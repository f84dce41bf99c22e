import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summary } from '../items/fixtures.ts';
import { renderWith } from '../items/test-render.tsx';
import { toRows } from './rows.ts';
import { TimelineList } from './TimelineList.tsx';

// jsdom has no layout: give the scroll box a height and every row one, as a browser would measure them.
const VIEWPORT = 600;
const originals = {
  clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
  clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
  offsetHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight'),
};
beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('tl-scroll') ? VIEWPORT : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('tl-scroll') ? 800 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      if (this.dataset['index'] === undefined) return 0;
      return this.classList.contains('tl-row-week') ? 40 : 100;
    },
  });
});
afterEach(() => {
  for (const [key, descriptor] of Object.entries(originals)) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
  }
});

/** `n` items, newest first, five a day. */
function pages(n: number, perPage = 100) {
  const items = Array.from({ length: n }, (_, i) =>
    summary(n - i, new Date(Date.parse('2026-01-31T00:00:00Z') - Math.floor(i / 5) * 86_400_000).toISOString().slice(0, 10)),
  );
  return Array.from({ length: Math.ceil(n / perPage) }, (_, p) => ({ items: items.slice(p * perPage, (p + 1) * perPage) }));
}

function renderList(n: number, props: { hasMore?: boolean; onLoadMore?: () => void } = {}) {
  const rows = toRows(pages(n));
  const onLoadMore = props.onLoadMore ?? vi.fn();
  const view = renderWith(
    <TimelineList
      rows={rows}
      weekCounts={new Map([['2026-01-26', 23]])}
      hasMore={props.hasMore ?? false}
      loadingMore={false}
      onLoadMore={onLoadMore}
      scrollKey={`test-${n}-${Math.random()}`}
      backTo="/?states=MX-SIN"
      dates={{ from: '2025-01-01' }}
    />,
  );
  return { ...view, rows, onLoadMore, scroller: view.container.querySelector('.tl-scroll') as HTMLElement };
}

describe('TimelineList', () => {
  it('groups items under week headings (h3) with the week’s count, newest first', () => {
    renderList(30);
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings[0]).toHaveTextContent('Week of Jan 26, 2026 · 23 items');
    const first = screen.getAllByRole('article')[0] as HTMLElement;
    const link = within(first).getByRole('link', { name: 'Test headline 30' });
    expect(link).toHaveAttribute('href', '/items/30');
    expect(first).toHaveTextContent('Diario de Prueba · Jan 31, 2026');
    expect(within(first).getByRole('link', { name: 'Sinaloa: state profile' })).toHaveAttribute('href', '/states/MX-SIN?from=2025-01-01');
    expect(within(first).getByText('National')).toBeInTheDocument();
    expect(within(first).getByText('Drug seizures')).toBeInTheDocument();
  });

  it('keeps only a window of rows in the DOM with 10,000 items, and renders others as it scrolls', () => {
    const { scroller, rows } = renderList(10_000);
    expect(rows.length).toBeGreaterThan(10_000);
    const rendered = () => scroller.querySelectorAll('[data-index]').length;
    expect(rendered()).toBeLessThan(40);
    expect(screen.getByRole('link', { name: 'Test headline 10000' })).toBeInTheDocument();

    act(() => {
      scroller.scrollTop = 500_000;
      fireEvent.scroll(scroller);
    });
    expect(rendered()).toBeLessThan(40);
    expect(screen.queryByRole('link', { name: 'Test headline 10000' })).toBeNull();
    // The week heading of the rows in view stays rendered (pinned) above them.
    const indexes = [...scroller.querySelectorAll<HTMLElement>('[data-index]')].map((el) => Number(el.dataset['index']));
    const firstItem = indexes.find((i) => rows[i]?.kind === 'item') as number;
    expect(scroller.querySelector('.tl-row-week')).not.toBeNull();
    expect(Number((scroller.querySelector('.tl-row-week') as HTMLElement).dataset['index'])).toBeLessThanOrEqual(firstItem);
  });

  it('asks for the next page as the end comes near, and says when the list is over', () => {
    const onLoadMore = vi.fn();
    const { scroller } = renderList(100, { hasMore: true, onLoadMore });
    expect(onLoadMore).not.toHaveBeenCalled();
    act(() => {
      scroller.scrollTop = 100 * 100;
      fireEvent.scroll(scroller);
    });
    expect(onLoadMore).toHaveBeenCalled();
    expect(screen.getByText('Loading older items…')).toHaveAttribute('role', 'status');
  });

  it('ends with an end-of-list row when there is nothing more', () => {
    const { scroller } = renderList(3);
    act(() => {
      scroller.scrollTop = 10_000;
      fireEvent.scroll(scroller);
    });
    expect(screen.getByText('End of the list')).toBeInTheDocument();
  });
});
