/**
 * Stage-to-stage conversion (docs/domain.md, "Funnel"): the share of the deals that reached stage k that also
 * reached stage k + 1, the last stage converting into won deals. A deal reached every stage up to the furthest
 * it got: an open deal the stage it is at, a lost deal the stage it left at, a won deal all of them.
 *
 * A lost deal whose exit stage is unknown (its Stage is an end state such as "Closed lost" and nothing records
 * where it left) entered the funnel, so it counts at the first stage; but then no conversion can be known (it
 * might have left at any stage), so every conversion is null rather than a guess: counting it as leaving at the
 * first stage would show later stages converting at 90% when half the deals are lost.
 */
export interface FunnelReach {
  /** Deals that reached each stage. */
  readonly reached: number[];
  /** reached(k + 1) / reached(k) (won / reached for the last stage); null when unknowable or nothing reached. */
  readonly conversion: (number | null)[];
}

/**
 * @param furthest deals whose furthest stage is stage k (open there, or left there), per stage in funnel order
 * @param won won deals (they reached every stage)
 * @param exitUnknown lost deals that entered the funnel but left at a stage the data does not say
 */
export function funnelReach(furthest: readonly number[], won: number, exitUnknown: number): FunnelReach {
  const reached = new Array<number>(furthest.length);
  let later = won;
  for (let k = furthest.length - 1; k >= 0; k--) {
    later += furthest[k] as number;
    reached[k] = later;
  }
  if (reached.length > 0) reached[0] = (reached[0] as number) + exitUnknown;
  const conversion = reached.map((here, k) => {
    if (exitUnknown > 0 || here === 0) return null;
    const next = k + 1 < reached.length ? (reached[k + 1] as number) : won;
    return next / here;
  });
  return { reached, conversion };
}
