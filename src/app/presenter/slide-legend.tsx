import { useI18n } from "@/i18n/i18n";
import type { LegendEntry } from "./slide-chart-model";

export function SlideLegend({ entries }: { entries: LegendEntry[] }) {
  const { t } = useI18n();
  return (
    <ul className="slide-legend">
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className={`legend-mark legend-mark--${entry.mark}`} aria-hidden="true" />
          {t(entry.key)}
        </li>
      ))}
    </ul>
  );
}
