import "./newer-link-notice.css";
import { useI18n } from "@/i18n/i18n";
import { useLinkNotice } from "./link-notice-store";

/** Says why a link from a newer Iceberg opened the default view, rather than misreading it. */
export function NewerLinkNotice() {
  const { t } = useI18n();
  const shown = useLinkNotice((s) => s.fromNewerVersion);
  if (!shown) return null;
  return (
    <div className="note note--warning newer-link-notice" role="status">
      <p>{t("app.linkFromNewer")}</p>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => useLinkNotice.setState({ fromNewerVersion: false })}
      >
        {t("app.dismissNotice")}
      </button>
    </div>
  );
}
