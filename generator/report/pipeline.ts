import { dateToSerial } from "../../shared/excel/dates.js";
import { smartCheck } from "../../shared/smart/engine.js";
import { acquisition } from "./model/acquisition.js";
import { actionsSection } from "./model/actions.js";
import { bookingsSection } from "./model/bookings-section.js";
import { burnUpSection } from "./model/burn-up.js";
import { clvSection } from "./model/clv-section.js";
import { comparisonSection } from "./model/comparison.js";
import { type ModelContext, modelContext } from "./model/context.js";
import { cycleSection } from "./model/cycle-section.js";
import { scanDeals } from "./model/deal-scan.js";
import { type DealStats, dealStats } from "./model/deal-stats.js";
import { dropUncheckable } from "./model/formulas.js";
import { funnelSection } from "./model/funnel-section.js";
import { goalsSection, type SmartChecker } from "./model/goals-section.js";
import { kpiTiles } from "./model/kpi-tiles.js";
import { fiscalPeriod, isoOfSerial } from "./model/period.js";
import { pipelineSection } from "./model/pipeline-section.js";
import { planSection } from "./model/plan.js";
import { quotaSection, teamMonthlyQuota } from "./model/quota-section.js";
import { repsSection } from "./model/rep-view.js";
import { REPORT_MODEL_VERSION, type ReportModel } from "./model/report-model.js";
import { goalsWorstFirst, remainingFigure, verdict } from "./model/verdict.js";
import { winRateSection } from "./model/win-rate-section.js";
import { type Labels, renderReport, type TemplateSet } from "./render/render.js";
import type { WorkbookData } from "./workbook/data.js";

/**
 * The report pipeline, browser-safe (no node imports): the CLI calls it with a workbook read by exceljs, the
 * Excel task pane with one read through Office.js. WorkbookData in, report model out, HTML from the model.
 */
export interface ReportOptions {
  /** A locale the templates have labels for (en, zh, nl, ar); Arabic is laid out right to left. */
  readonly locale: string;
  readonly asOf: Date;
  readonly generatedAt: Date;
  readonly source: { readonly name: string; readonly sha256: string };
  /** ISO 4217 code; defaults to the Settings sheet's currency, then USD. */
  readonly currency?: string;
  readonly title?: string;
  /** Replaces SMARTCHECK (shared/smart), which judges each goal and names the metric of a blank Metric cell. */
  readonly smartCheck?: SmartChecker;
}

const RTL_LANGUAGES = new Set(["ar", "he", "fa", "ur"]);

export function buildReportModel(data: WorkbookData, options: ReportOptions): ReportModel {
  const language = options.locale.toLowerCase().split("-")[0] as string;
  const rtl = RTL_LANGUAGES.has(language);
  const period = fiscalPeriod(Math.floor(dateToSerial(options.asOf)), data.settings?.fiscalYearStart ?? 1);
  const ctx = modelContext(data, period, rtl);
  const probabilities = data.settings?.stageProbabilities ?? {};
  const stats: DealStats | undefined = ctx.deals ? dealStats(ctx.deals) : undefined;
  const teamQuota = teamMonthlyQuota(ctx);
  const quota = quotaSection(ctx, stats);
  const pipeline = pipelineSection(ctx, { stats, probabilities, teamQuota: teamQuota?.year });
  const goals = goalsSection(ctx, options.smartCheck ?? smartCheck);
  const sections = {
    goals: goals && { ...goals, rows: goalsWorstFirst(goals.rows) },
    quota,
    winRate: winRateSection(ctx, stats),
    funnel: funnelSection(ctx, stats, probabilities),
    pipeline,
    bookings: bookingsSection(ctx, stats, teamQuota),
    cycle: cycleSection(ctx, stats),
    clv: clvSection(ctx, acquisition(ctx, { from: period.start, to: period.asOf })),
  };
  const kpis = kpiTiles(ctx, quota, pipeline);
  const story = storySections(ctx, sections, kpis);
  // Absent sections are left out (not `undefined`), so the JSON model lists only what the report shows.
  const present = Object.fromEntries(Object.entries({ ...story, ...sections }).filter(([, v]) => v !== undefined));
  dropUncheckable(present);
  dropUncheckable(kpis);
  return {
    modelVersion: REPORT_MODEL_VERSION,
    title: options.title ?? "",
    locale: language,
    direction: rtl ? "rtl" : "ltr",
    currency: options.currency ?? data.settings?.currency ?? "USD",
    generatedAt: options.generatedAt.toISOString(),
    asOf: isoOfSerial(period.asOf),
    period: { start: isoOfSerial(period.start), end: isoOfSerial(period.end) },
    source: { name: options.source.name, sha256: options.source.sha256 },
    kpis,
    ...readNotes(data),
    ...present,
  };
}

/**
 * The story sections (verdict, burn-up, plan, actions, comparison, per rep) read the figures the other sections
 * show (quota, bookings, goals, funnel, key figures) and add only what those lack, so no two figures disagree.
 */
function storySections(
  ctx: ModelContext,
  sections: Pick<ReportModel, "quota" | "goals" | "bookings" | "funnel" | "winRate" | "cycle" | "pipeline">,
  kpis: ReportModel["kpis"],
) {
  const { data, period } = ctx;
  const rate = sections.winRate?.overall;
  const median = sections.cycle?.cycleDays;
  const scan = scanDeals(ctx, {
    probabilities: data.settings?.stageProbabilities ?? {},
    // A stage without a probability is weighted at the closed win rate, as the pipeline section weights it.
    fallbackProbability:
      rate && rate.rate !== null && rate.formulas.rate
        ? { value: rate.rate, formula: rate.formulas.rate }
        : { value: 0, formula: "=0" },
    typicalCycle: median?.formulas.median ? { value: median.median, formula: median.formulas.median } : undefined,
    stageTable: sections.pipeline?.byStage ?? [],
    ...(data.settings?.actionListLength !== undefined ? { limit: data.settings.actionListLength } : {}),
  });
  const tile = (id: string) => {
    const k = kpis.find((t) => t.id === id);
    return k?.formulas.value ? { value: k.value, formula: k.formulas.value } : undefined;
  };
  const teamRates = { winRate: tile("win_rate"), dealSize: tile("deal_size") };
  const reps = repsSection(ctx, { quota: sections.quota, goals: sections.goals, scan, teamRates });
  const repNames = new Set<string>();
  for (const r of data.reps ?? []) if (r.rep) repNames.add(r.rep.trim().toLowerCase());
  for (const r of reps?.reps ?? []) repNames.add(r.rep.trim().toLowerCase());
  const summary = verdict({ period, quota: sections.quota, goals: sections.goals, reps, scan, repNames });
  return {
    verdict: summary,
    burnUp: burnUpSection(ctx, summary, sections.bookings),
    plan: planSection(remainingFigure(summary), teamRates, sections.funnel, reps?.reps ?? []),
    actions: actionsSection(scan),
    comparison: comparisonSection(ctx),
    reps,
  };
}

/**
 * What the import noticed and did (rows left out, a column read as another, Outcome taken from Stage), as the
 * command line printed it: the report's reader sees the same caveats as the person who ran it. Left out when
 * there are none.
 */
function readNotes(data: WorkbookData): { readNotes?: readonly string[] } {
  const lines = [...data.warnings, ...(data.notes ?? [])];
  return lines.length > 0 ? { readNotes: lines } : {};
}

/** Render the model with a template set and the locale's labels: one self-contained HTML page. */
export function renderReportHtml(model: ReportModel, templates: TemplateSet, labels: Labels): Promise<string> {
  return renderReport(model, templates, labels);
}
