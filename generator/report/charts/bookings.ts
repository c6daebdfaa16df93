import { linearScale, round } from "./scale.js";
import type { BookingsChart, MonthColumn } from "./types.js";

export interface MonthInput {
  readonly month: string;
  readonly date: string;
  readonly bookings: number | null;
  readonly quota: number | null;
}

const WIDTH = 640;
const HEIGHT = 240;
const AXIS_WIDTH = 70;
const TOP = 10;
const BOTTOM = 30;

/**
 * Monthly bookings as columns with each month's quota as a mark across the column. In right-to-left pages the
 * months run from right to left and the value axis sits on the right.
 */
export function bookingsChart(months: readonly MonthInput[], rtl: boolean): BookingsChart {
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const plotWidth = WIDTH - AXIS_WIDTH - 10;
  const max = Math.max(0, ...months.map((m) => Math.max(m.bookings ?? 0, m.quota ?? 0)));
  const scale = linearScale(max, plotHeight);
  const band = months.length > 0 ? plotWidth / months.length : plotWidth;
  const left = rtl ? 10 : AXIS_WIDTH;
  const axisY = TOP + plotHeight;
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
      bar:
        m.bookings === null
          ? null
          : { y: round(axisY - scale(m.bookings)), height: scale(m.bookings), value: m.bookings },
      quota: m.quota === null ? null : { y: round(axisY - scale(m.quota)), x2: round(x + width), value: m.quota },
    };
  });
  return {
    width: WIDTH,
    height: HEIGHT,
    titleKey: "bookingsVsQuota",
    columns,
    ticks: scale.ticks.map((value) => ({
      value,
      // Labels end at the edge of the axis area, so their width (which depends on the reader's fonts) can only
      // grow towards the plot, never out of the chart. The template lays tick text out left-to-right, so "end"
      // means the right edge in both directions.
      x: rtl ? WIDTH - 4 : AXIS_WIDTH - 6,
      y: round(axisY - scale(value) + 4),
      anchor: "end" as const,
    })),
    axis: { x1: left, x2: left + plotWidth, y: axisY },
    labelY: axisY + 18,
  };
}
