import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DATA_PACKAGE_TABLES } from "@/data/data-package-files";
import { parseCsvRows } from "../../scripts/data-build/csv";
import { buildDataPackageDescriptor, buildDataPackageTables } from "../../scripts/data-package/data-package";
import type { PackageInput } from "../../scripts/data-package/tables";
import { DATA_DIR, readDataset } from "../../scripts/read-datasets";

const input: PackageInput = {
  milestones: readDataset("milestones").milestones,
  tradeArms: readDataset("tradeArms"),
  energy: readDataset("energy").features,
  places: readDataset("places").places,
};
const descriptor = buildDataPackageDescriptor();
const tables = buildDataPackageTables(input);

function parse(path: string) {
  const text = tables.get(path);
  if (text === undefined) throw new Error(`no CSV at ${path}`);
  const [header = [], ...rows] = parseCsvRows(text.replace(/\r\n$/, ""));
  return { header, rows };
}

const conforms: Record<string, (cell: string) => boolean> = {
  string: () => true,
  integer: (cell) => /^-?\d+$/.test(cell),
  number: (cell) => /^-?\d+(\.\d+)?$/.test(cell),
  boolean: (cell) => cell === "true" || cell === "false",
};

describe("the open data package", () => {
  it("is the descriptor committed in data/datapackage.json", () => {
    const committed = JSON.parse(readFileSync(resolve(DATA_DIR, "datapackage.json"), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(descriptor)));
  });

  it("has one CSV resource per table, each with a schema, sources and licences", () => {
    expect(descriptor.resources.map((r) => r.name)).toEqual([...DATA_PACKAGE_TABLES]);
    for (const resource of descriptor.resources) {
      expect(resource.path).toBe(`csv/${resource.name}.csv`);
      expect(resource.profile).toBe("tabular-data-resource");
      expect(resource.schema.fields.length).toBeGreaterThan(0);
      expect(resource.sources.length).toBeGreaterThan(0);
      expect(resource.licenses.length).toBeGreaterThan(0);
      for (const field of resource.schema.fields) expect(field.description).not.toBe("");
    }
  });

  it.each(descriptor.resources.map((r) => [r.name, r] as const))(
    "%s.csv: the header is the schema's fields and every cell parses as its field's type",
    (_, resource) => {
      const { header, rows } = parse(resource.path);
      const fields = resource.schema.fields;
      expect(header).toEqual(fields.map((f) => f.name));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).toHaveLength(fields.length);
        row.forEach((cell, i) => {
          const field = fields[i]!;
          if (cell === "") return;
          if (!conforms[field.type]!(cell))
            throw new Error(`${resource.name}.${field.name}: ${JSON.stringify(cell)}`);
        });
      }
      const key = resource.schema.primaryKey;
      if (key) {
        const ids = rows.map((row) => key.map((name) => row[header.indexOf(name)]).join("|"));
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.every((id) => !id.split("|").includes(""))).toBe(true);
      }
    },
  );

  it("carries every record: one milestone row each, every quote, every SIPRI year", () => {
    expect(parse("csv/milestones.csv").rows).toHaveLength(input.milestones.length);
    const quotes = input.milestones.reduce((n, m) => n + m.sources.length, 0);
    expect(parse("csv/citations.csv").rows.length).toBeGreaterThan(quotes);
    const { arms } = input.tradeArms;
    expect(parse("csv/sipri-annual.csv").rows).toHaveLength(
      arms.annual.length + (arms.register?.annual.length ?? 0),
    );
    expect(parse("csv/sipri-deals.csv").rows).toHaveLength(arms.deals.length);
  });

  it("lets an analyst add up the suppliers to each year's total", () => {
    const annual = parse("csv/sipri-annual.csv");
    const suppliers = parse("csv/sipri-suppliers.csv");
    for (const row of annual.rows) {
      const year = row[0];
      const sum = suppliers.rows.filter((s) => s[0] === year).reduce((total, s) => total + Number(s[4]), 0);
      expect(sum).toBeCloseTo(Number(row[annual.header.indexOf("total_tiv")]), 6);
    }
  });

  it("keeps quotes with commas, quotation marks and line breaks intact", () => {
    const citations = parse("csv/citations.csv");
    const quoteColumn = citations.header.indexOf("quote");
    const all = input.milestones.flatMap((m) => m.sources.map((s) => s.quote));
    const parsed = new Set(citations.rows.map((row) => row[quoteColumn]));
    for (const quote of all) expect(parsed.has(quote)).toBe(true);
  });
});
