import type { CellValue } from "../../../shared/excel/values.js";
import { DEALS, GOALS, REPS, TRANSACTIONS } from "./contract.js";
import type { SectionName } from "./data.js";
import { columnFor, type SheetContract } from "./table.js";

/**
 * Which section a header row belongs to, for a file whose name says nothing (a CRM's
 * "hubspot-crm-exports-all-deals-2024-08-27.csv", Maven's "sales_pipeline.csv"). A section qualifies when the
 * header names what the section cannot do without; among those, the one recognising most columns wins.
 */
const NEEDS: readonly {
  section: SectionName;
  contract: SheetContract<unknown>;
  needs: readonly (readonly string[])[];
}[] = [
  { section: "deals", contract: DEALS, needs: [["outcome"], ["stage"], ["isClosed"], ["isWon"]] },
  {
    section: "transactions",
    contract: TRANSACTIONS,
    needs: [
      ["customer", "date", "amount"],
      ["customer", "date", "quantity", "unitPrice"],
    ],
  },
  { section: "goals", contract: GOALS, needs: [["goal"]] },
  {
    section: "reps",
    contract: REPS,
    needs: [
      ["rep", "quota"],
      ["rep", "weight"],
      ["rep", "startDate"],
    ],
  },
];

export function sectionOfHeader(header: readonly CellValue[]): SectionName | undefined {
  let best: { section: SectionName; score: number } | undefined;
  for (const { section, contract, needs } of NEEDS) {
    const keys = new Set<string>();
    for (const cell of header) {
      const match = cell === null || cell === "" ? undefined : columnFor(contract, cell);
      if (match) keys.add(match.spec.key);
    }
    if (!needs.some((set) => set.every((k) => keys.has(k)))) continue;
    if (!best || keys.size > best.score) best = { section, score: keys.size };
  }
  return best?.section;
}
