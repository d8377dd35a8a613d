import { render } from 'preact';

function App() {
  return <main><h1>一窗受理</h1></main>;
}

render(<App />, document.getElementById('app')!);
