import { render } from 'preact';
import { App } from './App';
import './style.css';

performance.mark?.('crlens:script-start');
render(<App />, document.getElementById('app')!);
