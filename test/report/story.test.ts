import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../generator/cli/paths.js";
import { readWorkbook } from "../../generator/cli/workbook/read.js";
import { buildReportModel } from "../../generator/report/pipeline.js";
import { plainRecords } from "../../generator/report/workbook/record-table.js";
import { isoToSerial } from "../../shared/excel/dates.js";
import { AS_OF, fixture, GENERATED_AT, SOURCE } from "./fixture.js";

const day = (iso: string) => isoToSerial(iso) as number;

/** The story sections on the hand-checked fixture (as of 30 June 2026; Ana fully ramped, Ben from 1 April). */
describe("the story sections on the hand-checked fixture", () => {
  const model = buildReportModel(fixture, { locale: "en", asOf: AS_OF, generatedAt: GENERATED_AT, source: SOURCE });

  it("gives the verdict against the team's ramped quota, with both projections named", () => {
    expect(model.verdict).toMatchObject({
      basis: "quota",
      // Ana 120,000 + Ben 2,500 + 5,000 + 7,500 + 6 × 10,000 = 195,000; due by June: 60,000 + 15,000.
      target: 195_000,
      expectedToDate: 75_000,
      booked: 60_000,
      pace: 0.8, // below 90% of what was due: behind
      status: "behind",
      remaining: 135_000,
      end: "2026-12-31",
      daysLeft: 184,
    });
    expect(model.verdict?.projections).toMatchObject([
      // 60,000 over 181 days (1 Jan – 30 Jun) carried to 365.
      {
        method: "runRate",
        value: expect.closeTo((60_000 * 365) / 181, 6),
        shareOfTarget: expect.any(Number),
        gap: expect.closeTo(195_000 - (60_000 * 365) / 181, 6),
        weighted: null,
      },
      // Open deals, none dated: 40,000 × 50% + 10,000 × 10% + 20,000 × 80% + 30,000 × 10% = 40,000.
      { method: "pipeline", value: 100_000, shareOfTarget: 100_000 / 195_000, gap: 95_000, weighted: 40_000 },
    ]);
    // Ana booked 40,000 of 60,000 due (67%): behind; Ben 20,000 of 15,000: on track.
    expect(model.verdict?.repsBehind).toMatchObject([
      { rep: "Ana", anchor: "rep-1", status: "behind", pace: 40_000 / 60_000, gapToDate: 20_000 },
    ]);
    expect(model.verdict?.goalsBehind.map((g) => g.row)).toEqual([5]);
    expect(model.verdict?.goalsMissed.map((g) => g.row)).toEqual([3]);
  });

  it("plans the remaining gap through ACTIVITYPLAN's core at this year's rates and the funnel's conversions", () => {
    // 135,000 / 20,000 = 6.75 → 7 wins; 7 / 60% = 11.7 → 12 deals to close.
    expect(model.plan?.team).toMatchObject({
      gap: 135_000,
      winRate: 0.6,
      dealSize: 20_000,
      wins: 7,
      opportunities: 12,
    });
    // The fixture does not say where its lost deals left the funnel: no conversion, so no plan per stage.
    expect(model.plan?.stages).toBeNull();
  });

  it("plans per stage at the funnel's conversions when a Lost at stage column says where deals left", () => {
    const lostAt: Record<number, string> = { 4: "Proposal", 6: "Qualification", 7: "Negotiation" };
    const deals = fixture.deals?.map((d) => ({ ...d, lostAt: lostAt[d.row] }));
    const withExits = buildReportModel(
      { ...fixture, deals },
      { locale: "en", asOf: AS_OF, generatedAt: GENERATED_AT, source: SOURCE },
    );
    // Conversions 70% / 5/7 / 60% (sections.test.ts). Top first: 7 / 0.6 → 12 into Negotiation,
    // 12 / (5/7) = 16.8 → 17 into Proposal, 17 / 0.7 = 24.3 → 25 into Qualification.
    expect(withExits.plan?.stages?.map((s) => [s.stage, s.needed])).toEqual([
      ["Qualification", 25],
      ["Proposal", 17],
      ["Negotiation", 12],
    ]);
  });

  it("lists stalled deals (open longer than the 30-day median won cycle) and those estimated to close this year", () => {
    // Won cycles 30, 20 and 40 days: median 30. Open for 60 (D-8) and 71 days (D-10) on 30 June: stalled.
    expect(model.actions?.typicalCycleDays).toBe(30);
    expect(model.actions?.stalled.deals.map((d) => [d.id, d.ageDays])).toEqual([
      ["D-8", 60],
      ["D-10", 71],
    ]);
    expect(model.actions?.slipped).toMatchObject({ deals: [], count: 0, amount: 0 });
    // No close dates: Created + 30 days. D-11 (10 June → 10 July) and D-9 (1 June → 1 July), largest first.
    expect(model.actions?.closing.deals.map((d) => [d.id, d.closeDate, d.closeFrom])).toEqual([
      ["D-11", "2026-07-10", "estimated"],
      ["D-9", "2026-07-01", "estimated"],
    ]);
  });

  it("draws the burn-up from the monthly bookings and ramped quota, and leaves out a comparison the data cannot make", () => {
    expect(model.burnUp?.points.slice(0, 7).map((p) => [p.date, p.bookings, p.quota])).toEqual([
      ["2026-01-31", 0, 10_000],
      ["2026-02-28", 30_000, 20_000],
      ["2026-03-31", 40_000, 30_000],
      ["2026-04-30", 40_000, 42_500],
      ["2026-05-31", 60_000, 57_500],
      ["2026-06-30", 60_000, 75_000],
      ["2026-07-31", null, 95_000],
    ]);
    expect(model.burnUp?.points.at(-1)?.pace).toBe(195_000);
    // Deals start on 10 January 2026, transactions on 5 January: neither reaches back to last year or last quarter.
    expect(model.comparison).toBeUndefined();
  });
});

/**
 * The bundled example workbook, recounted from its rows with plain loops (not the report's code): the verdict,
 * the projections and the action lists must be what the rows say.
 */
describe("the example workbook's story, recounted from the rows", async () => {
  const data = await readWorkbook(readFileSync(join(packageRoot(), "examples", "goalsheet-example.xlsx")));
  const model = buildReportModel(data, {
    locale: "en",
    asOf: new Date("2026-11-15T00:00:00Z"),
    generatedAt: GENERATED_AT,
    source: SOURCE,
  });
  const deals = plainRecords(data.deals ?? []);
  const start = day("2026-01-01");
  const end = day("2026-12-31");
  const asOf = day("2026-11-15");
  const outcome = (d: (typeof deals)[number]) => String(d.outcome).toLowerCase();

  // Ramped quota per rep and month: quota / 12 × 25/50/75/100% by months since the start date; the as-of month
  // counts 15 of its 30 days.
  const due = new Map<string, number>();
  const ramped = new Map<string, number>();
  for (const rep of data.reps ?? []) {
    const started = new Date(Date.UTC(1899, 11, 30) + (rep.startDate as number) * 86_400_000);
    let toDate = 0;
    let year = 0;
    for (let m = 0; m < 12; m++) {
      const since = (2026 - started.getUTCFullYear()) * 12 + m - started.getUTCMonth();
      const monthly = ((rep.quota as number) / 12) * (since < 0 ? 0 : since >= 3 ? 1 : (since + 1) / 4);
      year += monthly;
      toDate += m < 10 ? monthly : m === 10 ? (monthly * 15) / 30 : 0;
    }
    due.set(rep.rep as string, toDate);
    ramped.set(rep.rep as string, year);
  }
  const booked = new Map<string, number>();
  for (const d of deals)
    if (outcome(d) === "won" && (d.closed as number) >= start && (d.closed as number) <= asOf)
      booked.set(d.rep as string, (booked.get(d.rep as string) ?? 0) + (d.amount as number));
  let teamBooked = 0;
  let teamDue = 0;
  let teamTarget = 0;
  for (const [rep, value] of due) {
    teamBooked += booked.get(rep) ?? 0;
    teamDue += value;
    teamTarget += ramped.get(rep) as number;
  }

  it("measures the team against its ramped quota: booked, due so far, status and what is left", () => {
    const pace = teamBooked / teamDue;
    expect(model.verdict?.booked).toBeCloseTo(teamBooked, 6);
    expect(model.verdict?.expectedToDate).toBeCloseTo(teamDue, 6);
    expect(model.verdict?.target).toBeCloseTo(teamTarget, 6);
    expect(model.verdict?.remaining).toBeCloseTo(teamTarget - teamBooked, 6);
    expect(model.verdict?.status).toBe(pace >= 1 ? "onTrack" : pace >= 0.9 ? "atRisk" : "behind");
    expect(model.verdict?.status).toBe("atRisk"); // the story the example tells
  });

  it("projects the year by run-rate and by booked + weighted pipeline due by 31 December", () => {
    const probability: Record<string, number> = {
      Qualification: 0.1,
      Discovery: 0.25,
      Proposal: 0.5,
      Negotiation: 0.75,
    };
    let weighted = 0;
    for (const d of deals)
      if (outcome(d) === "open" && (d.closed === undefined || (d.closed as number) <= end))
        weighted += (d.amount as number) * (probability[d.stage as string] as number);
    const [runRate, pipeline] = model.verdict?.projections ?? [];
    expect(runRate?.method).toBe("runRate");
    expect(runRate?.value).toBeCloseTo((teamBooked * 365) / 319, 6);
    expect(pipeline?.method).toBe("pipeline");
    expect(pipeline?.weighted).toBeCloseTo(weighted, 6);
    expect(pipeline?.value).toBeCloseTo(teamBooked + weighted, 6);
  });

  it("names the reps behind pace, worst first", () => {
    const behind = [...due]
      .map(([rep, value]) => ({ rep, pace: (booked.get(rep) ?? 0) / value }))
      .filter((r) => r.pace < 1)
      .sort((a, b) => a.pace - b.pace)
      .map((r) => r.rep);
    expect(model.verdict?.repsBehind.map((r) => r.rep)).toEqual(behind);
    expect(behind[0]).toBe("Omar Haddad");
  });

  it("lists stalled, slipped and closing deals as the rows say, largest first, five each", () => {
    const wonCycles: number[] = [];
    for (const d of deals)
      if (outcome(d) === "won" && (d.closed as number) >= (d.created as number))
        wonCycles.push(Math.floor(d.closed as number) - Math.floor(d.created as number));
    wonCycles.sort((a, b) => a - b);
    const mid = wonCycles.length >> 1;
    const median =
      wonCycles.length % 2
        ? (wonCycles[mid] as number)
        : ((wonCycles[mid - 1] as number) + (wonCycles[mid] as number)) / 2;
    const open = deals.filter((d) => outcome(d) === "open");
    const largest = (list: typeof open) =>
      [...list]
        .sort(
          (a, b) =>
            (b.amount as number) - (a.amount as number) ||
            (a.created as number) - (b.created as number) ||
            a.row - b.row,
        )
        .slice(0, 5)
        .map((d) => d.id);
    const stalled = open.filter((d) => asOf - Math.floor(d.created as number) > median);
    const slipped = open.filter((d) => d.closed !== undefined && Math.floor(d.closed) < asOf);
    const closing = open.filter((d) => d.closed !== undefined && d.closed >= asOf && d.closed <= end);
    expect(model.actions?.typicalCycleDays).toBe(median);
    expect(model.actions?.stalled.deals.map((d) => d.id)).toEqual(largest(stalled));
    expect(model.actions?.slipped.deals.map((d) => d.id)).toEqual(largest(slipped));
    expect(model.actions?.closing.deals.map((d) => d.id)).toEqual(largest(closing));
    expect([model.actions?.stalled.count, model.actions?.slipped.count, model.actions?.closing.count]).toEqual([
      stalled.length,
      slipped.length,
      closing.length,
    ]);
    expect(slipped.length).toBeGreaterThan(0);
    expect(stalled.length).toBeGreaterThan(0);
  });

  it("tells a coherent story: goals match the quotas, the CLV fit converges, last year is compared", () => {
    const teamGoal = (data.goals ?? []).find((g) => g.owner === "Team" && g.metric === "revenue");
    expect(teamGoal?.target).toBeCloseTo(teamTarget, 0);
    for (const rep of data.reps ?? []) {
      const goal = (data.goals ?? []).find((g) => g.owner === rep.rep && g.metric === "revenue");
      if (goal && goal.start === start) expect(goal.target).toBe(rep.quota);
    }
    expect(model.clv?.predictive).not.toBeNull();
    expect(model.comparison?.basis).toBe("lastYear");
  });
});
