/**
 * Lines from a byte stream, each at most `maxBytes` long, found without ever holding more than one line and one
 * chunk: a 600 MB stdin of one line is skipped to its newline rather than read into one string (which dies at
 * V8's string limit). Lines are split at "\n" in bytes, so a multi-byte character never breaks; a trailing
 * "\r" is dropped; bytes that are not UTF-8 are reported rather than replaced.
 */
export type Line =
  | { readonly number: number; readonly text: string }
  | { readonly number: number; readonly problem: string };

const NEWLINE = 0x0a;

export async function* boundedLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let parts: Uint8Array[] = [];
  let length = 0;
  let overlong = false;
  let number = 0;

  const finish = (): Line => {
    number++;
    const total = length;
    const kept = parts;
    parts = [];
    length = 0;
    if (overlong) {
      overlong = false;
      return {
        number,
        problem: `longer than ${maxBytes.toLocaleString("en-US")} bytes (${total.toLocaleString("en-US")}); skipped`,
      };
    }
    const line = kept.length === 1 ? (kept[0] as Uint8Array) : concat(kept, total);
    const end = line.length > 0 && line[line.length - 1] === 0x0d ? line.length - 1 : line.length;
    try {
      return { number, text: decoder.decode(line.subarray(0, end)) };
    } catch {
      return { number, problem: "not valid UTF-8 text" };
    }
  };

  const take = (piece: Uint8Array) => {
    length += piece.length;
    if (overlong) return; // only counted, never kept
    if (length > maxBytes) {
      overlong = true;
      parts = [];
      return;
    }
    // A copy: the stream may reuse its chunk's memory for the next read.
    if (piece.length > 0) parts.push(piece.slice());
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, at));
      yield finish();
      start = at + 1;
    }
    take(chunk.subarray(start));
  }
  if (length > 0 || overlong) yield finish();
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const whole = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
