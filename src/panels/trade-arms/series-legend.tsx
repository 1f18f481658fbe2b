import type { Category } from "../../data/schemas";
import { useIceberg } from "../../filters/store";
import { useI18n } from "../../i18n/i18n";
import type { TradeArmsSeries } from "./trade-arms-series";

const ENTRIES = [
  { category: "arms", key: "trade.israelTiv", mark: "bar-israel" },
  { category: "arms", key: "trade.sharePct", mark: "line-share" },
  { category: "arms", key: "trade.sipriDeals", mark: "dot-deal" },
  { category: "arms", key: "trade.reportedDeals", mark: "diamond-deal" },
  { category: "trade", key: "trade.tradeFigures", mark: "dot-trade" },
  { category: "energy", key: "trade.oilShare", mark: "triangle-oil" },
] as const;

const SHOW_KEY: Record<"arms" | "trade" | "energy", keyof TradeArmsSeries["show"]> = {
  arms: "arms",
  trade: "trade",
  energy: "energy",
};

/** The legend doubles as the category toggle for the chart's series. */
export function SeriesLegend({ show }: { show: TradeArmsSeries["show"] }) {
  const { t } = useI18n();
  const setCategoryShown = useIceberg((s) => s.setCategoryShown);
  const categories: Category[] = ["arms", "trade", "energy"];
  return (
    <fieldset className="series-legend">
      <legend className="visually-hidden">{t("trade.legend")}</legend>
      {categories.map((category) => {
        const shown = show[SHOW_KEY[category as "arms"]];
        return (
          <button
            key={category}
            type="button"
            className={`legend-toggle cat-${category}`}
            aria-pressed={shown}
            onClick={() => setCategoryShown(category, !shown)}
          >
            <span className="legend-toggle__category">{t(`category.${category}`)}</span>
            <span className="legend-toggle__series">
              {ENTRIES.filter((e) => e.category === category).map((entry) => (
                <span key={entry.key} className="legend-entry">
                  <span className={`legend-mark legend-mark--${entry.mark}`} aria-hidden="true" />
                  {t(entry.key)}
                </span>
              ))}
            </span>
          </button>
        );
      })}
    </fieldset>
  );
}
