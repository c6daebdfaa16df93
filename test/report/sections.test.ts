import { describe, expect, it } from "vitest";
import type { GoalRow } from "../../generator/report/model/report-model.js";
import { buildReportModel } from "../../generator/report/pipeline.js";
import type { WorkbookData } from "../../generator/report/workbook/data.js";
import { smartCheck } from "../../shared/smart/engine.js";
import { AS_OF, fixture, GENERATED_AT, SOURCE } from "./fixture.js";

const build = (data: WorkbookData = fixture, locale = "en") =>
  buildReportModel(data, { locale, asOf: AS_OF, generatedAt: GENERATED_AT, source: SOURCE });

/** The report lists goals worst first; these checks read them in sheet order. */
const bySheetRow = (rows: readonly GoalRow[] | undefined): GoalRow[] => [...(rows ?? [])].sort((a, b) => a.row - b.row);

/** Every figure below is worked out by hand from fixture.ts; the sums are in the comments. */
describe("buildReportModel(data, options) on the hand-checked fixture", () => {
  const model = build();

  it("takes the header from the options and the fiscal year from the as-of date", () => {
    expect(model).toMatchObject({
      modelVersion: 1,
      locale: "en",
      direction: "ltr",
      currency: "EUR",
      asOf: "2026-06-30",
      period: { start: "2026-01-01", end: "2026-12-31" },
      generatedAt: "2026-07-01T08:00:00.000Z",
    });
  });

  it("computes KPI tiles for the fiscal year to date through the metric registry", () => {
    const tiles = Object.fromEntries(model.kpis.map((k) => [k.id, k.value]));
    expect(tiles).toEqual({
      revenue: 60_000, // won and closed in Jan–Jun: 30,000 + 10,000 + 20,000
      win_rate: 0.6, // 3 won / (3 won + 2 lost)
      deal_size: 20_000, // 60,000 / 3 won deals
      cycle: 30, // (30 + 20 + 40) / 3 days
      pipeline: 100_000, // open: 40,000 + 10,000 + 20,000 + 30,000
      customers: 3, // C1, C2, C3
      clv: 1000 / 3, // 1,000 revenue / 3 customers
      cac: 500, // 1,500 spend / 3 new customers (C1, C2, C3 all first bought in 2026)
      ltv_cac: 1000 / 3 / 500, // clv / cac
      attainment: 0.8, // 60,000 booked / 75,000 quota due
      coverage: 100_000 / 135_000, // open pipeline / (195,000 − 60,000)
    });
  });

  it("ramps a new rep's quota 25/50/75% and measures attainment against the quota due so far", () => {
    const [ana, ben] = model.quota?.rows ?? [];
    // Ana: 10,000 a month, Jan–Jun all due.
    expect(ana).toMatchObject({ rampedQuota: 120_000, quotaToDate: 60_000, bookings: 40_000, ramping: false });
    expect(ana?.attainment).toBeCloseTo(2 / 3, 12);
    // Ben starts in April: 0, 0, 0, 2,500, 5,000, 7,500, then 10,000 × 6 → 75,000; due by June: 15,000.
    expect(ben).toMatchObject({ rampedQuota: 75_000, quotaToDate: 15_000, bookings: 20_000, ramping: true });
    expect(ben?.attainment).toBeCloseTo(4 / 3, 12);
    expect(model.quota?.team).toMatchObject({ annualQuota: 240_000, rampedQuota: 195_000, attainment: 0.8 });
  });

  it("books won amounts by close month against the team's ramped monthly quota", () => {
    expect(model.bookings?.months.map((m) => [m.month, m.bookings, m.quota])).toEqual([
      ["2026-01", 0, 10_000],
      ["2026-02", 30_000, 10_000],
      ["2026-03", 10_000, 10_000],
      ["2026-04", 0, 12_500],
      ["2026-05", 20_000, 15_000],
      ["2026-06", 0, 17_500],
      ...["07", "08", "09", "10", "11", "12"].map((m) => [`2026-${m}`, null, 20_000]),
    ]);
    expect(model.bookings?.quotaTotal).toBe(195_000);
  });

  it("orders funnel stages by Settings probability, and shows no conversion where lost deals left is unknown", () => {
    // Reached: Qualification = all 10 deals (the 3 closed at "Closed lost/no decision" entered the funnel);
    // Proposal = 1 open + 1 open later + 3 won; Negotiation = 1 + 3 won. Where the 3 left is not in the data,
    // so no stage-to-stage conversion can be known.
    expect(model.funnel?.stages.map((s) => [s.stage, s.reached, s.conversion])).toEqual([
      ["Qualification", 10, null],
      ["Proposal", 5, null],
      ["Negotiation", 4, null],
    ]);
    expect(model.funnel).toMatchObject({ won: 3, lost: 3, exitUnknown: 3 });
    expect(model.funnel?.notes).toMatchObject([{ code: "funnelNoExitStage", values: { count: 3 } }]);
  });

  it("converts stage to stage (docs/domain.md, Funnel) when a Lost at stage column says where deals left", () => {
    const lostAt: Record<number, string> = { 4: "Proposal", 6: "Qualification", 7: "Negotiation" };
    const deals = fixture.deals?.map((d) => ({ ...d, lostAt: lostAt[d.row] }));
    const funnel = build({ ...fixture, deals }).funnel;
    // Furthest stage: Qualification 2 open + 1 lost, Proposal 1 + 1, Negotiation 1 + 1 (no decision); 3 won.
    // Reached: Negotiation 2 + 3 = 5, Proposal 5 + 2 = 7, Qualification 7 + 3 = 10.
    expect(funnel?.stages.map((s) => [s.stage, s.reached, s.conversion])).toEqual([
      ["Qualification", 10, 0.7],
      ["Proposal", 7, 5 / 7],
      ["Negotiation", 5, 0.6],
    ]);
    expect(funnel?.notes).toBeUndefined();
  });

  it("weights the pipeline by stage probability and compares it with the remaining target", () => {
    // 40,000 × 10% + 40,000 × 50% + 20,000 × 80% = 4,000 + 20,000 + 16,000.
    expect(model.pipeline).toMatchObject({
      openAmount: 100_000,
      weightedForecast: 40_000,
      probabilitiesFrom: "settings",
      target: 195_000,
      targetFrom: "quota",
      remaining: 135_000,
    });
    expect(model.pipeline?.neededCoverage).toBeCloseTo(1 / 0.6, 12);
    expect(model.pipeline?.expectedShareOfRemaining).toBeCloseTo(40_000 / 135_000, 12);
  });

  it("falls back to the closed win rate for every stage when Settings has no probabilities", () => {
    const bare = build({ ...fixture, settings: { stageProbabilities: {}, rows: {} } });
    expect(bare.pipeline?.probabilitiesFrom).toBe("winRate");
    expect(bare.pipeline?.weightedForecast).toBeCloseTo(100_000 * 0.6, 6);
    expect(bare.currency).toBe("USD");
  });

  it("breaks the win rate down by rep, region, competitor and segment", () => {
    const byRep = model.winRate?.breakdowns.find((b) => b.dimension === "rep")?.rows;
    expect(byRep?.map((r) => [r.label, r.rate, r.won, r.lost, r.noDecision, r.open])).toEqual([
      ["Ana", 2 / 3, 2, 1, 0, 2],
      ["Ben", 0.5, 1, 1, 1, 2],
    ]);
    expect(model.winRate?.breakdowns.map((b) => b.dimension)).toEqual(["rep", "region", "competitor", "segment"]);
    const byCompetitor = model.winRate?.breakdowns.find((b) => b.dimension === "competitor")?.rows;
    // Acme: won 1, lost 1 (+1 no decision, 1 open); Globex: won 1, lost 1; None: won 1.
    expect(byCompetitor?.map((r) => [r.label, r.rate])).toEqual([
      ["Acme", 0.5],
      ["Globex", 0.5],
      ["None", 1],
    ]);
  });

  it("summarises the sales cycle and deal size of won deals (quartiles as PERCENTILE.INC)", () => {
    expect(model.cycle?.cycleDays).toMatchObject({ count: 3, mean: 30, median: 30, p25: 25, p75: 35 });
    expect(model.cycle?.dealSize).toMatchObject({ count: 3, mean: 20_000, median: 20_000, p25: 15_000, p75: 25_000 });
    expect(model.cycle?.bySegment.map((s) => [s.label, s.deals, s.meanSize])).toEqual([
      ["Enterprise", 2, 25_000],
      ["SMB", 1, 10_000],
    ]);
  });

  it("binds goals to metrics, lets Current override, and paces them against their dates", () => {
    const rows = bySheetRow(model.goals?.rows).map((g) => [
      g.metric,
      g.metricFrom,
      g.current,
      g.currentFrom,
      g.progress,
      g.status,
    ]);
    expect(rows).toEqual([
      // 60,000 of 100,000 with 181 of 365 days gone: ahead of pace.
      ["revenue", "sheet", 60_000, "computed", 0.6, "onTrack"],
      // Ana's deals closed Jan–Jun: 2 won, 1 lost → 2/3; (2/3 − 0.5) / 0.2 = 0.833; the deadline has passed.
      ["win_rate", "inferred", 2 / 3, "computed", expect.closeTo(5 / 6, 12), "missed"],
      // Mean cycle 30 days: (30 − 45) / (25 − 45) = 0.75 (a metric that goes down).
      ["cycle", "sheet", 30, "computed", 0.75, "onTrack"],
      // NPS is not computed from the data: Current 32 from 30 towards 50 is 10%, behind half a year in.
      [null, "none", 32, "sheet", expect.closeTo(0.1, 12), "behind"],
    ]);
    expect(model.goals?.counts).toMatchObject({ onTrack: 2, missed: 1, behind: 1 });
  });

  it("lists goals worst first: missed, behind, at risk, no data, on track, achieved; slowest first within each", () => {
    // Cycle (row 4): progress 0.75 at 181/364 elapsed = 1.51 of the pace; revenue (row 2): 0.6 / 0.497 = 1.21.
    expect(model.goals?.rows.map((g) => [g.row, g.status])).toEqual([
      [3, "missed"],
      [5, "behind"],
      [2, "onTrack"],
      [4, "onTrack"],
    ]);
  });

  it("judges each goal with SMARTCHECK, and takes a blank Metric from SMARTCHECK's metric", () => {
    const [revenue, winRate] = bySheetRow(model.goals?.rows);
    expect(revenue?.smart?.criteria.map((c) => c.letter)).toEqual(["S", "M", "A", "R", "T"]);
    expect(revenue?.smart?.criteria.find((c) => c.letter === "T")?.verdict).toBe("pass");
    expect(winRate).toMatchObject({ metric: "win_rate", metricFrom: "inferred" });
    const stub = () => ({ ...smartCheck("Grow revenue 5% by Q4"), metric: null });
    const withStub = buildReportModel(fixture, {
      locale: "en",
      asOf: AS_OF,
      generatedAt: GENERATED_AT,
      source: SOURCE,
      smartCheck: stub,
    });
    // SMARTCHECK found no metric in the text, so the blank Metric stays unbound.
    expect(bySheetRow(withStub.goals?.rows)[1]).toMatchObject({
      metric: null,
      metricFrom: "none",
      current: null,
      status: "unknown",
    });
  });

  it("keeps historical customer value and says why the predictive models are not shown", () => {
    expect(model.clv).toMatchObject({
      customers: 3,
      transactions: 4,
      revenue: 1000,
      averageOrderValue: 250,
      predictive: null,
    });
    // As data, worded per locale (templates/locales/*.json, note.clvTooFewRepeat).
    expect(model.clv?.predictiveNote).toEqual({
      code: "clvTooFewRepeat",
      values: { needed: 10, repeat: 1, customers: 3 },
    });
  });

  it("leaves out every section whose data is missing", () => {
    const goalsOnly = build({ date1904: false, sources: {}, warnings: [], goals: fixture.goals });
    expect(Object.keys(goalsOnly).filter((k) => !["kpis"].includes(k))).not.toContain("winRate");
    expect(goalsOnly).not.toHaveProperty("quota");
    expect(goalsOnly).not.toHaveProperty("funnel");
    expect(goalsOnly).not.toHaveProperty("clv");
    expect(goalsOnly.goals?.rows).toHaveLength(4);
  });

  it("mirrors chart geometry for right-to-left locales", () => {
    const ar = build(fixture, "ar");
    expect(ar.direction).toBe("rtl");
    const ltrBar = model.quota?.chart.bars[0];
    const rtlBar = ar.quota?.chart.bars[0];
    expect(rtlBar?.width).toBe(ltrBar?.width);
    // Mirror image across the bar's 0–100 track.
    expect((rtlBar?.x ?? 0) + (rtlBar?.width ?? 0)).toBeCloseTo(100 - (ltrBar?.x ?? 0), 6);
    // 180 of 364 days from start to deadline have passed (=GOALS.PACING's elapsed share): marker at 49.5%.
    expect(bySheetRow(ar.goals?.rows)[0]?.bar).toEqual({ x: 40, width: 60, markerX: 50.5 });
  });
});
