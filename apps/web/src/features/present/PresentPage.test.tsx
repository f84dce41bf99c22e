import { STATES } from '@atalaya/domain';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, FakeError, renderApp } from '../../../test/trpc-fake.tsx';
import { NotesPage } from './NotesPage.tsx';
import { PresentPage } from './PresentPage.tsx';
import { deckChannelName, type DeckMessage } from './sync.ts';
import { LEVELS } from '../map/test-data.ts';
import { SINALOA_HISTORY } from '../risk/test-data.ts';
import { COMMENTARY, dashboardData, profileData } from './test-data.ts';

/** The fake API of a deck: the dashboard, state profiles, and Sinaloa's ratings (the other states never rated). */
const deckApi = (data = dashboardData(7)) => ({
  'dashboard.get': () => data,
  'states.profile': (input: unknown) => profileData((input as { code: string }).code),
  'levels.states': () => STATES.map((st) => LEVELS.find((l) => l.state === st.iso) ?? { state: st.iso, rating: null }),
  'levels.history': (input: unknown) => ((input as { scope: string }).scope === 'MX-SIN' ? SINALOA_HISTORY : []),
});

// The map and the charts are the dashboard's components, tested in their own features (and drawn
// for real in the end-to-end test); here they only have to be on the right slide.
vi.mock('../map/MapPanel.tsx', () => ({
  default: ({ size, fixedLayer }: { size?: string; fixedLayer?: string }) => (
    <section aria-label="Map probe">
      map at size {size}
      {fixedLayer ? ` of ${fixedLayer} only` : ''}
    </section>
  ),
}));
vi.mock('./TrendCard.tsx', () => ({
  default: ({ chart }: { chart: string }) => <p>chart {chart}</p>,
}));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** The deck at `url` (a filter of Sinaloa: 7 items, so 5 item slides, the levels, and one state slide: 14 in all). */
function openDeck(url = '/present?states=MX-SIN&slide=1', data = dashboardData(7)) {
  const api = fakeApi(deckApi(data));
  const app = renderApp(<PresentPage />, { url, path: '/present' });
  const slide = () => screen.getByRole('region', { name: /^Slide \d+ of \d+/ });
  const slideNumber = () => new URLSearchParams(app.location().split('?')[1]).get('slide');
  return { ...app, api, slide, slideNumber };
}

describe('briefing mode', () => {
  it('opens on the title slide with the commentary, its author and date, and the slide count', async () => {
    const { slide } = openDeck();
    expect(await screen.findByRole('heading', { level: 2, name: 'Security briefing' })).toBeInTheDocument();
    expect(slide()).toHaveAccessibleName('Slide 1 of 14: Security briefing');
    expect(slide()).toHaveTextContent('68 items match this briefing.');
    expect(slide()).toHaveTextContent('Pat Partner · Mar 12, 2025');
    expect(screen.getByText('A first paragraph of test commentary about the week.')).toBeInTheDocument();
    expect(screen.getByText('1 / 14')).toBeInTheDocument();
    expect(screen.getByText('Slide 1 of 14')).toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    fakeApi({ 'dashboard.get': () => dashboardData(7) });
    const { user } = renderApp(<PresentPage />, { url: '/present?states=MX-SIN&slide=1', path: '/present', lang: 'es' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Sesión informativa de seguridad' })).toBeInTheDocument();
    expect(screen.getByText('68 notas coinciden con esta sesión.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Diapositiva siguiente' }));
    expect(screen.getByRole('region', { name: 'Diapositiva 2 de 14: Mapa por estado' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Salir al tablero' })).toHaveAttribute('href', '/?states=MX-SIN');
  });

  it('moves with the keys and keeps the slide number in the URL', async () => {
    const { user, slide, slideNumber, location } = openDeck();
    await screen.findByRole('heading', { name: 'Security briefing' });

    await user.keyboard('{ArrowRight}');
    expect(slideNumber()).toBe('2');
    expect(await screen.findByRole('region', { name: 'Map probe' })).toHaveTextContent('map at size large');

    await user.keyboard(' ');
    expect(slideNumber()).toBe('3');
    expect(slide()).toHaveAccessibleName('Slide 3 of 14: Key figures');
    expect(within(slide()).getByRole('article', { name: 'Items' })).toHaveTextContent('68');

    await user.keyboard('{PageDown}');
    expect(slideNumber()).toBe('4');
    expect(await screen.findByText('chart case-files')).toBeInTheDocument();
    expect(slide()).toHaveTextContent('Trends · 1 of 4');

    await user.keyboard('{ArrowLeft}');
    expect(slideNumber()).toBe('3');
    await user.keyboard('{PageUp}');
    expect(slideNumber()).toBe('2');

    await user.keyboard('{End}');
    expect(slideNumber()).toBe('14');
    expect(slide()).toHaveAccessibleName('Slide 14 of 14: Sinaloa');
    expect(await within(slide()).findByText('Latest from MX-SIN')).toBeInTheDocument();
    // The firm's level at the end of the period (open-ended: today), with its rationale.
    expect(within(slide()).getByRole('region', { name: 'Risk level' })).toHaveTextContent('Level 5 · ExtremeDemo data');
    expect(within(slide()).getByText('Attacks on highways and businesses spread beyond the capital.')).toBeInTheDocument();
    expect(slide()).toHaveTextContent('40 items in this briefing');
    expect(slide()).toHaveTextContent('out of 68 nationally');
    expect(within(slide()).getByRole('heading', { name: 'Top topics' }).nextElementSibling).toHaveTextContent('Drug seizures 12');
    // Past the end stays on the last slide.
    await user.keyboard('{ArrowRight}');
    expect(slideNumber()).toBe('14');

    // Before it, the risk levels: the map on its Risk level layer alone.
    await user.keyboard('{ArrowLeft}');
    expect(slide()).toHaveAccessibleName('Slide 13 of 14: Risk levels');
    expect(await screen.findByRole('region', { name: 'Map probe' })).toHaveTextContent('map at size large of risk_level only');

    await user.keyboard('{Home}');
    expect(slideNumber()).toBe('1');
    expect(location()).toBe('/present?states=MX-SIN&slide=1');
  });

  it('shows an item with its summary, citation and tags', async () => {
    const { slide } = openDeck('/present?states=MX-SIN&slide=8');
    await screen.findByRole('heading', { level: 2, name: 'Test headline 1' });
    expect(slide()).toHaveAccessibleName('Slide 8 of 14: Test headline 1');
    expect(slide()).toHaveTextContent('Item 1 of 5');
    expect(screen.getByText('First paragraph of item 1.')).toBeInTheDocument();
    const citation = screen.getByText(/^Source:/).closest('p')!;
    expect(citation).toHaveTextContent('Source: Diario de Prueba · Mar 20, 2025 · Ana Reportera · “Título original 1”');
    expect(within(citation).getByText('“Título original 1”')).toHaveAttribute('lang', 'es');
    const tags = screen.getByRole('list', { name: 'States, topics and organisations' });
    expect(within(tags).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Sinaloa', 'Drug seizures', 'Test Cartel']);
  });

  it('clamps a slide number out of range, or missing, and writes the real one back', async () => {
    const far = openDeck('/present?states=MX-SIN&slide=99');
    await screen.findByText('14 / 14');
    await expect.poll(far.slideNumber).toBe('14');
    far.unmount();

    const none = openDeck('/present?states=MX-SIN');
    await screen.findByText('1 / 14');
    await expect.poll(none.location).toBe('/present?states=MX-SIN&slide=1');
    none.unmount();

    const nonsense = openDeck('/present?slide=-2');
    await screen.findByText('1 / 16');
    await expect.poll(nonsense.slideNumber).toBe('1');
  });

  it('moves with the Previous and Next buttons too', async () => {
    const { user, slideNumber } = openDeck();
    await screen.findByText('1 / 14');
    await user.click(screen.getByRole('button', { name: 'Next slide' }));
    await user.click(screen.getByRole('button', { name: 'Next slide' }));
    expect(slideNumber()).toBe('3');
    await user.click(screen.getByRole('button', { name: 'Previous slide' }));
    expect(slideNumber()).toBe('2');
    // Space on a focused button presses it, once: it does not also move the deck.
    await user.keyboard(' ');
    expect(slideNumber()).toBe('1');
  });

  it('goes back to the dashboard with the same filter on Esc, and by its link', async () => {
    const first = openDeck('/present?states=MX-SIN&topics=drug-seizures&slide=4');
    await screen.findByText('4 / 14');
    expect(screen.getByRole('link', { name: 'Exit to the dashboard' })).toHaveAttribute('href', '/?states=MX-SIN&topics=drug-seizures');
    await first.user.keyboard('{Escape}');
    expect(first.location()).toBe('/?states=MX-SIN&topics=drug-seizures');
  });

  it('has a title slide saying so when nothing matches the filter', async () => {
    const { slide, user, slideNumber } = openDeck('/present?states=MX-SIN&slide=3', dashboardData(0));
    expect(await screen.findByText('No items match this filter.')).toBeInTheDocument();
    expect(slide()).toHaveAccessibleName('Slide 1 of 1: Security briefing');
    await expect.poll(slideNumber).toBe('1');
    await user.keyboard('{ArrowRight}');
    expect(slideNumber()).toBe('1');
  });

  it('says why the briefing could not be prepared, and tries again', async () => {
    let fail = true;
    fakeApi({
      'dashboard.get': () => {
        if (fail) throw new FakeError('INTERNAL_SERVER_ERROR', 'database down');
        return dashboardData(7);
      },
    });
    const { user } = renderApp(<PresentPage />, { url: '/present?slide=2', path: '/present' });
    expect(await screen.findByRole('alert')).toHaveTextContent('database down');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('2 / 16')).toBeInTheDocument();
  });

  it('opens the presenter notes in a new window with the same address', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = openDeck('/present?states=MX-SIN&slide=2');
    await screen.findByText('2 / 14');
    await user.keyboard('n');
    expect(open).toHaveBeenCalledWith('/present/notes?states=MX-SIN&slide=2', expect.any(String), expect.stringContaining('popup'));
    // A blocked pop-up is said, not silently ignored.
    expect(await screen.findByRole('alert')).toHaveTextContent('The browser blocked the notes window');
  });

  it('advances on its own for a lobby screen, loops, and pauses with P', async () => {
    vi.useFakeTimers();
    const { slideNumber } = openDeck('/present?states=MX-SIN&slide=13&auto=30');
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(screen.getByText('Next slide every 30 s')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(slideNumber()).toBe('14');
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(slideNumber()).toBe('1');

    fireEvent.keyDown(window, { key: 'p' });
    expect(screen.getByText('Paused · every 30 s')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(slideNumber()).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(slideNumber()).toBe('2');
  });
});

describe('presenter notes', () => {
  function openNotes(url: string) {
    fakeApi(deckApi());
    return renderApp(<NotesPage />, { url, path: '/present/notes' });
  }

  it('show the current slide’s notes, the next slide’s title and the time', async () => {
    openNotes('/present/notes?states=MX-SIN&slide=1');
    expect(await screen.findByRole('heading', { level: 2, name: 'Slide 1 of 14: Security briefing' })).toBeInTheDocument();
    expect(screen.getByText('A second paragraph with the outlook for clients.')).toBeInTheDocument();
    expect(screen.getByText(/^Pat Partner · /)).toHaveTextContent(`Pat Partner · Mar 12, 2025 · From “${COMMENTARY.title}”`);
    expect(screen.getByText('Next: Map by state')).toBeInTheDocument();
    expect(screen.getByText('Time').nextElementSibling?.textContent).toMatch(/^\d{1,2}:\d{2}/);
  });

  it('follow the slides window, and lead it', async () => {
    const heard: DeckMessage[] = [];
    const other = new BroadcastChannel(deckChannelName('/present', 'states=MX-SIN'));
    other.onmessage = (event: MessageEvent<DeckMessage>) => heard.push(event.data);
    try {
      const { user, location } = openNotes('/present/notes?states=MX-SIN&slide=1');
      await screen.findByRole('heading', { name: /^Slide 1 of 14/ });
      // The notes window asks where the deck is as it opens.
      await vi.waitFor(() => expect(heard).toContainEqual({ type: 'hello' }));

      other.postMessage({ type: 'goto', slide: 8 } satisfies DeckMessage);
      expect(await screen.findByRole('heading', { level: 2, name: 'Slide 8 of 14: Test headline 1' })).toBeInTheDocument();
      expect(screen.getByText('First paragraph of item 1.')).toBeInTheDocument();
      expect(screen.getByText(/^Source:/).closest('p')).toHaveTextContent('Diario de Prueba · Mar 20, 2025 · Ana Reportera · “Título original 1”');
      expect(location()).toBe('/present/notes?states=MX-SIN&slide=8');

      await user.keyboard('{ArrowRight}');
      expect(location()).toBe('/present/notes?states=MX-SIN&slide=9');
      await vi.waitFor(() => expect(heard).toContainEqual({ type: 'goto', slide: 9 }));

      await user.keyboard('{End}');
      expect(await screen.findByText('This is the last slide.')).toBeInTheDocument();
      expect(await screen.findByText('Sinaloa: 40 of 68 items nationally.')).toBeInTheDocument();
      expect(screen.getByText('Top topics: Drug seizures (12), Homicides & violence (9).')).toBeInTheDocument();
      expect(await screen.findByText(/^Risk level: 5 · Extreme, since Jun 3, 2025\. This rating is demo data/)).toBeInTheDocument();
      expect(screen.getByText('Attacks on highways and businesses spread beyond the capital.')).toBeInTheDocument();

      await user.keyboard('{ArrowLeft}');
      expect(await screen.findByRole('heading', { level: 2, name: 'Slide 13 of 14: Risk levels' })).toBeInTheDocument();
      expect(await screen.findByText(/^Rated on .*, highest first: Sinaloa 5 · Extreme, Chihuahua 4 · High, Sonora 1 · Low\.$/)).toBeInTheDocument();
      expect(screen.getByText('29 states not rated.')).toBeInTheDocument();
    } finally {
      other.close();
    }
  });
});
