import { serialToIso } from "../excel/dates.js";
import { type ExcelError, valueError } from "../excel/errors.js";
import { firstFailure, notNegative } from "./rules.js";

/**
 * Where a period is heading, from what is booked so far. Two methods, named
 * wherever a projection is shown, because they answer different questions:
 *
 * - run-rate: bookings per day so far, carried to the period's end: booked × days in period / days elapsed.
 *   Days are whole and inclusive (1 January to 1 January is one day), so on the first day the projection is
 *   that day's bookings × the period's length. It assumes the rest of the period sells like the part behind.
 * - pipeline: booked + the weighted pipeline due by the period's end (Σ amount × stage probability of open
 *   deals expected to close by then). It assumes nothing new is found and open deals close at their odds.
 *
 * Adding the two would count the same future deals twice (the run-rate already includes closing today's
 * pipeline), so they are shown side by side, never summed.
 */
export function runRateProjection(booked: number, start: number, end: number, asOf: number): number | ExcelError {
  const invalid = firstFailure(
    notNegative("booked", booked),
    end >= start
      ? undefined
      : valueError(`end must not be before start (${serialToIso(start)}), got ${serialToIso(end)}`),
    asOf >= start
      ? undefined
      : valueError(`as_of must not be before start (${serialToIso(start)}), got ${serialToIso(asOf)}`),
  );
  if (invalid) return invalid;
  const elapsed = Math.min(end, Math.floor(asOf)) - start + 1;
  return (booked * (end - start + 1)) / elapsed;
}

export function pipelineProjection(booked: number, weightedPipelineDue: number): number | ExcelError {
  return (
    firstFailure(notNegative("booked", booked), notNegative("weighted_pipeline", weightedPipelineDue)) ??
    booked + weightedPipelineDue
  );
}
