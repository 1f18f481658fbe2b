import type { Citation, Lang } from "@/data/schemas";
import { dirOf, useI18n } from "@/i18n/i18n";
import "./citation-quote.css";

/**
 * The quote as its language's reader reads it; the verbatim extract (what the audit finds in the
 * document, PDF artefacts and all) stays one click away.
 */
export function CitationQuote({ citation, language }: { citation: Citation; language: Lang | undefined }) {
  const { t } = useI18n();
  const readable = citation.display ?? citation.quote;
  // A quote opening with a Latin acronym ("(INSS) در…") would turn left-to-right under dir="auto".
  const dir = language ? dirOf(language) : "auto";
  return (
    <>
      <blockquote className="citation__quote" lang={language} dir={dir}>
        <span className="mark mark--original">{t("milestones.original")}</span> {readable}
      </blockquote>
      {citation.display && citation.display !== citation.quote && (
        <details className="citation__verbatim">
          <summary>{t("milestones.verbatim")}</summary>
          <blockquote lang={language} dir={dir}>
            {citation.quote}
          </blockquote>
        </details>
      )}
    </>
  );
}
