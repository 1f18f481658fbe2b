import { Fragment } from "react";
import { DATA_PACKAGE_DESCRIPTOR, DATA_PACKAGE_TABLES, dataPackageCsvPath } from "@/data/data-package-files";
import { useOptionalDataset } from "@/data/dataset-queries";
import { useI18n } from "@/i18n/i18n";
import { DatasetNotice } from "@/ui/dataset-notice";
import { DataAsOf } from "../offline/data-as-of";
import "./credits-footer.css";

export function CreditsFooter() {
  const { t, lang } = useI18n();
  const sources = useOptionalDataset("sources");
  if (!sources)
    return (
      <footer className="credits">
        <DataAsOf />
        <DatasetNotice name="sources" />
      </footer>
    );
  return (
    <footer className="credits">
      <DataAsOf />
      <h2>{t("app.documents")}</h2>
      <ul>
        {sources.documents.map((doc) => (
          <li key={doc.id}>
            <bdi lang={doc.language}>{doc.title}</bdi> — {doc.publisher}
            {doc.date ? `, ${doc.date}` : ""} · {doc.perspective[lang]}
          </li>
        ))}
      </ul>
      <h2>{t("app.credits")}</h2>
      <p>{t("app.creditsIntro")}</p>
      <p className="credits-download">
        <a href={DATA_PACKAGE_DESCRIPTOR} type="application/json">
          {t("app.downloadData")}
        </a>
        {": "}
        {DATA_PACKAGE_TABLES.map((table, i) => (
          <Fragment key={table}>
            {i > 0 ? " · " : ""}
            <a href={dataPackageCsvPath(table)} download>
              <bdi dir="ltr">{table}.csv</bdi>
            </a>
          </Fragment>
        ))}
      </p>
      <ul>
        {sources.credits.map((credit) => (
          <li key={credit.id}>
            <strong>{credit.name}</strong>: {credit.credit} ({credit.licence}) — {credit.usedFor[lang]}
          </li>
        ))}
      </ul>
    </footer>
  );
}
