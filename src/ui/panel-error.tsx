import type { ReactNode } from "react";
import { useI18n } from "@/i18n/i18n";
import { describeError } from "./describe-error";
import "./panel-error.css";

export function PanelError({
  error,
  onRetry,
  title,
  children,
}: {
  error: unknown;
  onRetry: () => void;
  title?: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="panel-error" role="alert">
      <p className="panel-error__title">{title ?? t("error.title")}</p>
      <p>
        <bdi>{describeError(error, t)}</bdi>
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t("error.retry")}
      </button>
      {children}
    </div>
  );
}
