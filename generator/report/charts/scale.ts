import { ticks } from "d3-array";

/**
 * A linear scale from [0, max] to a pixel length, with "nice" ticks from d3-array (the same tick rule as
 * d3-scale, without its DOM-free but larger dependency tree). An empty or all-zero domain becomes [0, 1] so
 * bars of 0 still draw as 0.
 */
export interface LinearScale {
  readonly max: number;
  readonly ticks: readonly number[];
  (value: number): number;
}

export function linearScale(maxValue: number, length: number, tickCount = 4): LinearScale {
  const positive = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 1;
  const values = ticks(0, positive, tickCount);
  // Extend the domain to the last tick so the top value sits under a gridline, not past the axis.
  const max = Math.max(positive, values[values.length - 1] ?? positive);
  const scale = ((value: number) => round((Math.max(0, value) / max) * length)) as LinearScale;
  return Object.assign(scale, { max, ticks: values });
}

/** Two decimals keep the SVG small and the output stable across platforms. */
export const round = (n: number): number => Math.round(n * 100) / 100;
