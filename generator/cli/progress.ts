/**
 * A one-line progress bar on stderr, only when stderr is a terminal and the file is large enough for the
 * wait to be noticed; otherwise (piped, CI, tests) it prints nothing, so logs and `2>file` stay clean.
 */
export interface Progress {
  update(fraction: number): void;
  done(): void;
}

export const QUIET: Progress = { update() {}, done() {} };

/** Files below this size read in well under a second: no bar. */
export const PROGRESS_MIN_BYTES = 5 * 1024 * 1024;

interface Terminal {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export function createProgress(stream: Terminal, label: string, bytes: number): Progress {
  if (!stream.isTTY || bytes < PROGRESS_MIN_BYTES) return QUIET;
  let shown = -1;
  const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 10));
  return {
    update(fraction) {
      const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
      if (percent === shown) return;
      shown = percent;
      stream.write(`\r${renderBar(label, percent, width)}`);
    },
    done() {
      if (shown >= 0) stream.write(`\r${" ".repeat(label.length + width + 8)}\r`);
    },
  };
}

/** "reading Deals.xlsx [#########-----------]  45%" */
export function renderBar(label: string, percent: number, width: number): string {
  const filled = Math.round((percent / 100) * width);
  return `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(percent).padStart(3)}%`;
}
