import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { hasWebGL2 } from './platform/webgl';
import { installTestHook } from './app/testHook';
import { registerServiceWorker } from './platform/serviceWorker';
import './styles.css';
import './ui/board.css';
import './ui/kiosk.css';

installTestHook();
registerServiceWorker();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App webgl={hasWebGL2()} />
  </StrictMode>,
);
