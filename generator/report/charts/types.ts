import type { ValueFormat } from "../model/report-model.js";

/**
 * Chart geometry, computed on the server and drawn by template partials as inline SVG (no script, no style
 * attributes: colours come from classes in the stylesheet, so dark mode and print restyle them). Coordinates
 * are SVG user units in a viewBox of `width` × `height`; text positions are physical (the SVG is drawn
 * left-to-right even in an RTL page, and the geometry is mirrored for RTL instead).
 */
export type Anchor = "start" | "middle" | "end";

export interface Tick {
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly anchor: Anchor;
}

/** A bar that stands for a band of values (P(alive) 10%–20%): the template formats the ends through Intl. */
export interface BarRange {
  readonly from: number;
  readonly to: number;
  readonly format: ValueFormat;
}

export interface Bar {
  readonly label: string;
  readonly kind: "data" | "blank" | "other" | "won";
  /** Set for a band: then `label` is only a plain-text fallback and templates show the formatted range. */
  readonly range?: BarRange;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly labelX: number;
  readonly labelY: number;
  readonly labelAnchor: Anchor;
  readonly valueX: number;
  readonly valueAnchor: Anchor;
}

/** Horizontal bars (ranked values) or, centred, a funnel. */
export interface BarChart {
  readonly width: number;
  readonly height: number;
  readonly titleKey: string;
  readonly format: ValueFormat;
  readonly bars: readonly Bar[];
  readonly ticks: readonly Tick[];
  /** Baseline of the axis, for tick marks. */
  readonly axis: { readonly x1: number; readonly x2: number; readonly y: number };
}

export type FunnelChart = BarChart;

export interface MonthColumn {
  readonly month: string;
  /** First day of the month, ISO, for the template's month formatter. */
  readonly date: string;
  readonly x: number;
  readonly width: number;
  readonly labelX: number;
  /** The bookings bar (absent for months after the as-of date). */
  readonly bar: { readonly y: number; readonly height: number; readonly value: number } | null;
  /** The quota mark: a short line across the column. */
  readonly quota: { readonly y: number; readonly x2: number; readonly value: number } | null;
}

/** Monthly bookings as columns, each month's quota as a mark across its column. */
export interface BookingsChart {
  readonly width: number;
  readonly height: number;
  readonly titleKey: string;
  readonly columns: readonly MonthColumn[];
  readonly ticks: readonly Tick[];
  readonly axis: { readonly x1: number; readonly x2: number; readonly y: number };
  readonly labelY: number;
}
