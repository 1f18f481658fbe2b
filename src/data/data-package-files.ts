/** The open data package published beside the site: data/datapackage.json and one CSV per table. */
export const DATA_PACKAGE_DESCRIPTOR = "data/datapackage.json";

export const DATA_PACKAGE_TABLES = [
  "milestones",
  "citations",
  "sipri-annual",
  "sipri-suppliers",
  "sipri-windows",
  "sipri-deals",
  "reported-deals",
  "trade-points",
  "oil-points",
  "pipelines",
  "places",
] as const;
export type DataPackageTable = (typeof DATA_PACKAGE_TABLES)[number];

export const dataPackageCsvPath = (table: DataPackageTable) => `data/csv/${table}.csv`;
