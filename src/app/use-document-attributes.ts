import { useEffect } from "react";
import { useIceberg } from "@/filters/store";
import { useI18n } from "@/i18n/i18n";

/** `lang`, `dir` and the theme live on <html> so that every surface, portals included, follows them. */
export function useDocumentAttributes(): void {
  const { lang, dir, t } = useI18n();
  // Presenter mode projects in high contrast unless the link asks for a theme.
  const theme = useIceberg((s) => (s.present && s.theme === "auto" ? "contrast" : s.theme));
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = dir;
    root.dataset.theme = theme;
  }, [lang, dir, theme]);
  useEffect(() => {
    document.title = `${t("app.title")} · ${t("app.tagline")}`;
  }, [t]);
}
