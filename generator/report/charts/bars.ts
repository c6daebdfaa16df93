import type { ValueFormat } from "../model/report-model.js";
import { linearScale, round } from "./scale.js";
import type { Bar, BarChart, BarRange } from "./types.js";

export interface BarInput {
  readonly label: string;
  readonly kind: "data" | "blank" | "other" | "won";
  readonly range?: BarRange;
  readonly value: number;
}

export interface BarOptions {
  readonly titleKey: string;
  readonly format: ValueFormat;
  readonly rtl: boolean;
  /** Centre each bar on the plot (a funnel) instead of starting it at the axis. */
  readonly centred?: boolean;
  /** Fix the top of the scale (1 for percentages). */
  readonly max?: number;
}

const WIDTH = 640;
const LABEL_WIDTH = 150;
const VALUE_WIDTH = 80;
const ROW = 26;
const BAR = 18;
const TOP = 4;
const AXIS_SPACE = 22;

/** Horizontal bars, one row per input, mirrored for right-to-left pages (labels on the right, bars grow left). */
export function barChart(rows: readonly BarInput[], options: BarOptions): BarChart {
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const max = options.max ?? Math.max(0, ...rows.map((r) => r.value));
  const scale = linearScale(max, plot);
  // The plot's start edge (where bars begin) in physical x.
  const origin = options.rtl ? WIDTH - LABEL_WIDTH : LABEL_WIDTH;
  const direction = options.rtl ? -1 : 1;
  const bars: Bar[] = rows.map((row, i) => {
    const width = scale(row.value);
    const y = TOP + i * ROW;
    const start = options.centred ? origin + direction * ((plot - width) / 2) : origin;
    const x = options.rtl ? start - width : start;
    return {
      label: shorten(row.label),
      kind: row.kind,
      ...(row.range ? { range: row.range } : {}),
      value: row.value,
      x: round(x),
      y,
      width,
      height: BAR,
      labelX: options.rtl ? WIDTH - LABEL_WIDTH + 8 : LABEL_WIDTH - 8,
      labelY: y + BAR / 2 + 5,
      labelAnchor: options.rtl ? "start" : "end",
      valueX: round(options.rtl ? x - 6 : x + width + 6),
      valueAnchor: options.rtl ? "end" : "start",
    };
  });
  const axisY = TOP + rows.length * ROW + 2;
  return {
    width: WIDTH,
    height: axisY + AXIS_SPACE,
    titleKey: options.titleKey,
    format: options.format,
    bars,
    // A centred funnel has no meaningful axis: its widths are relative.
    ticks: options.centred
      ? []
      : scale.ticks.map((value) => ({
          value,
          x: round(origin + direction * scale(value)),
          y: axisY + 16,
          anchor: "middle" as const,
        })),
    axis: { x1: options.rtl ? origin - plot : origin, x2: options.rtl ? origin : origin + plot, y: axisY },
  };
}

/** Long names are cut in the chart (the table beside it has them in full), so labels never overlap bars. */
function shorten(label: string): string {
  const chars = [...label];
  return chars.length > 20 ? `${chars.slice(0, 19).join("")}…` : label;
}
