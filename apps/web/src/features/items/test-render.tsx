import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { I18nProvider, type Lang } from '../../i18n/index.tsx';

/** Shows where the app navigated to, so tests can assert on the URL. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Renders a presentational component with the language and a router, as the app does. */
export function renderWith(ui: ReactElement, { lang = 'en', path = '/', initialState }: { lang?: Lang; path?: string; initialState?: unknown } = {}) {
  return render(
    <I18nProvider lang={lang}>
      <MemoryRouter initialEntries={[{ pathname: path.split('?')[0] ?? '/', search: path.includes('?') ? `?${path.split('?')[1]}` : '', state: initialState }]}>
        <Routes>
          <Route
            path="*"
            element={
              <>
                {ui}
                <LocationProbe />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </I18nProvider>,
  );
}
