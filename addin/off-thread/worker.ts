// The CLV worker: a plain script (IIFE) that Excel's shared runtime starts beside functions.js, so the model
// fits run on their own thread and the task pane (and every other GOALS cell) keeps answering meanwhile.
// It runs the core's own CLVFIT and CLVPREDICT, the functions `excel.CLVFIT` calls in Node: same code, same
// results. Arguments arrive as slices (protocol.ts) and a large result goes back the same way.
import { CLVFIT, CLVPREDICT } from "../../shared/clv/clvfit.js";
import type { ExcelFunction } from "../../shared/excel/define.js";
import type { Matrix } from "../../shared/excel/values.js";
import { appendSlice, type FromWorker, type OffThreadName, rowsPerSlice, sliceOf, type ToWorker } from "./protocol.js";

const FUNCTIONS: Record<OffThreadName, ExcelFunction> = { CLVFIT, CLVPREDICT };

interface Job {
  readonly name: OffThreadName;
  readonly args: unknown[];
}

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToWorker>) => void): void;
};
const jobs = new Map<number, Job>();

scope.addEventListener("message", ({ data }) => {
  if (data.type === "begin") {
    const args = data.args.map((a) => ("range" in a ? ([] as Matrix) : a.value));
    jobs.set(data.job, { name: data.name, args });
  } else if (data.type === "rows") {
    const job = jobs.get(data.job);
    if (job) appendSlice(job.args[data.arg] as Matrix, data.slice);
  } else if (data.type === "run") {
    const job = jobs.get(data.job);
    jobs.delete(data.job);
    if (job) run(data.job, job);
  }
});

function run(id: number, job: Job): void {
  const result = FUNCTIONS[job.name](...job.args);
  if (!Array.isArray(result)) {
    scope.postMessage({ type: "result", job: id, value: result });
    return;
  }
  // A spill of a hundred thousand customers goes back in slices too, so receiving it never blocks the pane.
  scope.postMessage({ type: "result", job: id, value: [], rows: result.length });
  const width = result[0]?.length ?? 1;
  const step = rowsPerSlice(width);
  for (let from = 0; from < result.length; from += step) {
    scope.postMessage({
      type: "rows",
      job: id,
      slice: sliceOf(result, from, Math.min(result.length, from + step), false),
    });
  }
  scope.postMessage({ type: "done", job: id });
}

scope.postMessage({ type: "ready" });
