import { useOptionalDataset } from "../../data/dataset-queries";
import { useIceberg } from "../../filters/store";
import { useI18n } from "../../i18n/i18n";
import { DatasetNotice } from "../../ui/dataset-notice";

/** Starts presenter mode with the first story. */
export function PresentButton() {
  const { t } = useI18n();
  const stories = useOptionalDataset("stories")?.stories;
  const startPresenting = useIceberg((s) => s.startPresenting);
  const first = stories?.[0];
  if (!first) return <DatasetNotice name="stories" />;
  return (
    <button type="button" className="button" onClick={() => startPresenting(first.id)}>
      {t("present.open")}
    </button>
  );
}
