import { linearScale, round } from "./scale.js";
import type { Tick } from "./types.js";

/**
 * The burn-up chart: cumulative bookings against the cumulative quota (ramped, seasonal), the straight line to
 * the target, and the two projections to the period's end. Drawn twice, wide for screens and paper and narrow
 * for phones (the stylesheet shows one), so its text stays legible at both sizes: an SVG scales its text with
 * its width. Time runs right to left in RTL pages, with the value axis on the right.
 */
export type SeriesId = "quota" | "pace" | "bookings" | "runRate" | "pipeline";

/** A point: a serial day (the value is reached at the end of it) and a cumulative amount. */
export type SeriesPoint = readonly [day: number, value: number];

export interface BurnUpInput {
  readonly start: number;
  readonly end: number;
  readonly asOf: number;
  /** First day of each month in the period (ISO for the month label, serial for the position). */
  readonly months: readonly { readonly date: string; readonly serial: number }[];
  readonly series: Readonly<Partial<Record<SeriesId, readonly SeriesPoint[]>>>;
}

export interface LineSeries {
  readonly id: SeriesId;
  /** SVG polyline points, "x,y x,y …". */
  readonly path: string;
  /** The last point, for an end marker. */
  readonly endX: number;
  readonly endY: number;
}

export interface BurnUpChart {
  readonly size: "wide" | "narrow";
  readonly width: number;
  readonly height: number;
  readonly titleKey: string;
  readonly series: readonly LineSeries[];
  readonly ticks: readonly Tick[];
  readonly grid: { readonly x1: number; readonly x2: number };
  readonly months: readonly { readonly date: string; readonly x: number }[];
  readonly labelY: number;
  readonly axis: { readonly x1: number; readonly x2: number; readonly y: number };
  /** A vertical rule at the as-of date. */
  readonly today: { readonly x: number; readonly y1: number; readonly y2: number };
}

const SIZES = {
  wide: { width: 640, height: 260, axis: 80, top: 12, bottom: 28, every: 1 },
  narrow: { width: 360, height: 240, axis: 66, top: 12, bottom: 28, every: 3 },
} as const;
const ORDER: readonly SeriesId[] = ["quota", "pace", "runRate", "pipeline", "bookings"];

export function burnUpChart(input: BurnUpInput, size: "wide" | "narrow", rtl: boolean): BurnUpChart {
  const s = SIZES[size];
  const plotWidth = s.width - s.axis - 12;
  const plotHeight = s.height - s.top - s.bottom;
  let max = 0;
  for (const id of ORDER) for (const [, v] of input.series[id] ?? []) if (v > max) max = v;
  const scale = linearScale(max, plotHeight, size === "wide" ? 5 : 4);
  const left = rtl ? 12 : s.axis;
  const days = input.end + 1 - input.start;
  const x = (day: number) => {
    const share = Math.min(1, Math.max(0, (day - input.start) / days));
    return round(rtl ? left + plotWidth * (1 - share) : left + plotWidth * share);
  };
  const axisY = s.top + plotHeight;
  const y = (v: number) => round(axisY - scale(v));
  const series: LineSeries[] = [];
  for (const id of ORDER) {
    const points = input.series[id];
    if (!points || points.length < 2) continue;
    const xy = points.map(([day, v]) => [x(day + 1), y(v)] as const);
    const last = xy[xy.length - 1] as readonly [number, number];
    series.push({ id, path: xy.map(([a, b]) => `${a},${b}`).join(" "), endX: last[0], endY: last[1] });
  }
  const months = input.months
    .filter((_, i) => i % s.every === 0)
    .map((m) => {
      const index = input.months.indexOf(m);
      const next = input.months[index + 1]?.serial ?? input.end + 1;
      return { date: m.date, x: round((x(m.serial) + x(next)) / 2) };
    });
  return {
    size,
    width: s.width,
    height: s.height,
    titleKey: "burnUp",
    series,
    ticks: scale.ticks.map((value) => ({
      value,
      // Tick labels end at the edge of the axis area (see bookings.ts), left of the plot or right of it in RTL.
      x: rtl ? s.width - 4 : s.axis - 6,
      y: round(axisY - scale(value) + 4),
      anchor: "end" as const,
    })),
    grid: { x1: left, x2: left + plotWidth },
    months,
    labelY: axisY + 18,
    axis: { x1: left, x2: left + plotWidth, y: axisY },
    today: { x: x(input.asOf + 1), y1: s.top, y2: axisY },
  };
}
