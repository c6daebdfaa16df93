import type { ValueFormat } from "../model/report-model.js";

/**
 * Chart geometry, computed on the server and drawn by template partials as inline SVG (no script, no style
 * attributes: colours come from classes in the stylesheet, so dark mode and print restyle them). Coordinates
 * are SVG user units in a viewBox of `width` × `height`; text positions are physical (the SVG is drawn
 * left-to-right even in an RTL page, and the geometry is mirrored for RTL instead). Charts with text inside
 * the SVG come in a wide and a narrow drawing, since an SVG's text shrinks with its width on a phone.
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
  /** Start and width of the bar in the chart's 0–100 track (mirrored for RTL). */
  readonly x: number;
  readonly width: number;
}

/** Horizontal bars (ranked values) or, centred, a funnel, laid out in HTML rows with a 0–100 SVG track each. */
export interface BarChart {
  /** The track's width in its own units (100): bar x and width are shares of it. */
  readonly width: number;
  readonly titleKey: string;
  readonly format: ValueFormat;
  readonly bars: readonly Bar[];
  /** Gridlines, evenly spaced from 0 to the top of the scale; none for a centred funnel. */
  readonly ticks: readonly { readonly value: number; readonly x: number }[];
}

export type FunnelChart = BarChart;

export interface MonthColumn {
  readonly month: string;
  /** First day of the month, ISO, for the template's month formatter. */
  readonly date: string;
  readonly x: number;
  readonly width: number;
  readonly labelX: number;
  /** Whether the month's name is written under it (the narrow drawing labels every third month). */
  readonly labelled: boolean;
  /** The bookings bar (absent for months after the as-of date). */
  readonly bar: { readonly y: number; readonly height: number; readonly value: number } | null;
  /** The quota mark: a short line across the column. */
  readonly quota: { readonly y: number; readonly x2: number; readonly value: number } | null;
}

/** Monthly bookings as columns, each month's quota as a mark across its column. */
export interface ColumnChart {
  readonly size: "wide" | "narrow";
  readonly width: number;
  readonly height: number;
  readonly titleKey: string;
  readonly columns: readonly MonthColumn[];
  readonly ticks: readonly Tick[];
  readonly axis: { readonly x1: number; readonly x2: number; readonly y: number };
  readonly labelY: number;
}

/** The same chart drawn for screens and paper (wide) and for phones (narrow); the stylesheet shows one. */
export interface BookingsChart {
  readonly wide: ColumnChart;
  readonly narrow: ColumnChart;
}
