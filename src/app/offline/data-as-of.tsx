import { useI18n } from "@/i18n/i18n";
import { formatMilestoneDate } from "@/lib/format-date";

/** How fresh the data is: what an offline reader (or a cached copy) is looking at. */
export function DataAsOf() {
  const { t, lang } = useI18n();
  const date = formatMilestoneDate({ start: __DATA_DATE__ }, lang);
  return (
    <p className="data-as-of">
      <time dateTime={__DATA_DATE__}>{t("app.dataAsOf", { date })}</time>
    </p>
  );
}
