import { describe, expect, it } from "vitest";
import { planQuota } from "../../shared/quota/plan/plan.js";
import { newRepsSource } from "../../shared/quota/plan/plan-input.js";
import { planWorkbook } from "../../shared/quota/plan/plan-sheet.js";
import type { CellSpec, PlanWorkbookSpec } from "../../shared/quota/plan/sheet-spec.js";
import { choices, d, dealsTable, repsTable, sum } from "./plan-fixtures.js";

const SAMPLE = newRepsSource([
  ["Ana Lima", "EMEA", d("2023-04-01"), 1],
  ["Chen Wei", "APAC", d("2024-09-01"), 1],
  ["Dana Whitfield", "North America", d("2022-01-10"), 1.2],
  ["Omar Haddad", "MEA", d("2026-03-01"), 0.8],
]);
const SEASON = [7, 7, 10, 8, 8, 10, 7, 6, 10, 8, 8, 11];

function spec(...args: Parameters<typeof planQuota>): PlanWorkbookSpec {
  const result = planQuota(...args);
  if ("problems" in result) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return planWorkbook(result.plan);
}

const sample = spec(
  SAMPLE,
  undefined,
  choices({
    target: 400_000,
    cushion: 1.1,
    weights: { basis: "column", column: 3 },
    seasonality: { basis: "typed", weights: SEASON },
  }),
);
const at = (s: PlanWorkbookSpec, address: string): CellSpec => {
  const found = s.sheet.cells.find((c) => c.address === address);
  if (!found) throw new Error(`no cell ${address}`);
  return found;
};

describe("planWorkbook(plan): the Quota sheet both faces write", () => {
  it("splits with one GOALS.QUOTASPLIT spill over the named inputs", () => {
    expect(at(sample, "D19").formula).toBe(
      "=GOALS.QUOTASPLIT(Quota_Target,B19#,Quota_Seasonality,V19#,Quota_Unit,Quota_Cushion)",
    );
    expect(at(sample, "D19").spill).toHaveLength(4);
    expect(at(sample, "D19").spill?.[0]).toHaveLength(12);
    expect(sample.sheet.cells.filter((c) => c.formula?.includes("QUOTASPLIT"))).toHaveLength(1);
    expect(at(sample, "A19").formula).toBe("=Reps[Rep]");
    expect(at(sample, "B19").formula).toBe("=Reps[Weight]");
    expect(at(sample, "C19").formula).toBe('=IF(ISNUMBER(Reps[Start date]),Reps[Start date],"")');
    expect(at(sample, "V19").formula).toBe(
      "=IF(ISNUMBER(Reps[Start date]),IF((YEAR(Quota_Months)-YEAR(Reps[Start date]))*12+MONTH(Quota_Months)-MONTH(Reps[Start date])<0,0,IF((YEAR(Quota_Months)-YEAR(Reps[Start date]))*12+MONTH(Quota_Months)-MONTH(Reps[Start date])+1>COLUMNS(Quota_RampSchedule),1,INDEX(Quota_RampSchedule,1,(YEAR(Quota_Months)-YEAR(Reps[Start date]))*12+MONTH(Quota_Months)-MONTH(Reps[Start date])+1))),1)",
    );
    expect(at(sample, "V19").spill?.[3]).toEqual([0, 0, 0.25, 0.5, 0.75, 1, 1, 1, 1, 1, 1, 1]);
  });

  it("names every input, so the sheet recalculates when a manager changes one", () => {
    expect(sample.names.map((n) => [n.name, n.refersTo])).toEqual([
      ["Quota_Target", "=Quota!$B$5"],
      ["Quota_FirstMonth", "=Quota!$B$6"],
      ["Quota_Unit", "=Quota!$B$7"],
      ["Quota_Cushion", "=Quota!$B$8"],
      ["Quota_Assigned", "=Quota!$B$9"],
      ["Quota_RampMonths", "=Quota!$B$12:$D$12"],
      ["Quota_RampSchedule", "=Quota!$B$13:$D$13"],
      ["Quota_Seasonality", "=Quota!$D$14:$O$14"],
      ["Quota_Months", "=Quota!$D$17:$O$17"],
      ["Quota_Plan", "=Quota!$D$19#"],
      ["Quota_RepTotals", "=Quota!$T$19#"],
    ]);
    expect([at(sample, "B5").value, at(sample, "B7").value, at(sample, "B8").value]).toEqual([400_000, 1000, 1.1]);
    expect(at(sample, "B6").value).toBe(d("2026-01-01"));
    expect(at(sample, "D14").value).toBe(7);
    expect(at(sample, "B13").value).toBe(0.25);
  });

  it("subtotals quarters and the year from the spill, and they add up to target × cushion exactly", () => {
    const plan = at(sample, "D19").spill as number[][];
    // Independent sums with plain loops.
    const months = Array.from({ length: 12 }, (_, m) => sum(plan.map((row) => row[m] as number)));
    const quarters = [0, 1, 2, 3].map((q) => sum(months.slice(3 * q, 3 * q + 3)));
    for (let m = 0; m < 12; m++) {
      const c = at(sample, `${"DEFGHIJKLMNO"[m]}18`);
      expect(c.formula).toBe(`=SUM(INDEX($D$19#,0,${m + 1}))`);
      expect(c.value).toBe(months[m]);
    }
    expect(["P18", "Q18", "R18", "S18"].map((a) => at(sample, a).value)).toEqual(quarters);
    expect(at(sample, "P19").formula).toBe("=INDEX(D19#,0,1)+INDEX(D19#,0,2)+INDEX(D19#,0,3)");
    expect(at(sample, "T19").formula).toBe("=P19#+Q19#+R19#+S19#");
    expect(at(sample, "T18")).toMatchObject({ formula: "=SUM(T19#)", value: 440_000 });
    expect(sum(quarters)).toBe(440_000);
    expect(at(sample, "T19").spill?.map((r) => r[0])).toEqual(plan.map((row) => sum(row)));
    expect(at(sample, "B9")).toMatchObject({ formula: "=Quota_Target*Quota_Cushion", value: 440_000 });
    expect(at(sample, "B10")).toMatchObject({ formula: "=ROUND(T18-Quota_Assigned,6)", value: 0 });
  });

  it("labels the months with formulas from Quota_FirstMonth and charts the team's months", () => {
    expect(at(sample, "D17").formula).toBe("=DATE(YEAR(Quota_FirstMonth),MONTH(Quota_FirstMonth),1)");
    expect(at(sample, "E17")).toMatchObject({ formula: "=EDATE(D17,1)", value: d("2026-02-01") });
    expect(sample.sheet.chart).toMatchObject({
      title: "Team quota by month",
      categories: "Quota!$D$17:$O$17",
      values: "Quota!$D$18:$O$18",
      from: { row: 1, column: 4 },
      to: { row: 11, column: 20 },
    });
    expect(sample.sheet.chart.valueCache).toEqual(
      Array.from({ length: 12 }, (_, m) => at(sample, `${"DEFGHIJKLMNO"[m]}18`).value),
    );
  });

  it("formats money, dates, percentages and the inputs", () => {
    const format = (range: string) => sample.sheet.formats.filter((f) => f.range === range);
    expect(format("B5")[0]?.numberFormat).toBe("#,##0");
    expect(format("B8")[0]?.numberFormat).toBe("0%");
    expect(format("B10")[0]?.numberFormat).toBe('#,##0;-#,##0;"exact"');
    expect(format("B5:B8")[0]?.style).toEqual({ color: "#0000FF", fill: "#DDEBF7" });
    expect(format("D19:T218")[0]?.numberFormat).toBe("#,##0");
    expect(format("V19:AG218")[0]?.numberFormat).toBe("0%");
    expect(format("C19:C218")[0]?.numberFormat).toBe("yyyy-mm-dd");
  });

  it("writes Quota and Jan … Dec into the Reps table, by calendar month whatever the first month", () => {
    const april = spec(
      repsTable([["Ana", null, null, 1]]),
      undefined,
      choices({
        firstMonth: d("2026-04-01"),
        seasonality: { basis: "typed", weights: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
      }),
    );
    const plan = at(april, "D19").spill?.[0] as number[];
    const columns = april.reps.columns;
    expect(columns.map((c) => [c.header, c.column, c.existing])).toEqual([
      ["Quota", 5, false],
      ...["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((h, i) => [
        h,
        6 + i,
        false,
      ]),
    ]);
    expect(columns[0]).toMatchObject({
      formula: "=INDEX(Quota_RepTotals,ROW()-ROW(Reps[#Headers]))",
      values: [120_000],
    });
    // January is the plan's tenth month when the plan starts in April.
    expect(columns[1]).toMatchObject({
      formula: "=INDEX(Quota_Plan,ROW()-ROW(Reps[#Headers]),MOD(1-MONTH(Quota_FirstMonth),12)+1)",
      values: [plan[9]],
    });
    expect(columns[4]?.values).toEqual([plan[0]]);
    expect(april.reps.create).toBeUndefined();
  });

  it("refers to a plain range by its rows, and sums last year's bookings with SUMIFS per won label", () => {
    const reps = repsTable([["Ana"], ["Ben"]], {
      table: undefined,
      sheet: "Team list",
      headers: ["Rep"],
      columns: { rep: 0, months: [] },
    });
    const deals = dealsTable([
      ["Ana", 3000, d("2025-02-01"), "Won"],
      ["Ben", 1000, d("2025-06-01"), "Closed won"],
    ]);
    const s = spec(reps, deals, choices({ weights: { basis: "bookings" }, seasonality: { basis: "bookings" } }));
    expect(at(s, "A19").formula).toBe("='Team list'!$A$2:$A$3");
    expect(at(s, "B19").formula).toBe(
      '=SUMIFS(Deals[Amount],Deals[Outcome],"=Won",Deals[Closed],">="&DATE(YEAR(Quota_FirstMonth)-1,MONTH(Quota_FirstMonth),1),Deals[Closed],"<"&DATE(YEAR(Quota_FirstMonth),MONTH(Quota_FirstMonth),1),Deals[Rep],\'Team list\'!$A$2:$A$3)+SUMIFS(Deals[Amount],Deals[Outcome],"=Closed won",Deals[Closed],">="&DATE(YEAR(Quota_FirstMonth)-1,MONTH(Quota_FirstMonth),1),Deals[Closed],"<"&DATE(YEAR(Quota_FirstMonth),MONTH(Quota_FirstMonth),1),Deals[Rep],\'Team list\'!$A$2:$A$3)',
    );
    expect(at(s, "B19").spill).toEqual([[3000], [1000]]);
    expect(at(s, "E14")).toMatchObject({
      formula:
        '=SUMIFS(Deals[Amount],Deals[Outcome],"=Won",Deals[Closed],">="&EDATE(E$17,-12),Deals[Closed],"<"&EDATE(E$17,-11))+SUMIFS(Deals[Amount],Deals[Outcome],"=Closed won",Deals[Closed],">="&EDATE(E$17,-12),Deals[Closed],"<"&EDATE(E$17,-11))',
      value: 3000,
    });
    // A range has no Start date column: the plan adds one at the right, and the sheet refers to it by rows.
    expect(s.reps.columns[0]).toMatchObject({ header: "Start date", column: 2, existing: false, values: [null, null] });
    expect(at(s, "C19").formula).toBe("=IF(ISNUMBER('Team list'!$B$2:$B$3),'Team list'!$B$2:$B$3,\"\")");
    expect(s.reps.columns[1]?.formula).toBe("=INDEX(Quota_RepTotals,ROW()-ROW('Team list'!$A$1))");
  });
});
