import { type DataPackageTable, dataPackageCsvPath } from "../../src/data/data-package-files.ts";
import { formatCsv } from "../data-build/csv.ts";
import { type PackageInput, TABLES } from "./tables.ts";

/** Relative to the descriptor, which sits in data/ beside the datasets. */
const csvPath = (name: DataPackageTable) => dataPackageCsvPath(name).replace(/^data\//, "");

/** The Frictionless Data Package descriptor (data/datapackage.json): one tabular resource per table. */
export function buildDataPackageDescriptor() {
  const licenses = [...new Map(TABLES.flatMap((t) => t.licenses).map((l) => [l.title, l])).values()];
  return {
    profile: "tabular-data-package",
    name: "iceberg-azerbaijan-israel",
    title: "Iceberg: Azerbaijan–Israel relations, data",
    description:
      "The data behind the Iceberg dashboard: milestones from five documents with their verbatim quotes, SIPRI arms-transfer series, trade and crude point figures, pipelines and places. Every row names its source; each resource names its licences. SIPRI data: non-commercial use only.",
    keywords: ["Azerbaijan", "Israel", "arms transfers", "SIPRI", "oil", "pipelines", "diplomacy"],
    licenses,
    resources: TABLES.map((table) => ({
      profile: "tabular-data-resource",
      name: table.name,
      path: csvPath(table.name),
      title: table.title,
      description: table.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      sources: table.sources,
      licenses: table.licenses,
      schema: {
        fields: table.fields.map((field) => ({
          name: field.name,
          type: field.type,
          description: field.description,
          ...(field.type === "boolean" ? { trueValues: ["true"], falseValues: ["false"] } : {}),
        })),
        missingValues: [""],
        ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
      },
    })),
  };
}

/** Each resource's path and CSV text, from the validated datasets. */
export function buildDataPackageTables(input: PackageInput): Map<string, string> {
  return new Map(
    TABLES.map((table) => [
      csvPath(table.name),
      formatCsv(
        table.fields.map((f) => f.name),
        table.rows(input),
      ),
    ]),
  );
}
