import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.tsx';
import { Providers } from './app/Providers.tsx';
import { prefetchFirstScreen } from './features/dashboard/prefetch.ts';
import { makeQueryClient, makeTrpcClient } from './lib/trpc.ts';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const queryClient = makeQueryClient();
const trpcClient = makeTrpcClient();
prefetchFirstScreen(queryClient, trpcClient, window.location);

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <Providers queryClient={queryClient} trpcClient={trpcClient}>
        <App />
      </Providers>
    </BrowserRouter>
  </StrictMode>,
);
