import { render } from 'preact';
// Base styles first, so each component's own CSS (imported by the component) can refine them.
import './styles/base.css';
import './styles/print.css';
import { App } from './app.js';

render(<App />, document.getElementById('app')!);
