import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { datasetQuery } from "@/data/dataset-queries";
import { useIceberg } from "@/filters/store";
import { useI18n } from "@/i18n/i18n";
import { DatasetNotice } from "@/ui/dataset-notice";
import { prefetchPresenter } from "./prefetch-presenter";

/** Starts presenter mode with the first story; its code and data are fetched ahead, for a room with no network. */
export function PresentButton() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { data, isError } = useQuery(datasetQuery("stories"));
  const stories = data?.stories;
  const startPresenting = useIceberg((s) => s.startPresenting);
  useEffect(() => prefetchPresenter(queryClient), [queryClient]);
  const first = stories?.[0];
  if (isError || (stories && !first)) return <DatasetNotice name="stories" />;
  // Shown, disabled, while the stories load: the header keeps its size when they arrive.
  return (
    <button
      type="button"
      className="button"
      disabled={!first}
      onClick={() => first && startPresenting(first.id)}
    >
      {t("present.open")}
    </button>
  );
}
