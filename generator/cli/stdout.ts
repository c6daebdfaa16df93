/**
 * Standard output that ends well. When the reader goes away (`goalsheet smartcheck --jsonl | head -1`), Node
 * reports EPIPE as an 'error' event on process.stdout, which crashes the process if nobody listens. Here one
 * listener notes that the reader has gone; writers see `false` and stop, and the command ends quietly with
 * exit code 0, as Unix tools do when the pipe closes. Writes wait for the stream to drain, so a slow reader
 * slows the writer instead of filling the memory.
 */
let gone = false;
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") gone = true;
    else throw error;
  });
}

/** Whether the reader of stdout has gone away. */
export function stdoutGone(): boolean {
  return gone;
}

/** Write to stdout; resolves false (and writes nothing more) once the reader has gone. */
export function writeStdout(text: string | Uint8Array): Promise<boolean> {
  listen();
  if (gone) return Promise.resolve(false);
  return new Promise((done) => {
    const flushed = process.stdout.write(text, (error) => {
      if (error) gone = true;
      if (gone || flushed) done(!gone);
    });
    if (!flushed) process.stdout.once("drain", () => done(!gone));
  });
}
