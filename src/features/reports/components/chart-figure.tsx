import type { ReactNode } from 'react';

export type ChartFigureProps = {
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows (the image's description). */
  summary: string;
  /** The SVG's size in its own units. */
  width: number;
  height: number;
  /** A diagonal hatch the chart fills with `url(#<id>)`, so patterns tell bars apart as well as colour. */
  hatch: { id: string; size: number; fillClassName: string; lineClassName: string };
  /** The key, after the image. */
  legend?: ReactNode;
  /** The chart's SVG content: grid, bars, labels, axis. */
  children: ReactNode;
};

/**
 * A report chart in plain SVG: a figure with its caption, and the SVG as one image to assistive
 * technology (role="img", named by the caption and described by the summary); the table that
 * follows it gives every figure.
 */
export function ChartFigure({
  id,
  title,
  summary,
  width,
  height,
  hatch,
  legend,
  children,
}: ChartFigureProps) {
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className="app-chart">
      <figcaption className="govuk-heading-s app-chart__caption" id={titleId}>
        {title}
      </figcaption>
      <svg
        className="app-chart__svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <desc id={descId}>{summary}</desc>
        <defs>
          <pattern
            id={hatch.id}
            width={hatch.size}
            height={hatch.size}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={hatch.size} height={hatch.size} className={hatch.fillClassName} />
            <line x1="0" y1="0" x2="0" y2={hatch.size} className={hatch.lineClassName} />
          </pattern>
        </defs>
        {children}
      </svg>
      {legend}
    </figure>
  );
}
