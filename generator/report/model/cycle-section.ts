import { cycleDays, dealSize } from "../../../shared/kpi/deals.js";
import { type Distribution, distributionOf } from "../../../shared/kpi/distribution.js";
import { cellAddress, quoteSheet } from "../problems.js";
import type { ModelContext } from "./context.js";
import { BLANK_GROUP, type DealStats } from "./deal-stats.js";
import { all, filter, formula, num, sumproduct } from "./formulas.js";
import type { CycleSection, DistributionFigures, ReportNote } from "./report-model.js";
import { closedCondition } from "./scope.js";
import { MAX_GROUPS } from "./win-rate-section.js";

/** At most this many places are named in a note; the count says how many there are. */
const PLACES = 5;

/**
 * Sales cycle (days from Created to Closed) and deal size of the won deals the deal scope counts, with the
 * mean size per segment: the core's cycleDays (a deal closed before it was created has no cycle: left out and
 * noted), its distribution (PERCENTILE.INC quartiles) and =GOALS.DEALSIZE's average.
 */
export function cycleSection(ctx: ModelContext, stats: DealStats | undefined): CycleSection | undefined {
  if (!stats || !ctx.deals || stats.wonAmounts.length + stats.wonCreated.length === 0) return undefined;
  const { book } = ctx;
  const won = all(closedCondition(ctx.deals.scope, book), book.outcomeIs("won"));
  const cycle = cycleDays(stats.wonCreated, stats.wonClosed);
  const created = book.col("deals", "created");
  const closed = book.col("deals", "closed");
  const dated = all(won, book.present("deals", "created"), book.present("deals", "closed"));
  const cycleFigures = figures(distributionOf(cycle.days), {
    counted: all(dated, `(${closed}>=${created})`),
    values: `${closed}-${created}`,
    average: (median) =>
      `GOALS.SALESCYCLE(${[created, closed, book.col("deals", "outcome")].map((c) => filter(c, dated)).join(",")}${median ? ',"won","median"' : ""})`,
  });
  const sized = all(won, book.present("deals", "amount"));
  const amount = book.col("deals", "amount");
  const sizeFigures = figures(distributionOf(stats.wonAmounts), {
    counted: sized,
    values: amount,
    average: (median) =>
      `GOALS.DEALSIZE(${filter(amount, sized)},${filter(book.col("deals", "outcome"), sized)}${median ? ',"won","median"' : ""})`,
  });
  const bySegment = [...stats.sizeBySegment]
    .filter(([name]) => name !== BLANK_GROUP || stats.sizeBySegment.size > 1)
    .sort((a, b) => b[1].deals - a[1].deals || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_GROUPS)
    .map(([name, s]) => {
      const rows = all(sized, book.groupIs("deals", "segment", name === BLANK_GROUP ? "" : name));
      return {
        label: name === BLANK_GROUP ? "" : name,
        kind: name === BLANK_GROUP ? ("blank" as const) : ("data" as const),
        deals: s.deals,
        meanSize: dealSize(s.amounts) as number,
        formulas: {
          deals: formula(sumproduct(rows)),
          meanSize: formula(`GOALS.DEALSIZE(${filter(amount, rows)},${filter(book.col("deals", "outcome"), rows)})`),
        },
      };
    });
  const notes: ReportNote[] = [];
  const skipped = cycle.closedBeforeCreated.length;
  if (skipped > 0) {
    const sheet = ctx.data.sources.deals;
    const column = sheet?.columns.closed;
    const places = cycle.closedBeforeCreated
      .slice(0, PLACES)
      .map((i) =>
        sheet && column ? `${quoteSheet(sheet.sheet)}!${cellAddress(stats.wonRows[i] as number, column)}` : "",
      )
      .filter((p) => p !== "");
    notes.push({
      code: "closedBeforeCreated",
      values: { count: skipped, places: places.join(", ") + (skipped > places.length ? ", …" : "") },
      formula: formula(sumproduct(all(dated, `(${closed}<${created})`))),
    });
  }
  return {
    cycleDays: cycleFigures,
    dealSize: sizeFigures,
    bySegment,
    scope: ctx.deals.scope.scope,
    ...(notes.length > 0 ? { notes } : {}),
  };
}

interface DistributionFormulas {
  /** 1 for each value counted. */
  readonly counted: string;
  /** The values, one per row (an array expression). */
  readonly values: string;
  /** The GOALS average over the same deals, mean or median. */
  readonly average: (median: boolean) => string;
}

function figures(d: Distribution | undefined, f: DistributionFormulas): DistributionFigures | null {
  if (d === undefined) return null;
  const quartile = (q: number) => formula(`PERCENTILE.INC(${filter(f.values, f.counted)},${num(q)})`);
  return {
    ...d,
    formulas: {
      count: formula(sumproduct(f.counted)),
      mean: formula(f.average(false)),
      median: formula(f.average(true)),
      p25: quartile(0.25),
      p75: quartile(0.75),
    },
  };
}
