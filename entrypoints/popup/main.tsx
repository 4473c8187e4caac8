import { render } from 'preact';
import { App } from '../../src/popup/App';
import { createBrowserConnector } from '../../src/popup/connector';

const root = document.getElementById('app');
if (root) render(<App connector={createBrowserConnector()} />, root);
