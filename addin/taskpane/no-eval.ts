import { z } from "zod";

/**
 * The pane's Content-Security-Policy has no 'unsafe-eval'. Zod (the workbook contract's schemas) probes whether
 * it may compile validators with `new Function` the first time a schema runs; the probe is caught, but the
 * browser still reports it as a policy violation. Zod's own switch turns the probe and the compiling off.
 * Imported first by main.ts, before any schema runs.
 */
z.config({ jitless: true });
