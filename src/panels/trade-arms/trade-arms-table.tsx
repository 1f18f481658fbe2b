import { memo, useState } from "react";
import { useI18n } from "@/i18n/i18n";
import type { ArmsRow, TradeArmsSeries } from "./trade-arms-series";

type Cell = string;

function DataTable({ caption, head, rows }: { caption: string; head: Cell[]; rows: [string, ...Cell[]][] }) {
  if (!rows.length) return null;
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((cell) => (
            <th key={cell} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, ...cells]) => (
          <tr key={key}>
            {cells.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are positional columns
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Every series the chart draws, as tables with their sources: the screen-reader and copy-paste
 * alternative. Its hundreds of cells are built when the reader first opens it, not during the
 * first load; print and exports leave it out.
 */
export const TradeArmsTable = memo(function TradeArmsTable({ series }: { series: TradeArmsSeries }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="chart-data"
      data-export-exclude
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{t("trade.table")}</summary>
      {opened && <SeriesTables series={series} />}
    </details>
  );
});

function SeriesTables({ series }: { series: TradeArmsSeries }) {
  const { t, formatNumber, formatYear } = useI18n();
  const approx = (approximate: boolean, value: number) => `${approximate ? "~" : ""}${formatNumber(value)}`;
  const year = t("trade.year");
  const source = t("trade.source");
  const item = t("trade.item");
  const supplierLabel = new Map(series.suppliers.map((s) => [s.id, s.label]));
  const bySupplier = (row: ArmsRow) =>
    Object.entries(row.bySupplier)
      .sort((a, b) => b[1] - a[1])
      .map(([id, tiv]) => `${supplierLabel.get(id) ?? id} ${formatNumber(tiv)}`)
      .join(" · ");
  const pct = (value: number | null) => (value === null ? "–" : `${formatNumber(value)}%`);
  return (
    <>
      <DataTable
        caption={`${t("trade.armsChart")} (${t("trade.tivAxis")})`}
        head={[
          year,
          t("trade.israelTiv"),
          t("trade.otherTiv"),
          t("trade.sharePct"),
          t("trade.bySupplier"),
          t("trade.azShareOfIsraelExports"),
          source,
        ]}
        rows={series.arms.map((row) => [
          `${row.release}-${row.year}`,
          `${formatYear(row.year)}${row.release === "register" ? "*" : ""}`,
          formatNumber(row.israelTiv),
          formatNumber(row.otherTiv),
          pct(row.sharePct),
          bySupplier(row) || "–",
          pct(row.azShareOfIsraelExportsPct),
          row.release === "register" ? (series.registerRelease ?? series.sipriSource) : series.sipriSource,
        ])}
      />
      {series.registerRelease && <p className="note">{t("trade.registerNote")}</p>}
      <DataTable
        caption={t("trade.sipriDeals")}
        head={[year, item, t("trade.tivAxis"), source]}
        rows={series.sipriDeals.map((d) => [
          d.id,
          formatYear(d.year),
          d.label,
          formatNumber(d.value),
          d.source,
        ])}
      />
      <DataTable
        caption={t("trade.windowPct")}
        head={[year, "%", source]}
        rows={series.windows.map((w) => [
          `${w.from}-${w.to}-${w.pct}`,
          `${formatYear(w.from)}–${formatYear(w.to)}`,
          `${formatNumber(w.pct)}%${
            w.computedPct === null
              ? ""
              : ` (${t("trade.computedPct", { value: formatNumber(w.computedPct) })})`
          }`,
          w.source,
        ])}
      />
      <DataTable
        caption={t("trade.oilShare")}
        head={[year, item, t("trade.period"), "%", source]}
        rows={series.oilShare.map((p) => [
          p.id,
          formatYear(p.year),
          p.label,
          p.period,
          `${approx(p.approximate, p.value)}%`,
          p.source,
        ])}
      />
      <DataTable
        caption={t("trade.tradeFigures")}
        head={[year, item, t("trade.period"), "US$ m", source]}
        rows={series.trade.map((p) => [
          p.id,
          formatYear(p.year),
          p.label,
          p.period,
          approx(p.approximate, p.value),
          p.source,
        ])}
      />
      <DataTable
        caption={t("trade.oilVolumes")}
        head={[year, item, t("trade.period"), t("trade.value"), source]}
        rows={series.oilVolumes.map((p) => [
          p.id,
          formatYear(p.year),
          p.label,
          p.period,
          `${approx(p.approximate, p.value)} ${p.unit}`,
          p.source,
        ])}
      />
      <DataTable
        caption={t("trade.reportedDeals")}
        head={[year, item, "US$ m", source]}
        rows={series.reportedDeals.map((d) => [
          d.id,
          formatYear(d.year),
          d.label,
          formatNumber(d.value),
          d.source,
        ])}
      />
    </>
  );
}
