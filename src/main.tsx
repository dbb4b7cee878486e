import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The shared styles first: each screen's own, imported by its modules, come after them and build on them.
import './app/styles.css';
import './app/marks.css';
import './app/forms.css';
import './app/tables.css';
import { App, startOpening } from './app/app';
import { browserServices } from './app/browser-services';
import { setServices } from './state';

setServices(browserServices());
startOpening();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
