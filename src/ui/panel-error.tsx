import { DatasetError } from "../data/dataset-error";
import { useI18n } from "../i18n/i18n";

export function PanelError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  let message: string;
  if (error instanceof DatasetError) {
    message =
      error.problem === "missing"
        ? t("error.missing", { file: error.file })
        : error.problem === "not-json"
          ? t("error.notJson", { file: error.file })
          : t("error.invalid", { file: error.file, field: error.field ?? "" });
  } else {
    message = t("error.unknown", { message: error instanceof Error ? error.message : String(error) });
  }
  return (
    <div className="panel-error" role="alert">
      <p className="panel-error__title">{t("error.title")}</p>
      <p>
        <bdi>{message}</bdi>
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t("error.retry")}
      </button>
    </div>
  );
}
