import { DatasetError } from "@/data/dataset-error";
import type { Translate } from "@/i18n/i18n";
import { isChunkLoadError } from "@/lib/retryable-lazy";

/** What went wrong, in the user's language, naming the file (and field) when a dataset is at fault. */
export function describeError(error: unknown, t: Translate): string {
  if (isChunkLoadError(error)) return t("error.chunk");
  if (error instanceof DatasetError) {
    switch (error.problem) {
      case "missing":
        return t("error.missing", { file: error.file });
      case "timeout":
        return t("error.timeout", { file: error.file });
      case "not-json":
        return t("error.notJson", { file: error.file });
      default:
        return t("error.invalid", { file: error.file, field: error.field ?? "" });
    }
  }
  return t("error.unknown", { message: error instanceof Error ? error.message : String(error) });
}
