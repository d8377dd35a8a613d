import { render } from 'preact';
// Base styles first, so each component's own CSS (imported by the component) can refine them.
import './styles/base.css';
import './styles/print.css';
import { App } from './app.js';
import { DEFAULT_LANG, initialLang } from './i18n/lang.js';
import { loadMessages } from './i18n/message-store.js';

// zh-CN comes with the entry; a first page in English waits for the English strings (one small
// chunk), or opens in zh-CN when they cannot be fetched.
const lang = initialLang();
loadMessages(lang)
  .then(
    () => lang,
    () => DEFAULT_LANG,
  )
  .then((initial) => render(<App lang={initial} />, document.getElementById('app')!));
