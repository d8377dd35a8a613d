import { useState } from 'preact/hooks';
import { Button } from '../../../components/Button/Button.js';
import { TextField } from '../../../components/TextField/TextField.js';
import { useI18n } from '../../../i18n/i18n.js';
import { type Period, periodProblems, PRESETS, presetPeriod, type Preset } from './period.js';

/** The period of the figures: two dates and three presets; the choice goes into the address (`?from=&to=`). */
export function PeriodForm(props: { period: Period; onPeriod(period: Period): void }) {
  const { t } = useI18n();
  const [from, setFrom] = useState(props.period.from);
  const [to, setTo] = useState(props.period.to);
  const [problems, setProblems] = useState<ReturnType<typeof periodProblems>>({});
  const submit = (event: Event) => {
    event.preventDefault();
    const found = periodProblems({ from, to });
    setProblems(found);
    if (found.from || found.to) {
      document.getElementById(found.from ? 'period-from' : 'period-to')?.focus();
      return;
    }
    props.onPeriod({ from, to });
  };
  const preset = (name: Preset) => {
    const p = presetPeriod(name);
    setFrom(p.from);
    setTo(p.to);
    setProblems({});
    props.onPeriod(p);
  };
  return (
    <form class="period-form" onSubmit={submit} noValidate data-testid="period-form">
      <fieldset>
        <legend>{t('dashboard.period.legend')}</legend>
        <div class="period-form__fields">
          <TextField
            id="period-from"
            type="date"
            label={t('dashboard.period.from')}
            value={from}
            onValue={setFrom}
            width="medium"
            {...(problems.from ? { error: t(problems.from === 'order' ? 'dashboard.period.error.order' : 'dashboard.period.error.date') } : {})}
          />
          <TextField
            id="period-to"
            type="date"
            label={t('dashboard.period.to')}
            value={to}
            onValue={setTo}
            width="medium"
            {...(problems.to ? { error: t('dashboard.period.error.date') } : {})}
          />
          <Button type="submit">{t('dashboard.period.apply')}</Button>
        </div>
        <div class="period-form__presets">
          {(Object.keys(PRESETS) as Preset[]).map((name) => (
            <Button key={name} variant="secondary" onClick={() => preset(name)}>
              {t(`dashboard.period.preset.${name}`)}
            </Button>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
