import { useEffect, useRef, useState } from 'preact/hooks';
import type { OfferedItem } from '../../../api/intake.js';
import { pickText } from '../../../api/localized.js';
import { useI18n } from '../../../i18n/i18n.js';
import { matchItems } from './walk-in-model.js';

export const ITEM_SEARCH_ID = 'walk-in-search';

/**
 * Finds the item by name, short name or code as the applicant says it ("低保", "高龄",
 * "MZ-GG-0003"). Enter takes the first match; every match is also a button to Tab to.
 */
export function ItemPicker(props: { items: OfferedItem[]; onPick(code: string): void; error?: string }) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const matches = matchItems(props.items, query);
  const input = useRef<HTMLInputElement>(null);
  // The first thing to do at a walk-in is find the item: the search box has focus on arrival.
  useEffect(() => input.current?.focus(), []);
  const errorId = props.error ? `${ITEM_SEARCH_ID}-error` : undefined;
  return (
    <form
      role="search"
      class="item-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (matches[0]) props.onPick(matches[0].code);
      }}
    >
      <div class={`text-field${props.error ? ' text-field--error' : ''}`}>
        <label class="text-field__label" for={ITEM_SEARCH_ID}>
          {t('counter.walkIn.search')}
        </label>
        <p class="text-field__hint" id={`${ITEM_SEARCH_ID}-hint`}>
          {t('counter.walkIn.searchHint')}
        </p>
        {props.error && (
          <p class="text-field__error" id={errorId}>
            <span class="visually-hidden">{t('field.errorPrefix')}</span>
            {props.error}
          </p>
        )}
        <input
          class="text-field__input text-field__input--full"
          id={ITEM_SEARCH_ID}
          ref={input}
          type="search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          aria-describedby={[`${ITEM_SEARCH_ID}-hint`, errorId].filter(Boolean).join(' ')}
          aria-controls="walk-in-matches"
          autoComplete="off"
          spellcheck={false}
        />
      </div>
      <p class="visually-hidden" aria-live="polite">
        {t('counter.walkIn.matches', { count: matches.length })}
      </p>
      {matches.length === 0 ? (
        <p class="muted" data-testid="walk-in-no-match">
          {t('counter.walkIn.noMatch')}
        </p>
      ) : (
        <ul class="item-picker__list" id="walk-in-matches" data-testid="walk-in-matches">
          {matches.map((item) => (
            <li key={item.code}>
              <button type="button" class="item-picker__item" onClick={() => props.onPick(item.code)}>
                <span class="item-picker__name">{pickText(item.name, lang)}</span>
                <span class="item-picker__meta">
                  {item.code} ·{' '}
                  {item.caseType === 'on_the_spot' ? t('counter.walkIn.onTheSpot') : t('counter.walkIn.promised', { days: item.promisedLimitDays })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
