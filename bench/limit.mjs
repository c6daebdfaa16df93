/**
 * The "limit" baseline of issue 12: the least any reader of a workbook's cells must do. It inflates every
 * worksheet part once (Node's native zlib, as the reader does) and counts the bytes `<row` and `<c ` in it,
 * nothing else: no XML, no values, no checks. `node bench/limit.mjs <file.xlsx>` prints the counts.
 */
import { readFileSync } from "node:fs";
import { createInflateRaw } from "node:zlib";
import yauzl from "yauzl";

const ROW = Buffer.from("<row");
const CELL = Buffer.from("<c ");

const bytes = readFileSync(process.argv[2]);
const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
let rows = 0;
let cells = 0;
for await (const entry of zip.eachEntry()) {
  if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName)) continue;
  const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
  const inflater = createInflateRaw({ chunkSize: 1 << 20 });
  inflater.end(bytes.subarray(fileDataStart, fileDataStart + entry.compressedSize));
  // A pattern split between two chunks is found in the last bytes of one joined to the next.
  let tail = Buffer.alloc(0);
  for await (const chunk of inflater) {
    const seam = Buffer.concat([tail, chunk.subarray(0, 3)]);
    rows += straddling(seam, tail.length, ROW);
    cells += straddling(seam, tail.length, CELL);
    rows += count(chunk, ROW);
    cells += count(chunk, CELL);
    tail = chunk.subarray(chunk.length - 3);
  }
}
process.stdout.write(`${rows} rows, ${cells} cells\n`);

/** Occurrences that start in the previous chunk's tail and end in this chunk. */
function straddling(seam, tailLength, pattern) {
  let n = 0;
  for (let at = seam.indexOf(pattern); at >= 0 && at < tailLength; at = seam.indexOf(pattern, at + 1))
    if (at + pattern.length > tailLength) n++;
  return n;
}

function count(buffer, pattern) {
  let n = 0;
  for (let at = buffer.indexOf(pattern); at >= 0; at = buffer.indexOf(pattern, at + pattern.length)) n++;
  return n;
}
