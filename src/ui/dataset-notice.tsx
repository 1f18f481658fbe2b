import { useQuery } from "@tanstack/react-query";
import { DATASET_FILES, type DatasetName } from "@/data/dataset-files";
import { datasetQuery } from "@/data/dataset-queries";
import { useI18n } from "@/i18n/i18n";
import { describeError } from "./describe-error";
import "./dataset-notice.css";

/**
 * For a dataset that only enriches what is shown (document names, credits, stories): says so,
 * naming the file, where its absence would otherwise go unnoticed, with a Retry.
 */
export function DatasetNotice({ name }: { name: DatasetName }) {
  const { t } = useI18n();
  const { error, isError, isFetching, refetch } = useQuery(datasetQuery(name));
  if (!isError) return null;
  return (
    <p className="dataset-notice" role="alert">
      <bdi>
        {isFetching ? t("error.loadingFile", { file: DATASET_FILES[name] }) : describeError(error, t)}
      </bdi>{" "}
      <button
        type="button"
        className="button button--quiet"
        disabled={isFetching}
        onClick={() => void refetch()}
        data-export-exclude
      >
        {t("error.retry")}
      </button>
    </p>
  );
}
