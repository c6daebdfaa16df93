/**
 * A column of texts that rarely repeat (deal IDs, opportunity names), stored a block of rows at a time: the
 * block's texts joined into one string, with each row's end offset in an Int32Array.
 *
 * Why: a million IDs as separate strings cost about 32 bytes each (a string header, the characters, a pointer
 * to it): 32 MB. Joined, a row costs its characters and a 4-byte offset, and the block is one object for the
 * collector instead of 8,192. A row is sliced out of its block when it is read (IDs are read rarely: the deals
 * an action list names).
 */
const BITS = 13;
const ROWS = 1 << BITS;
const LOW = ROWS - 1;

interface Block {
  /** The rows' texts while the block is being written. */
  parts?: (string | undefined)[];
  /** Once full: the texts joined, and each row's end offset (a blank row: −end − 1, an empty span). */
  text?: string;
  ends?: Int32Array;
}

export class TextBlocks {
  private readonly blocks: Block[] = [];

  get(i: number): string | undefined {
    const block = this.blocks[i >>> BITS];
    if (block === undefined) return undefined;
    const k = i & LOW;
    if (block.parts) return block.parts[k];
    const ends = block.ends as Int32Array;
    const end = ends[k] as number;
    if (end < 0) return undefined;
    const start = k === 0 ? 0 : offset(ends[k - 1] as number);
    return (block.text as string).slice(start, end);
  }

  set(i: number, value: string | undefined): void {
    const b = i >>> BITS;
    while (this.blocks.length <= b) this.blocks.push({ parts: [] });
    const block = this.blocks[b] as Block;
    const k = i & LOW;
    if (!block.parts) {
      if (this.get(i) === value) return;
      // A row written again after its block was joined (a sheet rule's fix, a sort): split the block back.
      const parts: (string | undefined)[] = [];
      for (let r = 0; r < ROWS; r++) parts.push(this.get((b << BITS) + r));
      block.parts = parts;
      block.text = undefined;
      block.ends = undefined;
    }
    const parts = block.parts as (string | undefined)[];
    while (parts.length < k) parts.push(undefined);
    parts[k] = value;
    if (k === LOW && parts.length === ROWS) join(block, parts);
  }
}

function offset(end: number): number {
  return end < 0 ? -end - 1 : end;
}

function join(block: Block, parts: readonly (string | undefined)[]): void {
  const ends = new Int32Array(ROWS);
  let end = 0;
  for (let k = 0; k < ROWS; k++) {
    const text = parts[k];
    if (text === undefined) ends[k] = -end - 1;
    else {
      end += text.length;
      ends[k] = end;
    }
  }
  block.text = parts.join("");
  block.ends = ends;
  block.parts = undefined;
}
