import { linearScale, round } from "./scale.js";
import type { BookingsChart, ColumnChart, MonthColumn } from "./types.js";

export interface MonthInput {
  readonly month: string;
  readonly date: string;
  readonly bookings: number | null;
  readonly quota: number | null;
}

const SIZES = {
  wide: { width: 640, height: 240, axis: 80, top: 10, bottom: 30, every: 1 },
  narrow: { width: 360, height: 220, axis: 66, top: 10, bottom: 28, every: 3 },
} as const;

/**
 * Monthly bookings as columns with each month's quota as a mark across the column, drawn wide (screens, paper)
 * and narrow (phones: every third month labelled), since an SVG's text shrinks with its width. In right-to-left
 * pages the months run from right to left and the value axis sits on the right.
 */
export function bookingsChart(months: readonly MonthInput[], rtl: boolean): BookingsChart {
  return { wide: columns(months, rtl, "wide"), narrow: columns(months, rtl, "narrow") };
}

function columns(months: readonly MonthInput[], rtl: boolean, size: "wide" | "narrow"): ColumnChart {
  const s = SIZES[size];
  const plotHeight = s.height - s.top - s.bottom;
  const plotWidth = s.width - s.axis - 10;
  let max = 0;
  for (const m of months) max = Math.max(max, m.bookings ?? 0, m.quota ?? 0);
  const scale = linearScale(max, plotHeight);
  const band = months.length > 0 ? plotWidth / months.length : plotWidth;
  const left = rtl ? 10 : s.axis;
  const axisY = s.top + plotHeight;
  const columns: MonthColumn[] = months.map((m, i) => {
    const slot = rtl ? months.length - 1 - i : i;
    const x = round(left + slot * band + band * 0.15);
    const width = round(band * 0.7);
    return {
      month: m.month,
      date: m.date,
      x,
      width,
      labelX: round(x + width / 2),
      labelled: i % s.every === 0,
      bar:
        m.bookings === null
          ? null
          : { y: round(axisY - scale(m.bookings)), height: scale(m.bookings), value: m.bookings },
      quota: m.quota === null ? null : { y: round(axisY - scale(m.quota)), x2: round(x + width), value: m.quota },
    };
  });
  return {
    size,
    width: s.width,
    height: s.height,
    titleKey: "bookingsVsQuota",
    columns,
    ticks: scale.ticks.map((value) => ({
      value,
      // Labels end at the edge of the axis area, so their width (which depends on the reader's fonts) can only
      // grow towards the plot, never out of the chart. The template lays tick text out left-to-right, so "end"
      // means the right edge in both directions.
      x: rtl ? s.width - 4 : s.axis - 6,
      y: round(axisY - scale(value) + 4),
      anchor: "end" as const,
    })),
    axis: { x1: left, x2: left + plotWidth, y: axisY },
    labelY: axisY + 18,
  };
}
