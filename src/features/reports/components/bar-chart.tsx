import { niceTicks } from '../lib/scale';
import { ChartFigure } from './chart-figure';

export interface ChartBar {
  key: string;
  label: string;
  value: number;
  /** Printed after the bar, e.g. '74' or '31 (8.1%)'. */
  valueText: string;
  /** A reference range drawn behind the bar (e.g. the recommended caseload for the IRO's FTE). */
  band?: { min: number; max: number };
}

const WIDTH = 760;
const VALUE_WIDTH = 110;
const ROW = 30;
const BAR = 16;
const TOP = 8;
const AXIS = 28;

/**
 * A horizontal bar chart in plain SVG. It is one image to assistive technology (role="img" with a
 * title and a summary in words); the table that follows it gives every figure.
 */
export function BarChart({
  id,
  title,
  summary,
  bars,
  bandLabel,
  labelWidth = 200,
}: {
  id: string;
  /** Room for the bar labels, in SVG units (the chart is 760 wide). */
  labelWidth?: number;
  title: string;
  /** One or two sentences saying what the chart shows. */
  summary: string;
  bars: readonly ChartBar[];
  /** Legend text for the bands, when there are any. */
  bandLabel?: string;
}) {
  const max = Math.max(0, ...bars.map((b) => Math.max(b.value, b.band?.max ?? 0)));
  const ticks = niceTicks(max);
  const top = ticks.at(-1) ?? 1;
  const plot = WIDTH - labelWidth - VALUE_WIDTH;
  const x = (v: number) => labelWidth + (v / top) * plot;
  const height = TOP + bars.length * ROW + AXIS;
  const hasBands = bars.some((b) => b.band !== undefined);
  return (
    <ChartFigure
      id={id}
      title={title}
      summary={summary}
      width={WIDTH}
      height={height}
      hatch={{
        id: `${id}-band`,
        size: 6,
        fillClassName: 'app-chart__band-fill',
        lineClassName: 'app-chart__band-line',
      }}
      legend={
        hasBands &&
        bandLabel !== undefined && (
          <ul
            className="app-chart__legend govuk-body-s"
            aria-label={`Key to ${title.toLowerCase()}`}
          >
            <li>
              <span className="app-chart__swatch app-chart__swatch--bar" aria-hidden="true" />{' '}
              Children
            </li>
            <li>
              <span className="app-chart__swatch app-chart__swatch--band" aria-hidden="true" />{' '}
              {bandLabel}
            </li>
          </ul>
        )
      }
    >
      {ticks.map((t) => (
        <g key={t}>
          <line
            x1={x(t)}
            x2={x(t)}
            y1={TOP}
            y2={TOP + bars.length * ROW}
            className="app-chart__grid"
          />
          <text
            x={x(t)}
            y={TOP + bars.length * ROW + 18}
            textAnchor="middle"
            className="app-chart__tick"
          >
            {t}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={bar.key}>
            {bar.band !== undefined && (
              <rect
                x={x(bar.band.min)}
                y={y + 2}
                width={Math.max(1, x(bar.band.max) - x(bar.band.min))}
                height={ROW - 4}
                fill={`url(#${id}-band)`}
                className="app-chart__band"
              />
            )}
            <text
              x={labelWidth - 8}
              y={y + ROW / 2 + 5}
              textAnchor="end"
              className="app-chart__label"
            >
              {bar.label}
            </text>
            <rect
              x={labelWidth}
              y={y + (ROW - BAR) / 2}
              width={Math.max(bar.value > 0 ? 2 : 0, x(bar.value) - labelWidth)}
              height={BAR}
              className="app-chart__bar"
            />
            <text x={x(bar.value) + 6} y={y + ROW / 2 + 5} className="app-chart__value">
              {bar.valueText}
            </text>
          </g>
        );
      })}
      <line
        x1={labelWidth}
        x2={labelWidth}
        y1={TOP}
        y2={TOP + bars.length * ROW}
        className="app-chart__axis"
      />
    </ChartFigure>
  );
}
