import { SECTIONS } from "../../report/workbook/data.js";
import type { CellKind } from "../../report/workbook/fields.js";
import { PROBABILITY_PREFIXES, SETTING_SPECS, SETTINGS_SHEET } from "../../report/workbook/settings.js";
import type { SheetContract } from "../../report/workbook/table.js";

/**
 * `goalsheet schema`: the workbook contract as JSON Schema (draft 2020-12), built from the contract's fields
 * (what each accepts, and its rule): each sheet is an array of row objects keyed by canonical header, with the
 * aliases listed in `x-aliases` and the sheet's other names in `x-sheet-aliases`.
 */
const CELL_SCHEMAS: Record<CellKind, Record<string, unknown>> = {
  text: { type: ["string", "number", "boolean"] },
  number: { type: ["number", "string"], description: "a number, or text such as 1,234.5 or 12%" },
  nonNegative: { type: ["number", "string"], minimum: 0, description: "a number of at least 0" },
  amount: {
    type: ["number", "string"],
    minimum: 0,
    description: 'an amount of at least 0: a number, or text such as "$1,200.00", "€ 950,00" or "USD 1,200"',
  },
  signedAmount: {
    type: ["number", "string"],
    description:
      'an amount: a number, or text such as "$1,200.00", "€ 950,00", "USD 1,200" or "(1,200.00)"; negative amounts are credits',
  },
  date: {
    type: ["number", "string"],
    description:
      "an Excel date (serial number), ISO text such as 2026-06-30 (a time and zone may follow), a date such as 10/20/2016 (order from Settings: Date order, or from the column), or 20 Oct 2016",
    format: "date",
  },
  boolean: { type: ["boolean", "string", "number"], description: "TRUE/FALSE, true/false, yes/no or 1/0" },
  probability: {
    type: ["number", "string"],
    description: "a probability: 0 to 1, 0% to 100%, or 0 to 100 when the column holds percentages",
  },
  currency: { type: "string", pattern: "^[A-Za-z]{3}$", description: "an ISO 4217 currency code such as EUR" },
  any: { description: "text, TRUE/FALSE or 1/0" },
};

function sheetSchema(contract: SheetContract<unknown>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const column of [...contract.columns, ...contract.exportColumns]) {
    const meta = contract.fields[column.key];
    properties[column.header] = {
      ...CELL_SCHEMAS[meta?.cell ?? "any"],
      ...(meta ? { "x-rule": `${column.header} ${meta.rule}` } : {}),
      "x-aliases": column.aliases,
      ...(column.required ? { "x-required-column": true } : {}),
    };
    if (meta?.required) required.push(column.header);
  }
  return {
    type: "array",
    "x-sheet-aliases": contract.sheetAliases,
    description: `The ${contract.sheet} sheet or Excel table: a header row, then one row per record.`,
    items: { type: "object", properties, ...(required.length ? { required } : {}) },
  };
}

export function workbookSchema(version: string): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const spec of SETTING_SPECS)
    settings[spec.name] = {
      description: `${spec.name} ${spec.rule}`,
      examples: [spec.example],
      "x-aliases": spec.aliases,
    };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `goalsheet-workbook-${version}`,
    title: "Goalsheet workbook",
    description:
      "Sheets or Excel tables recognised by name (case-, space-, underscore- and hyphen-insensitive). Only Goals or Deals is required.",
    type: "object",
    properties: {
      ...Object.fromEntries(Object.values(SECTIONS).map((c) => [c.sheet, sheetSchema(c)])),
      [SETTINGS_SHEET.sheet]: {
        type: "object",
        "x-sheet-aliases": SETTINGS_SHEET.sheetAliases,
        description:
          "Two columns, Setting and Value, one setting per row. Stage probabilities are rows named 'Probability: <stage>' with a value from 0% to 100%.",
        properties: settings,
        patternProperties: {
          [`^(${PROBABILITY_PREFIXES.join("|")})\\s*[:：]\\s*.+$`]: { type: "number", minimum: 0, maximum: 1 },
        },
      },
    },
    anyOf: [{ required: ["Goals"] }, { required: ["Deals"] }],
  };
}

export function schemaCommand(version: string): string {
  return `${JSON.stringify(workbookSchema(version), null, 2)}\n`;
}
