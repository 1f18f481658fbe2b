import type * as z from "zod/mini";

export type DatasetProblem = "missing" | "timeout" | "not-json" | "invalid";

/** A dataset that could not be used, naming the file and, for schema failures, the first bad field. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly problem: DatasetProblem,
    readonly field?: string,
    detail?: string,
  ) {
    super(`${file}: ${problem}${field ? ` at ${field}` : ""}${detail ? ` (${detail})` : ""}`);
    this.name = "DatasetError";
  }
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

export function datasetErrorFromZod(file: string, error: z.core.$ZodError): DatasetError {
  const issue = error.issues[0];
  return new DatasetError(
    file,
    "invalid",
    issue ? formatIssuePath(issue.path) || "(root)" : "(root)",
    issue?.message,
  );
}
