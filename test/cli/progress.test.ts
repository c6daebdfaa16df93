import { describe, expect, it } from "vitest";
import { createProgress, PROGRESS_MIN_BYTES, renderBar } from "../../generator/cli/progress.js";

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, columns: 80, written, write: (text: string) => written.push(text) };
}

describe("progress bar", () => {
  it("draws a bar with the share done", () => {
    expect(renderBar("reading big.xlsx", 45, 20)).toBe("reading big.xlsx [#########-----------]  45%");
    expect(renderBar("x", 100, 4)).toBe("x [####] 100%");
  });

  it("stays quiet when piped or when the file is small", () => {
    const piped = terminal(false);
    createProgress(piped, "reading", PROGRESS_MIN_BYTES * 10).update(0.5);
    const small = terminal(true);
    createProgress(small, "reading", PROGRESS_MIN_BYTES - 1).update(0.5);
    expect([piped.written, small.written]).toEqual([[], []]);
  });

  it("redraws on a terminal only when the percentage changes, then clears the line", () => {
    const tty = terminal(true);
    const bar = createProgress(tty, "reading", PROGRESS_MIN_BYTES);
    for (const f of [0, 0.001, 0.5, 0.501, 1]) bar.update(f);
    bar.done();
    expect(tty.written).toHaveLength(4);
    expect(tty.written[1]).toMatch(/^\rreading \[#+-+\] {2}50%$/);
    expect(tty.written[3]).toMatch(/^\r +\r$/);
  });
});
