import type { ReactNode } from "react";
import { LANGS, type Lang } from "@/data/vocabulary";
import { useIceberg } from "@/filters/store";
import { THEMES, type Theme } from "@/filters/view-state";
import { useI18n } from "@/i18n/i18n";
import "./app-header.css";

/** Each language named in itself, so a reader can find their own. */
const LANGUAGE_NAMES: Record<Lang, string> = {
  en: "English",
  zh: "中文",
  he: "עברית",
  ar: "العربية",
  fa: "فارسی",
};

export function AppHeader({ actions }: { actions?: ReactNode }) {
  const { t, lang } = useI18n();
  const theme = useIceberg((s) => s.theme);
  const setLang = useIceberg((s) => s.setLang);
  const setTheme = useIceberg((s) => s.setTheme);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1 className="app-header__title">{t("app.title")}</h1>
        <p className="app-header__tagline">{t("app.tagline")}</p>
      </div>
      <div className="app-header__controls">
        {actions}
        <label>
          <span>{t("app.language")}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            {LANGS.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("app.theme")}</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            {THEMES.map((name) => (
              <option key={name} value={name}>
                {t(`theme.${name}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
