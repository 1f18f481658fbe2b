import { useRef, useState } from "react";

/** The plot's horizontal insets, shared by both charts so that their year axes line up. */
export const PLOT = { left: 64, right: 48 } as const;
export const YEAR_DOMAIN: [number, number] = [1990.5, 2025.5];

export function yearAt(clientX: number, rect: { left: number; width: number }): number {
  const width = rect.width - PLOT.left - PLOT.right;
  const t = (clientX - rect.left - PLOT.left) / width;
  const year = YEAR_DOMAIN[0] + t * (YEAR_DOMAIN[1] - YEAR_DOMAIN[0]);
  return Math.round(Math.min(YEAR_DOMAIN[1] - 0.5, Math.max(YEAR_DOMAIN[0] + 0.5, year)));
}

/** Drag across a chart to choose years; a plain click clears nothing and selects nothing. */
export function useYearBrush(
  onBrush: (from: number, to: number) => void,
  onHoverYear: (year: number | null) => void,
) {
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const moved = useRef(false);

  const handlers = {
    onPointerDown: (e: React.PointerEvent<HTMLDivElement>) => {
      if (e.button !== 0) return;
      const year = yearAt(e.clientX, e.currentTarget.getBoundingClientRect());
      moved.current = false;
      e.currentTarget.setPointerCapture?.(e.pointerId);
      setDrag({ start: year, end: year });
    },
    onPointerMove: (e: React.PointerEvent<HTMLDivElement>) => {
      const year = yearAt(e.clientX, e.currentTarget.getBoundingClientRect());
      if (drag) {
        if (year !== drag.end) moved.current = true;
        setDrag({ ...drag, end: year });
      } else onHoverYear(year);
    },
    onPointerUp: () => {
      if (drag && moved.current) onBrush(Math.min(drag.start, drag.end), Math.max(drag.start, drag.end));
      setDrag(null);
    },
    onPointerLeave: () => onHoverYear(null),
  };
  return { drag, handlers };
}
