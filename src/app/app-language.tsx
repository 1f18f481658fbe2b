import type { ReactNode } from "react";
import { useIceberg } from "@/filters/store";
import { I18nProvider } from "@/i18n/i18n";

/** The URL's language (else the browser's), for everything the app renders. */
export function AppLanguage({ children }: { children: ReactNode }) {
  const lang = useIceberg((s) => s.lang);
  return <I18nProvider lang={lang}>{children}</I18nProvider>;
}
