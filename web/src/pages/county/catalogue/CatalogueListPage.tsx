import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { listTownships, ITEM_CATEGORIES, type ItemCategory } from '../../../api/catalogue.js';
import { loadCatalogueRows, type CatalogueRow } from '../../../api/catalogue-admin.js';
import { pickText } from '../../../api/localized.js';
import { useAsync } from '../../../api/use-async.js';
import { AsyncState } from '../../../components/AsyncState/AsyncState.js';
import { Button, ButtonLink } from '../../../components/Button/Button.js';
import { SelectField } from '../../../components/SelectField/SelectField.js';
import { Tag } from '../../../components/Tag/Tag.js';
import { TextField } from '../../../components/TextField/TextField.js';
import { chinaToday, formatLocalDate } from '../../../i18n/dates.js';
import { useI18n } from '../../../i18n/i18n.js';
import { api } from '../../../services.js';
import { COUNTY_CATALOGUE_PATH, itemAdminPath } from '../county-pages.js';
import { CountyFrame, useCanEdit } from '../CountyFrame.js';
import './catalogue-admin.css';

const isCategory = (value: string | undefined): value is ItemCategory => (ITEM_CATEGORIES as readonly unknown[]).includes(value);

/**
 * The county's items for administrators (who change them) and supervisors (who read them):
 * search and category filter (kept in the address), the version in force and any later one,
 * and in how many townships each is taken in today.
 */
export function CatalogueListPage() {
  const { t, lang } = useI18n();
  const { query, route } = useLocation();
  const canEdit = useCanEdit();
  const today = chinaToday();
  const q = query.q ?? '';
  const category = isCategory(query.category) ? query.category : undefined;
  const [search, setSearch] = useState(q);
  const [chosen, setChosen] = useState<string>(category ?? '');

  const state = useAsync(
    async (signal) => {
      const townships = await listTownships(api, signal);
      const rows = await loadCatalogueRows(
        api,
        { today, townshipIds: townships.map((tw) => tw.id), ...(q ? { q } : {}), ...(category ? { category } : {}) },
        signal,
      );
      return { rows, townships: townships.length };
    },
    [q, category],
  );

  const apply = (event: Event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    if (search.trim()) params.set('q', search.trim());
    if (chosen) params.set('category', chosen);
    const text = params.toString();
    route(`${COUNTY_CATALOGUE_PATH}${text ? `?${text}` : ''}`, true);
  };

  return (
    <CountyFrame current={COUNTY_CATALOGUE_PATH} title={t('catalogue.list.title')} testId="catalogue-admin-list">
      <p class="lead">{canEdit ? t('catalogue.list.leadEdit') : t('catalogue.list.leadRead')}</p>
      {canEdit && (
        <p>
          <ButtonLink href={`${COUNTY_CATALOGUE_PATH}/new`} variant="secondary">
            {t('catalogue.list.create')}
          </ButtonLink>
        </p>
      )}
      <form class="catalogue-filter" role="search" onSubmit={apply} aria-label={t('catalogue.list.filterLabel')}>
        <TextField id="catalogue-q" type="search" label={t('catalogue.list.search')} value={search} onValue={setSearch} width="medium" />
        <SelectField
          id="catalogue-category"
          label={t('catalogue.list.category')}
          value={chosen}
          placeholder={t('catalogue.list.allCategories')}
          options={ITEM_CATEGORIES.map((c) => ({ value: c, label: t(`guide.category.${c}`) }))}
          onValue={setChosen}
        />
        <Button type="submit" variant="secondary">
          {t('catalogue.list.apply')}
        </Button>
      </form>
      <AsyncState
        state={state}
        loadingText={t('catalogue.list.loading')}
        errorTitle={t('catalogue.list.error')}
        isEmpty={(data) => data.rows.length === 0}
        emptyText={q || category ? t('catalogue.list.noMatch') : t('catalogue.list.empty')}
      >
        {(data) => (
          <>
            <p class="muted">{t('catalogue.list.count', { count: data.rows.length })}</p>
            <ul class="catalogue-rows" data-testid="catalogue-rows">
              {data.rows.map((row) => (
                <Row key={row.code} row={row} townships={data.townships} lang={lang} />
              ))}
            </ul>
          </>
        )}
      </AsyncState>
    </CountyFrame>
  );
}

function Row(props: { row: CatalogueRow; townships: number; lang: 'zh-CN' | 'en' }) {
  const { t } = useI18n();
  const { row, lang } = props;
  const shown = row.current ?? row.latest;
  const pending = row.latest.version !== row.current?.version ? row.latest : undefined;
  return (
    <li class="catalogue-rows__item" data-code={row.code}>
      <a class="catalogue-rows__name" href={itemAdminPath(row.code)}>
        {pickText(shown.name, lang)}
      </a>
      <span class="catalogue-rows__code">{row.code}</span>
      <span>
        {t(`guide.category.${shown.category}`)}
        {' · '}
        {row.current
          ? t('catalogue.list.inForce', { version: row.current.version, date: formatLocalDate(row.current.effectiveFrom, lang) })
          : t('catalogue.list.notYetInForce')}
      </span>
      {pending && (
        <span>
          <Tag tone="warning">{t('catalogue.list.pendingTag')}</Tag>
          {t('catalogue.list.pending', { version: pending.version, date: formatLocalDate(pending.effectiveFrom, lang) })}
        </span>
      )}
      <span data-testid="offered-count">{t('catalogue.list.offeredIn', { count: row.offeredIn, total: props.townships })}</span>
    </li>
  );
}
