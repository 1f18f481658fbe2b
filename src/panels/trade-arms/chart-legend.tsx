import { useI18n } from "@/i18n/i18n";
import type { MarkKind } from "./chart-model";
import type { TradeArmsSeries } from "./trade-arms-series";
import "./chart-legend.css";

type ShownCategory = keyof TradeArmsSeries["show"];

const CATEGORIES: { category: ShownCategory; mark: MarkKind }[] = [
  { category: "arms", mark: "bar-israel" },
  { category: "trade", mark: "dot-trade" },
  { category: "energy", mark: "oil-israel-oil" },
];

/** Shows or hides each category's series; pressed means shown, as in a chart legend. */
export function SeriesToggles({
  show,
  onShow,
}: {
  show: TradeArmsSeries["show"];
  onShow: (category: ShownCategory, shown: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="series-legend">
      <legend className="visually-hidden">{t("trade.legend")}</legend>
      {CATEGORIES.map(({ category, mark }) => (
        <button
          key={category}
          type="button"
          className={`legend-toggle cat-${category}`}
          aria-pressed={show[category]}
          onClick={() => onShow(category, !show[category])}
        >
          <span className={`legend-mark legend-mark--${mark}`} aria-hidden="true" />
          {t("trade.seriesOf", { category: t(`category.${category}`) })}
        </button>
      ))}
    </fieldset>
  );
}

/** Names each kind of mark a chart draws, under the chart's title. */
export function ChartKey({ entries }: { entries: { mark: MarkKind; label: string }[] }) {
  return (
    <ul className="chart-key" dir="auto">
      {entries.map((entry) => (
        <li key={entry.mark} className="legend-entry">
          <span className={`legend-mark legend-mark--${entry.mark}`} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
