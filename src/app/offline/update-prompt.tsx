import { useRegisterSW } from "virtual:pwa-register/react";
import { useI18n } from "@/i18n/i18n";
import "./offline.css";

/**
 * Registers the service worker that keeps Iceberg working offline. A new version is offered here and
 * installed only when the user asks, so a deck never changes under a presenter.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <aside className="update-prompt" role="status" aria-label={t("app.updateReady")}>
      <p>{t("app.updateReady")}</p>
      <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
        {t("app.updateNow")}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setNeedRefresh(false)}>
        {t("app.updateLater")}
      </button>
    </aside>
  );
}
