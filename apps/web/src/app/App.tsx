import { Suspense, useEffect } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { MantineProvider, createTheme } from '@mantine/core';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { Session } from './session/session';
import { SessionProvider } from './session/SessionContext';
import { LoadingState } from './ui/states';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
});

type Router = ReturnType<typeof createBrowserRouter>;

export function AppProviders({
  client,
  session,
  children,
}: {
  client: ApolloClient;
  session: Session;
  children: React.ReactNode;
}) {
  return (
    <MantineProvider theme={theme}>
      <ApolloProvider client={client}>
        <SessionProvider session={session}>{children}</SessionProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}

export function App({ client, session, router }: { client: ApolloClient; session: Session; router: Router }) {
  useEffect(() => {
    void session.restore();
  }, [session]);
  return (
    <AppProviders client={client} session={session}>
      {/* pages and the layout load as their own chunks (routes.tsx) */}
      <Suspense fallback={<LoadingState label="Loading…" />}>
        <RouterProvider router={router} />
      </Suspense>
    </AppProviders>
  );
}
