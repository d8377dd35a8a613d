import { render } from 'preact';
import { App } from './app.js';
import './styles/base.css';
import './styles/print.css';

render(<App />, document.getElementById('app')!);
