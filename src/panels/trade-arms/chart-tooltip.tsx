export interface TooltipRow {
  label: string;
  value: string;
  detail?: string;
}

/** Shows the text each chart row carries, for every series under the pointer. */
export function ChartTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: { payload?: unknown; name?: string; value?: unknown }[];
}) {
  const rows = (payload ?? [])
    .map((p) => (p.payload as { tooltip?: TooltipRow } | undefined)?.tooltip)
    .filter((row): row is TooltipRow => row !== undefined);
  if (!active || rows.length === 0) return null;
  return (
    <div className="chart-tooltip" dir="auto">
      {rows.slice(0, 4).map((row) => (
        <p key={`${row.label}-${row.value}`}>
          <strong>{row.label}</strong>: {row.value}
          {row.detail && <span className="chart-tooltip__detail">{row.detail}</span>}
        </p>
      ))}
    </div>
  );
}
