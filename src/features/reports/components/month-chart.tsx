import type { AnnualReport } from '@/lib/api/schemas';
import { niceTicks } from '../lib/scale';
import { ChartFigure } from './chart-figure';

type Month = AnnualReport['reviewsByMonth']['value'][number];

const WIDTH = 760;
const HEIGHT = 300;
const LEFT = 44;
const RIGHT = 8;
const TOP = 18;
const BOTTOM = 46;

/**
 * Reviews held each month beside those held in timescale, in plain SVG: two bars per month, told
 * apart by position, colour and pattern (never colour alone). One image to assistive technology;
 * the table after it gives every figure.
 */
export function MonthChart({
  id,
  title,
  months,
}: {
  id: string;
  title: string;
  months: readonly Month[];
}) {
  const max = Math.max(0, ...months.map((m) => m.held));
  const ticks = niceTicks(max);
  const top = ticks.at(-1) ?? 1;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const y = (v: number) => TOP + plotHeight - (v / top) * plotHeight;
  const group = (WIDTH - LEFT - RIGHT) / Math.max(1, months.length);
  const bar = Math.max(1, Math.min(22, group * 0.38));
  // Label every month up to 2 years; beyond, every 3rd, 6th or 12th so labels do not collide.
  const every = months.length <= 24 ? 1 : months.length <= 48 ? 3 : months.length <= 72 ? 6 : 12;
  const showValues = months.length <= 13;
  const held = months.reduce((sum, m) => sum + m.held, 0);
  const inTime = months.reduce((sum, m) => sum + m.inTimescale, 0);
  const busiest = months.reduce<Month | null>(
    (b, m) => (b === null || m.held > b.held ? m : b),
    null,
  );
  const first = months[0];
  const last = months.at(-1);
  const summary =
    first === undefined || last === undefined
      ? 'No months to show.'
      : `Reviews held and reviews held in timescale in each month from ${first.label} to ${last.label}: ${held} held, ${inTime} in timescale.${busiest !== null && busiest.held > 0 ? ` The most reviews were held in ${busiest.label} (${busiest.held}).` : ''} The table below gives every month.`;
  return (
    <ChartFigure
      id={id}
      title={title}
      summary={summary}
      width={WIDTH}
      height={HEIGHT}
      hatch={{
        id: `${id}-stripes`,
        size: 5,
        fillClassName: 'app-chart__in-time-fill',
        lineClassName: 'app-chart__in-time-line',
      }}
      legend={
        <ul className="app-chart__legend govuk-body-s" aria-label="Key to reviews by month">
          <li>
            <span className="app-chart__swatch app-chart__swatch--bar" aria-hidden="true" /> Reviews
            held (left bar)
          </li>
          <li>
            <span className="app-chart__swatch app-chart__swatch--in-time" aria-hidden="true" />{' '}
            Held in timescale (right bar, striped)
          </li>
        </ul>
      }
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} className="app-chart__grid" />
          <text x={LEFT - 6} y={y(t) + 4} textAnchor="end" className="app-chart__tick">
            {t}
          </text>
        </g>
      ))}
      {months.map((m, i) => {
        const centre = LEFT + group * i + group / 2;
        const [monthName = '', year = ''] = m.label.split(' ');
        const labelled = i % every === 0;
        return (
          <g key={m.month}>
            <rect
              x={centre - bar - 1}
              y={y(m.held)}
              width={bar}
              height={Math.max(0, y(0) - y(m.held))}
              className="app-chart__bar"
            />
            <rect
              x={centre + 1}
              y={y(m.inTimescale)}
              width={bar}
              height={Math.max(0, y(0) - y(m.inTimescale))}
              fill={`url(#${id}-stripes)`}
              className="app-chart__bar--in-time"
            />
            {showValues && (
              <>
                <text
                  x={centre - bar / 2 - 1}
                  y={y(m.held) - 4}
                  textAnchor="middle"
                  className="app-chart__value-s"
                >
                  {m.held}
                </text>
                <text
                  x={centre + bar / 2 + 1}
                  y={y(m.inTimescale) - 4}
                  textAnchor="middle"
                  className="app-chart__value-s"
                >
                  {m.inTimescale}
                </text>
              </>
            )}
            {labelled && (
              <>
                <text
                  x={centre}
                  y={HEIGHT - BOTTOM + 18}
                  textAnchor="middle"
                  className="app-chart__tick"
                >
                  {monthName.slice(0, 3)}
                </text>
                {(i === 0 || m.month.endsWith('-01') || every > 1) && (
                  <text
                    x={centre}
                    y={HEIGHT - BOTTOM + 34}
                    textAnchor="middle"
                    className="app-chart__tick"
                  >
                    {year}
                  </text>
                )}
              </>
            )}
          </g>
        );
      })}
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} className="app-chart__axis" />
    </ChartFigure>
  );
}
