import { extname, join } from "node:path";
import type { Effects, OpenedFile } from "../effects.js";
import { CliError } from "../errors.js";
import type { CsvFile } from "./read.js";

/**
 * What `goalsheet report` was given: one .xlsx workbook, or CSV files (named one by one, or a folder of them,
 * one file per sheet). `inputFiles` finds the files without reading them, so every path can be checked before
 * anything is read; `readInputs` tells an .xlsx (a zip: "PK") from a CSV by its first bytes, reads CSV files
 * whole and leaves a workbook open for the reader.
 */
export type ReportInput =
  /** A workbook stays open, to be read part by part; whoever reads it closes it. */
  | { readonly kind: "workbook"; readonly path: string; readonly file: OpenedFile }
  | { readonly kind: "csv"; readonly label: string; readonly files: readonly (CsvFile & { readonly path: string })[] };

export interface InputFiles {
  /** How the inputs are named in the report ("exports/ (3 files)"). */
  readonly label: string;
  readonly files: readonly { readonly name: string; readonly path: string }[];
}

const CSV_EXTENSIONS = new Set([".csv", ".tsv", ".txt"]);
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls"]);

/** The files the paths name: a folder stands for its CSV files, in name order. */
export async function inputFiles(paths: readonly string[], effects: Effects): Promise<InputFiles> {
  const files: { name: string; path: string }[] = [];
  let label = paths.join(", ");
  for (const path of paths) {
    const found = await effects.locate(path, "read");
    if (found.kind !== "folder" || !effects.listFolder) {
      files.push({ name: path.split(/[\\/]/).pop() || path, path });
      continue;
    }
    const csvs = (await effects.listFolder(path)).filter((n) => CSV_EXTENSIONS.has(extname(n).toLowerCase())).sort();
    if (csvs.length === 0)
      throw new CliError(`${path} holds no .csv files (one CSV per sheet: deals.csv, goals.csv, …)`);
    for (const name of csvs) files.push({ name, path: join(path, name) });
    if (paths.length === 1) label = `${path.replace(/[\\/]+$/, "")}/ (${csvs.length} files)`;
  }
  const names = new Set<string>();
  for (const file of files) {
    if (names.has(file.name.toLowerCase())) throw new CliError(`two CSV files are both named ${file.name}`);
    names.add(file.name.toLowerCase());
  }
  return { label, files };
}

export async function readInputs(inputs: InputFiles, effects: Effects): Promise<ReportInput> {
  const files: (CsvFile & { path: string })[] = [];
  for (const { name, path } of inputs.files) {
    const file = await effects.openFile(path);
    let workbook = false;
    try {
      workbook = isWorkbook(path, await file.read(0, Math.min(file.size, 512)));
      if (workbook && inputs.files.length > 1)
        throw new CliError(
          `give one .xlsx workbook, or CSV files (one per sheet), got ${path} among ${inputs.files.length} inputs`,
        );
    } finally {
      if (!workbook || inputs.files.length > 1) await file.close();
    }
    if (workbook) return { kind: "workbook", path, file };
    files.push({ name, path, bytes: await effects.readFile(path) });
  }
  return { kind: "csv", label: inputs.label, files };
}

function isWorkbook(path: string, bytes: Uint8Array): boolean {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return true;
  const extension = extname(path).toLowerCase();
  // Not CSV by name and not text: the workbook reader says what it is (a legacy .xls, an encrypted file…).
  return WORKBOOK_EXTENSIONS.has(extension) || (!CSV_EXTENSIONS.has(extension) && isBinary(bytes));
}

function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512);
  for (let i = 0; i < n; i++) if (bytes[i] === 0 && !(bytes[0] === 0xff || bytes[0] === 0xfe)) return true;
  return false;
}
