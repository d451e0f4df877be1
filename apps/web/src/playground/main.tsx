// The GraphQL playground, served by the server at GET /graphql. Everything is bundled:
// GraphiQL, its styles and Monaco's workers, so it works with no internet.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Playground } from './Playground';

const container = document.getElementById('playground');
if (!container) throw new Error('playground.html has no #playground element');

createRoot(container).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
