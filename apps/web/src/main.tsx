import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App';
import { createApolloClient } from './app/apollo/createApolloClient';
import { routes } from './app/routes';
import { Session } from './app/session/session';

const session = new Session({ uri: '/graphql' });
const client = createApolloClient({ session, uri: '/graphql' });
const router = createBrowserRouter(routes);

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <App client={client} session={session} router={router} />
  </StrictMode>,
);
