import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useOptionalDataset } from "../../data/dataset-queries";
import { useIceberg } from "../../filters/store";
import { useI18n } from "../../i18n/i18n";
import { DatasetNotice } from "../../ui/dataset-notice";
import { prefetchPresenter } from "./prefetch-presenter";

/** Starts presenter mode with the first story; its code and data are fetched ahead, for a room with no network. */
export function PresentButton() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const stories = useOptionalDataset("stories")?.stories;
  const startPresenting = useIceberg((s) => s.startPresenting);
  useEffect(() => prefetchPresenter(queryClient), [queryClient]);
  const first = stories?.[0];
  if (!first) return <DatasetNotice name="stories" />;
  return (
    <button type="button" className="button" onClick={() => startPresenting(first.id)}>
      {t("present.open")}
    </button>
  );
}
