import { MAX_CELLS, MAX_COLUMNS, MAX_ROWS, readCell } from "../../shared/excel/cells.js";
import { describeThrown } from "../../shared/excel/define.js";
import { valueError } from "../../shared/excel/errors.js";
import type { ExcelResult, Matrix } from "../../shared/excel/values.js";
import { type Argument, appendSlice, type FromWorker, type OffThreadName, rowsPerSlice, sliceOf } from "./protocol.js";

/**
 * Run a long custom function (a CLV fit) on a Web Worker, so the shared runtime's thread, which the task pane and
 * every other GOALS cell share, keeps answering while it runs. Excel's shared runtime is a browser runtime on
 * Windows (WebView2), Mac (WKWebView) and the web (Office's runtimes documentation), where dedicated workers
 * exist; Microsoft's sample "Excel-custom-functions/web-worker" does the same for the same reason.
 *
 * One worker, one job at a time, in call order. The arguments go over in slices with a turn of the event loop
 * between them, and a large spill comes back the same way, so no single step holds the thread for long.
 * Whatever the worker cannot do, the function does in place, with the same core and so the same answer:
 * no Worker (or a worker script that does not load), or arguments larger than Excel's grid or unreadable
 * (the core refuses those at once). A cancelled call (Excel cancels when its inputs change or the user
 * recalculates) stops its fit: the worker is ended and a new one takes the next job.
 */
export type Inline = (name: OffThreadName, args: readonly unknown[]) => ExcelResult;

/** The part of CustomFunctions.CancelableInvocation used here. */
export interface Cancelable {
  onCanceled?: () => void;
}

interface Job {
  readonly id: number;
  readonly name: OffThreadName;
  readonly args: readonly unknown[];
  readonly resolve: (result: ExcelResult) => void;
  result?: Matrix;
  settled: boolean;
}

/** What Excel shows a call it has cancelled (it discards the value; a Node caller never gets here). */
const CANCELLED = valueError("the calculation was cancelled");

export class OffThread {
  #worker: Worker | undefined;
  #started = false;
  #broken = false;
  #current: Job | undefined;
  readonly #queue: Job[] = [];
  #nextId = 1;
  #yield: (() => Promise<void>) | undefined;

  constructor(
    private readonly url: string | undefined,
    private readonly inline: Inline,
  ) {}

  call(name: OffThreadName, args: readonly unknown[], invocation?: Cancelable): Promise<ExcelResult> {
    if (this.#broken || this.url === undefined || typeof Worker === "undefined") {
      return Promise.resolve(this.inline(name, args));
    }
    return new Promise((resolve) => {
      const job: Job = { id: this.#nextId++, name, args, resolve, settled: false };
      this.#queue.push(job);
      if (invocation) invocation.onCanceled = () => this.#cancel(job);
      this.#pump();
    });
  }

  #settle(job: Job, result: ExcelResult): void {
    if (job.settled) return;
    job.settled = true;
    job.resolve(result);
    if (this.#current === job) {
      this.#current = undefined;
      this.#pump();
    }
  }

  #pump(): void {
    if (this.#current !== undefined) return;
    const job = this.#queue.shift();
    if (job === undefined) return;
    this.#current = job;
    const worker = this.#ensureWorker();
    if (worker === undefined) {
      this.#settle(job, this.inline(job.name, job.args));
      return;
    }
    this.#send(worker, job).catch((cause) => this.#settle(job, valueError(describeThrown(cause))));
  }

  #ensureWorker(): Worker | undefined {
    if (this.#worker) return this.#worker;
    if (this.#broken || this.url === undefined) return undefined;
    try {
      const worker = new Worker(this.url);
      worker.addEventListener("message", (event: MessageEvent<FromWorker>) => this.#receive(event.data));
      worker.addEventListener("error", (event) => this.#failed(worker, event));
      worker.addEventListener("messageerror", (event) => this.#failed(worker, event));
      this.#worker = worker;
      this.#started = false;
      return worker;
    } catch {
      this.#broken = true;
      return undefined;
    }
  }

  /** The arguments in slices, a turn of the event loop between slices, then "run". */
  async #send(worker: Worker, job: Job): Promise<void> {
    const ranges: { index: number; rows: readonly unknown[] }[] = [];
    const args: Argument[] = [];
    for (const [index, arg] of job.args.entries()) {
      if (Array.isArray(arg)) {
        if (!(arg.length <= MAX_ROWS)) return this.#settle(job, this.inline(job.name, job.args));
        ranges.push({ index, rows: arg });
        args.push({ range: { rows: arg.length } });
      } else {
        const value = this.#read(arg, job);
        if (value === FAILED) return;
        args.push({ value });
      }
    }
    worker.postMessage({ type: "begin", job: job.id, name: job.name, args });
    let cells = 0;
    for (const { index, rows } of ranges) {
      const first = rows[0];
      const step = rowsPerSlice(Array.isArray(first) ? first.length : 1);
      for (let from = 0; from < rows.length; from += step) {
        await this.#turn();
        if (job.settled || this.#worker !== worker) return;
        const slice = this.#slice(rows, from, Math.min(rows.length, from + step), job);
        if (slice === FAILED) return;
        cells += slice.cells.length;
        // Past Excel's grid the core refuses the argument at once: let it say so, in place.
        if (cells > MAX_CELLS) return this.#settle(job, this.inline(job.name, job.args));
        worker.postMessage({ type: "rows", job: job.id, arg: index, slice });
      }
    }
    worker.postMessage({ type: "run", job: job.id });
  }

  /** A cell read by the core's reader; a value that throws when read is left to the core in place. */
  #read(value: unknown, job: Job): unknown {
    if (value === undefined) return undefined;
    try {
      return readCell(value);
    } catch {
      this.#settle(job, this.inline(job.name, job.args));
      return FAILED;
    }
  }

  #slice(rows: readonly unknown[], from: number, to: number, job: Job): ReturnType<typeof sliceOf> | typeof FAILED {
    try {
      for (let r = from; r < to; r++) {
        const row = rows[r];
        if (Array.isArray(row) && !(row.length <= MAX_COLUMNS)) throw new RangeError("wider than the grid");
      }
      return sliceOf(rows, from, to, true);
    } catch {
      this.#settle(job, this.inline(job.name, job.args));
      return FAILED;
    }
  }

  #receive(message: FromWorker): void {
    if (message.type === "ready") {
      this.#started = true;
      return;
    }
    const job = this.#current;
    if (job === undefined || message.job !== job.id) return;
    if (message.type === "result") {
      if (message.rows === undefined) this.#settle(job, message.value);
      else job.result = [];
    } else if (message.type === "rows") {
      if (job.result) appendSlice(job.result, message.slice);
    } else if (message.type === "done") {
      this.#settle(job, job.result ?? []);
    }
  }

  /**
   * A worker that never started (its script did not load, or the page's policy refused it) leaves every job to
   * the thread itself, now and later. One that fails during a job ends that job with the reason; the next job
   * gets a new worker.
   */
  #failed(worker: Worker, event: Event): void {
    if (this.#worker !== worker) return;
    worker.terminate();
    this.#worker = undefined;
    const job = this.#current;
    if (!this.#started) {
      this.#broken = true;
      if (job) this.#settle(job, this.inline(job.name, job.args));
      return;
    }
    const reason = event instanceof ErrorEvent && event.message ? `: ${event.message}` : "";
    if (job) this.#settle(job, valueError(`${job.name} stopped unexpectedly${reason}`));
  }

  #cancel(job: Job): void {
    const queued = this.#queue.indexOf(job);
    if (queued >= 0) this.#queue.splice(queued, 1);
    if (this.#current === job && this.#worker) {
      this.#worker.terminate();
      this.#worker = undefined;
    }
    this.#settle(job, CANCELLED);
  }

  /** One turn of the event loop, without setTimeout's 4 ms clamp (a message to ourselves). */
  #turn(): Promise<void> {
    if (this.#yield === undefined) {
      if (typeof MessageChannel === "undefined") {
        this.#yield = () => new Promise((resolve) => setTimeout(resolve, 0));
      } else {
        const channel = new MessageChannel();
        const waiting: (() => void)[] = [];
        channel.port1.onmessage = () => waiting.shift()?.();
        this.#yield = () =>
          new Promise((resolve) => {
            waiting.push(resolve);
            channel.port2.postMessage(null);
          });
      }
    }
    return this.#yield();
  }
}

const FAILED = Symbol("read in place");
