import { useI18n } from '../../../i18n/i18n.js';

/**
 * Small hand-made SVG charts. Each is decorative beside its data table (the table is the source
 * for screen readers and the figures are printed on the bars), and no meaning is carried by colour
 * alone: every segment is labelled and patterned.
 */

export interface Segment {
  key: string;
  label: string;
  value: number;
  /** A CSS class choosing fill and pattern. */
  tone: string;
}

/** Horizontal stacked bars, one row per label (e.g. open cases per township by card). */
export function StackedBars(props: { rows: { label: string; segments: Segment[] }[]; label: string; testId: string }) {
  const max = Math.max(1, ...props.rows.map((r) => r.segments.reduce((a, s) => a + s.value, 0)));
  const rowHeight = 34;
  const labelWidth = 120;
  const width = 640;
  const barWidth = width - labelWidth - 40;
  return (
    <figure class="chart" data-testid={props.testId}>
      <svg viewBox={`0 0 ${width} ${props.rows.length * rowHeight + 8}`} role="img" aria-label={props.label} class="chart__svg">
        <defs>
          <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" class="chart__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" class="chart__hatch-line" />
          </pattern>
        </defs>
        {props.rows.map((row, i) => {
          let x = labelWidth;
          const y = i * rowHeight + 4;
          const total = row.segments.reduce((a, s) => a + s.value, 0);
          return (
            <g key={row.label}>
              <text x={labelWidth - 8} y={y + 19} text-anchor="end" class="chart__label">
                {row.label}
              </text>
              {row.segments.map((s) => {
                const w = (s.value / max) * barWidth;
                const rect = (
                  <g key={s.key}>
                    <rect x={x} y={y} width={w} height={rowHeight - 10} class={`chart__bar ${s.tone}`}>
                      <title>{`${row.label} · ${s.label}: ${s.value}`}</title>
                    </rect>
                    {w >= 22 && (
                      <text x={x + w / 2} y={y + 17} text-anchor="middle" class="chart__value">
                        {s.value}
                      </text>
                    )}
                  </g>
                );
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + 17} class="chart__total">
                {total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="chart__legend">
        {(props.rows[0]?.segments ?? []).map((s) => (
          <span key={s.key} class="chart__key">
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" class={`chart__bar ${s.tone}`} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** Grouped vertical bars per month (received and completed), with the values written on top. */
export function MonthBars(props: { months: { month: string; values: { key: string; label: string; value: number; tone: string }[] }[]; label: string }) {
  const { lang } = useI18n();
  const max = Math.max(1, ...props.months.flatMap((m) => m.values.map((v) => v.value)));
  const height = 180;
  const group = 72;
  const width = Math.max(320, props.months.length * group + 20);
  const monthLabel = (month: string) => {
    const [y, m] = month.split('-');
    return lang === 'en'
      ? new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleDateString('en', { month: 'short', year: '2-digit', timeZone: 'UTC' })
      : `${Number(m)}月`;
  };
  return (
    <figure class="chart" data-testid="trend-chart">
      <svg viewBox={`0 0 ${width} ${height + 40}`} role="img" aria-label={props.label} class="chart__svg">
        <line x1="10" x2={width - 10} y1={height} y2={height} class="chart__axis" />
        {props.months.map((m, i) => {
          const bw = (group - 16) / m.values.length;
          return (
            <g key={m.month}>
              {m.values.map((v, j) => {
                const h = (v.value / max) * (height - 24);
                const x = 18 + i * group + j * bw;
                return (
                  <g key={v.key}>
                    <rect x={x} y={height - h} width={bw - 3} height={h} class={`chart__bar ${v.tone}`}>
                      <title>{`${m.month} · ${v.label}: ${v.value}`}</title>
                    </rect>
                    <text x={x + (bw - 3) / 2} y={height - h - 4} text-anchor="middle" class="chart__value chart__value--above">
                      {v.value}
                    </text>
                  </g>
                );
              })}
              <text x={18 + i * group + (group - 16) / 2} y={height + 20} text-anchor="middle" class="chart__label">
                {monthLabel(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="chart__legend">
        {(props.months[0]?.values ?? []).map((v) => (
          <span key={v.key} class="chart__key">
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" class={`chart__bar ${v.tone}`} />
            </svg>
            {v.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
