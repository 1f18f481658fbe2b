import { useI18n } from "../../i18n/i18n";
import type { ArmsRow, PointMark, TradeArmsSeries } from "./trade-arms-series";

/** Without `unit`, each value carries its own (crude volumes mix kb/d, Mt and million bbl). */
function PointTable({ caption, points, unit }: { caption: string; points: PointMark[]; unit?: string }) {
  const { t, formatNumber, formatYear } = useI18n();
  if (!points.length) return null;
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("trade.year")}</th>
          <th scope="col">{t("trade.period")}</th>
          <th scope="col">{unit ?? t("trade.value")}</th>
          <th scope="col">{t("trade.source")}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.id}>
            <td>{formatYear(p.year)}</td>
            <td>
              {p.label} · {p.period}
            </td>
            <td>
              {p.approximate ? "~" : ""}
              {formatNumber(p.value)}
              {unit ? "" : ` ${p.unit}`}
            </td>
            <td>{p.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The chart's figures as tables: the screen-reader and copy-paste alternative. */
export function TradeArmsTable({ series }: { series: TradeArmsSeries }) {
  const { t, formatNumber, formatYear } = useI18n();
  const supplierLabel = new Map(series.suppliers.map((s) => [s.id, s.label]));
  const bySupplier = (row: ArmsRow) =>
    Object.entries(row.bySupplier)
      .sort((a, b) => b[1] - a[1])
      .map(([id, tiv]) => `${supplierLabel.get(id) ?? id} ${formatNumber(tiv)}`)
      .join(" · ");
  return (
    <details className="chart-data" data-export-exclude>
      <summary>{t("trade.table")}</summary>
      {series.arms.length > 0 && (
        <table className="data-table">
          <caption>{t("trade.armsChart")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("trade.year")}</th>
              <th scope="col">{t("trade.israelTiv")}</th>
              <th scope="col">{t("trade.otherTiv")}</th>
              <th scope="col">{t("trade.sharePct")}</th>
              <th scope="col">{t("trade.bySupplier")}</th>
              <th scope="col">{t("trade.azShareOfIsraelExports")}</th>
            </tr>
          </thead>
          <tbody>
            {series.arms.map((row) => (
              <tr key={row.year}>
                <td>
                  {formatYear(row.year)}
                  {row.release === "register" ? "*" : ""}
                </td>
                <td>{formatNumber(row.israelTiv)}</td>
                <td>{formatNumber(row.otherTiv)}</td>
                <td>{row.sharePct === null ? "–" : formatNumber(row.sharePct)}</td>
                <td>{bySupplier(row) || "–"}</td>
                <td>
                  {row.azShareOfIsraelExportsPct === null ? "–" : formatNumber(row.azShareOfIsraelExportsPct)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {series.registerRelease && (
        <p className="note">
          {t("trade.registerNote")} (
          <bdi lang="en" dir="ltr">
            {series.registerRelease}
          </bdi>
          )
        </p>
      )}
      {series.windows.length > 0 && (
        <table className="data-table">
          <caption>{t("trade.windowPct")}</caption>
          <tbody>
            {series.windows.map((w) => (
              <tr key={`${w.from}-${w.to}-${w.source}`}>
                <td>
                  {formatYear(w.from)}–{formatYear(w.to)}
                </td>
                <td>
                  {formatNumber(w.pct)} %
                  {w.computedPct === null
                    ? ""
                    : ` (${t("trade.computedPct", { value: formatNumber(w.computedPct) })})`}
                </td>
                <td>{w.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PointTable caption={t("trade.tradeFigures")} points={series.trade} unit="US$ m" />
      <PointTable caption={t("trade.oilShare")} points={series.oilShare} unit="%" />
      <PointTable caption={t("trade.oilVolumes")} points={series.oilVolumes} />
    </details>
  );
}
