/**
 * functions-smartcheck.js: SMARTCHECK with its nine languages, an ES module that functions.js loads on the first
 * SMARTCHECK call (on-demand.ts says why; vite.functions.config.ts builds it). The same core as in Node and the
 * pane, so a cell computes exactly what excel.SMARTCHECK returns.
 */
export { SMARTCHECK } from "../shared/smart/smartcheck.js";
