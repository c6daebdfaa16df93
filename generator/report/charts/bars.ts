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

/** Bars are drawn in a 0–100 wide track (the template stretches it to the row), so geometry is in percent. */
const TRACK = 100;

/**
 * Horizontal bars, one row per input. The template lays each row out in HTML (label, track, value), so the
 * words stay at the page's text size on any screen, and only the bar itself is a small stretched SVG. For
 * right-to-left pages the bars grow from the right; the row order of label and value follows the page.
 */
export function barChart(rows: readonly BarInput[], options: BarOptions): BarChart {
  let top = 0;
  for (const row of rows) if (row.value > top) top = row.value;
  const scale = linearScale(options.max ?? top, TRACK);
  const bars: Bar[] = rows.map((row) => {
    const width = scale(row.value);
    const x = options.centred ? (TRACK - width) / 2 : options.rtl ? TRACK - width : 0;
    return {
      label: shorten(row.label),
      kind: row.kind,
      ...(row.range ? { range: row.range } : {}),
      value: row.value,
      x: round(x),
      width,
    };
  });
  return {
    width: TRACK,
    titleKey: options.titleKey,
    format: options.format,
    bars,
    // A centred funnel has no meaningful axis: its widths are relative. Ticks are evenly spaced from 0 to the
    // top of the scale, so the template can spread their labels across the track.
    ticks: options.centred
      ? []
      : scale.ticks.map((value) => ({ value, x: round(options.rtl ? TRACK - scale(value) : scale(value)) })),
  };
}

/** Long names are cut in the chart (the table beside it has them in full), so labels never overlap bars. */
function shorten(label: string): string {
  const chars = [...label];
  return chars.length > 20 ? `${chars.slice(0, 19).join("")}…` : label;
}
