// Entry point: mounts the explorer under the root error boundary and exposes the test hook.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { exposeForTests } from './state/graph-store.ts';
import { getSigma } from './state/sigma-ref.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/filters.css';
import './styles/canvas.css';
import './styles/panels.css';
import './styles/console.css';

exposeForTests(getSigma);

const root = document.getElementById('root');
if (!root) throw new Error('web/main: no #root element in index.html');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary what="the explorer" advice="Reload the page; if it persists, check the browser console.">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
