import type { TradeArmsSeries } from "./trade-arms-series";

type Format = (value: number) => string;

/** The series as chart rows, each carrying the text its tooltip shows. */
export function chartMarks(series: TradeArmsSeries, formatNumber: Format, formatYear: Format) {
  const point = (year: number, value: number, label: string, shown: string, detail?: string) => ({
    year,
    value,
    tooltip: { label, value: shown, detail },
  });
  return {
    arms: series.arms.map((row) => ({
      ...row,
      tooltip: {
        label: formatYear(row.year),
        value: `${formatNumber(row.israelTiv)} / ${formatNumber(row.israelTiv + row.otherTiv)} TIV m`,
        detail: row.sharePct === null ? undefined : ` (${formatNumber(row.sharePct)} %)`,
      },
    })),
    sipriDeals: series.sipriDeals.map((d) =>
      point(d.year, d.value, d.label, `${formatNumber(d.value)} TIV m`),
    ),
    trade: series.trade.map((p) =>
      point(p.year, p.value, p.label, `${formatNumber(p.value)} US$ m`, ` · ${p.period} · ${p.source}`),
    ),
    reportedDeals: series.reportedDeals.map((d) =>
      point(d.year, d.value, d.label, `${formatNumber(d.value)} US$ m`),
    ),
    oilShare: series.oilShare.map((p) =>
      point(
        p.year,
        p.value,
        p.label,
        `${p.approximate ? "~" : ""}${formatNumber(p.value)} %`,
        ` · ${p.period} · ${p.source}`,
      ),
    ),
  };
}
