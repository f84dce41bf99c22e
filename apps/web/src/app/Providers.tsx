import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nProvider, type Lang } from '../i18n/index.tsx';
import { makeQueryClient, makeTrpcClient, TRPCProvider, type TrpcClient } from '../lib/trpc.ts';

export function Providers({
  children,
  queryClient,
  trpcClient: givenTrpcClient,
  lang,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  trpcClient?: TrpcClient;
  lang?: Lang;
}) {
  const [client] = useState(() => queryClient ?? makeQueryClient());
  const [trpcClient] = useState(() => givenTrpcClient ?? makeTrpcClient());
  return (
    <QueryClientProvider client={client}>
      <TRPCProvider trpcClient={trpcClient} queryClient={client}>
        <I18nProvider lang={lang}>{children}</I18nProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
