import { type ReactNode, type RefObject, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { YEAR_MAX, YEAR_MIN } from "@/filters/view-state";
import { CHART_MARGIN, ChartCanvas } from "./chart-canvas";
import { ChartKey } from "./chart-legend";
import type { MarkKind, TooltipRow } from "./chart-model";
import { ChartOverlay, type TransientOverlays } from "./chart-overlay";
import { ChartTooltip } from "./chart-tooltip";
import type { XScale } from "./scale-probe";
import { type StandingOverlays, StandingOverlaysContext } from "./standing-overlays";

/** Below this plot width, five-year ticks collide. */
const NARROW_PX = 420;
/** Every chart reserves the same room for its y ticks, so their year axes line up. */
export const Y_AXIS_WIDTH = 52;

/** What a screen reader hears at each year: the tooltip, as one sentence per mark. */
const valueText = (year: string, rows: readonly TooltipRow[], empty: string) =>
  [year, ...(rows.length ? rows.map((r) => `${r.label}: ${r.value}. ${r.source}`) : [empty])].join(". ");

const clampYear = (year: number) => Math.round(Math.min(YEAR_MAX, Math.max(YEAR_MIN, year)));

/** The px between the first and the last year's centre in a plot this wide (the x domain has half a year either side). */
const yearSpanPx = (plotWidth: number) =>
  ((plotWidth - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right) * (YEAR_MAX - YEAR_MIN)) /
  (YEAR_MAX - YEAR_MIN + 1);

/** The element's width, measured before it paints and again whenever it changes. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export type Overlays = StandingOverlays & TransientOverlays;

export interface YearChartProps {
  title: string;
  unit: string;
  /** The kinds of mark this chart draws, named under its title. */
  keyEntries: { mark: MarkKind; label: string }[];
  keysHint: string;
  emptyText: string;
  rows: readonly object[];
  yAxis: ReactNode;
  overlays: Overlays;
  /** The tooltip's rows for a year; empty for a year with no marks. */
  rowsAt: (year: number) => TooltipRow[];
  formatYear: (year: number) => string;
  /** Called with the year under the pointer or the keyboard cursor, or null when it leaves. */
  onHoverYear: (year: number | null) => void;
  onBrush: (from: number, to: number) => void;
  onDrag: (drag: { start: number; end: number } | null) => void;
  /** False while the chart waits its turn to draw: its frame, title and key show, its plot is empty. */
  drawn: boolean;
  children: ReactNode;
}

/** One of the aligned charts: its marks, the shared overlays, brushing, and a tooltip for the year under the pointer. */
export function YearChart({
  title,
  unit,
  keyEntries,
  keysHint,
  emptyText,
  rows,
  yAxis,
  overlays,
  rowsAt,
  formatYear,
  onHoverYear,
  onBrush,
  onDrag,
  drawn,
  children,
}: YearChartProps) {
  const [active, setActive] = useState<number | null>(null);
  const [scale, setScale] = useState<XScale | null>(null);
  const drag = useRef<{ start: number; end: number } | null>(null);
  const tooltipId = useId();
  const plot = useRef<HTMLDivElement>(null);

  const yearAt = (clientX: number) => {
    const rect = plot.current?.getBoundingClientRect();
    if (!rect || !scale) return null;
    return clampYear(scale.toYear(clientX - rect.left));
  };
  const show = (year: number | null) => {
    setActive(year);
    onHoverYear(year);
  };

  const tooltipRows = active === null ? [] : rowsAt(active);

  const handlers = {
    onPointerDown: (e: React.PointerEvent<HTMLDivElement>) => {
      const year = yearAt(e.clientX);
      if (e.button !== 0 || year === null) return;
      e.currentTarget.setPointerCapture?.(e.pointerId);
      drag.current = { start: year, end: year };
    },
    onPointerMove: (e: React.PointerEvent<HTMLDivElement>) => {
      const year = yearAt(e.clientX);
      if (year === null) return;
      if (drag.current) {
        if (year !== drag.current.end) {
          drag.current = { ...drag.current, end: year };
          onDrag(drag.current);
        }
      }
      if (year !== active) show(year);
    },
    onPointerUp: () => {
      const done = drag.current;
      drag.current = null;
      onDrag(null);
      if (done && done.start !== done.end)
        onBrush(Math.min(done.start, done.end), Math.max(done.start, done.end));
    },
    onPointerLeave: () => {
      if (!drag.current) show(null);
    },
    onKeyDown: (e: React.KeyboardEvent<HTMLDivElement>) => {
      const from = active ?? overlays.band?.from ?? YEAR_MIN;
      const next =
        e.key === "ArrowRight" || e.key === "ArrowUp"
          ? from + (active === null ? 0 : 1)
          : e.key === "ArrowLeft" || e.key === "ArrowDown"
            ? from - (active === null ? 0 : 1)
            : e.key === "Home"
              ? YEAR_MIN
              : e.key === "End"
                ? YEAR_MAX
                : undefined;
      if (e.key === "Escape") show(null);
      if (next === undefined) return;
      e.preventDefault();
      show(clampYear(next));
    },
    onBlur: () => show(null),
  };

  const { band, highlightSpans, referenceYear, referenceLabel } = overlays;
  const bandFrom = band?.from ?? null;
  const bandTo = band?.to ?? null;
  // Kept by value, so a hover or a drag leaves the standing layers alone.
  const standing = useMemo(
    () => ({
      band: bandFrom !== null && bandTo !== null ? { from: bandFrom, to: bandTo } : null,
      highlightSpans,
      referenceYear,
      referenceLabel,
    }),
    [bandFrom, bandTo, highlightSpans, referenceYear, referenceLabel],
  );
  const width = useWidth(plot);
  // Known from the box before Recharts draws: a tick set chosen after the first draw would make Recharts draw it all again.
  const narrow = yearSpanPx(width) < NARROW_PX;
  const x = active === null || !scale ? null : scale.toPx(active);

  return (
    <figure className="trade-chart">
      <figcaption dir="auto">
        <span className="trade-chart__title">{title}</span> <span className="trade-chart__unit">{unit}</span>
      </figcaption>
      <ChartKey entries={keyEntries} />
      <div
        ref={plot}
        className="trade-chart__plot"
        // On paper the drawing is scaled to the page: its text sizes are set against this width.
        style={width ? ({ "--drawn-width": width } as React.CSSProperties) : undefined}
        role="slider"
        tabIndex={0}
        aria-label={title}
        aria-description={keysHint}
        aria-orientation="horizontal"
        aria-valuemin={YEAR_MIN}
        aria-valuemax={YEAR_MAX}
        aria-valuenow={active ?? overlays.band?.from ?? YEAR_MIN}
        aria-valuetext={active === null ? keysHint : valueText(formatYear(active), tooltipRows, emptyText)}
        {...handlers}
      >
        {drawn && width > 0 && (
          <StandingOverlaysContext value={standing}>
            <ChartCanvas
              rows={rows}
              yAxis={yAxis}
              narrow={narrow}
              formatYear={formatYear}
              onScale={setScale}
              marks={children}
            />
          </StandingOverlaysContext>
        )}
        <ChartOverlay scale={scale} overlays={overlays} />
        {active !== null && x !== null && (
          <ChartTooltip
            id={tooltipId}
            year={formatYear(active)}
            rows={tooltipRows}
            x={x}
            flip={x > width * 0.55}
            emptyText={emptyText}
          />
        )}
      </div>
    </figure>
  );
}
