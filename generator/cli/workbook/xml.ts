/**
 * A pull tokenizer for the XML of an .xlsx, working on bytes as they come out of the inflater. It knows only
 * what SpreadsheetML parts use: start and end tags (namespace prefixes dropped: `x:c` is `c`), attributes,
 * text, CDATA, comments and processing instructions. A DOCTYPE is refused (no entity definitions, so no
 * billion-laughs), and only the five predefined entities and character references exist.
 *
 * Why hand-written: saxes (the well-kept streaming parser, which exceljs uses) reads the 400 MB sheet of the
 * 1,000,000-row bench workbook at 19 MB/s; this reads it at several hundred MB/s, working on bytes so that
 * only the values a cell needs are ever turned into strings. One tokenizer serves every part, so the rules
 * above hold everywhere.
 *
 * Linear on any input: every byte is looked at a bounded number of times. Text, comments and CDATA stream
 * through in pieces; only an unfinished tag is kept for the next chunk, and a tag is retried only once the
 * bytes waiting for it have doubled (so a tag spread over many chunks costs at most twice its length). A tag
 * longer than MAX_TAG bytes is refused, which also bounds what is held.
 */
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
/** The buffer ends inside a token: push more bytes (or close) and call next() again. */
export const MORE = 4;
export const END = 5;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT | typeof MORE | typeof END;

/** Longest start or end tag accepted. Real tags are under a few kilobytes (the root with its namespaces). */
export const MAX_TAG = 1 << 20;

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const COLON = 58;

const EMPTY = Buffer.alloc(0);

/**
 * How many bytes after `end` in `padded` hold SENTINEL. The fast paths read at most a few bytes past where a
 * loop stopped, and each loop stops at the first `"`, `'`, `<` or `>`. No element can be completed with these
 * bytes (they hold no `/` and no name), so an element cut by the end of the buffer fails the fast path's checks
 * and waits for the next chunk, as it did when such reads gave undefined.
 */
export const PAD = 16;
const SENTINEL = Buffer.from(`"'<>`.repeat(PAD / 4), "latin1");
const SKIP_NONE = 0;
const SKIP_COMMENT = 1;
const SKIP_PI = 2;
const IN_CDATA = 3;

/** Malformed XML; `offset` counts bytes from the start of the part. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "XmlError";
  }
}

const isSpace = (b: number) => b === 32 || b === 10 || b === 13 || b === 9;

export class XmlScanner {
  /** The bytes being scanned; positions below are indexes into it, valid until the next push(). */
  buf: Buffer = EMPTY;
  /** Next byte to scan, and the end of the bytes pushed (a fast path may read buf[pos, end) and skipTo()). */
  pos = 0;
  end = 0;
  /** Bytes of the part before buf[0], for error offsets. */
  private base = 0;
  private closed = false;
  /** Bytes that must be waiting before an unfinished tag is scanned again (the doubling rule). */
  private retryAt = 0;
  private skip = SKIP_NONE;
  /** Holds buf (from its start) and the PAD bytes after it. */
  private store: Buffer = EMPTY;

  /** Local name of the last OPEN or CLOSE (after any `prefix:`). */
  nameStart = 0;
  nameEnd = 0;
  /** The last OPEN ended with `/>` (no CLOSE follows). */
  selfClosing = false;
  /** The last TEXT: raw bytes (entities not decoded) or CDATA content (taken literally). */
  textStart = 0;
  textEnd = 0;
  cdata = false;
  /** Attributes of the last OPEN: for each, local name start/end and raw value start/end. */
  attrCount = 0;
  attrs = new Int32Array(64);

  /**
   * The bytes being scanned followed by at least PAD bytes of SENTINEL: the fast paths (fast.ts, strings.ts)
   * read from here, so a read past `end` lands on a byte every one of their loops stops at instead of out of
   * bounds (an out-of-bounds read makes V8's optimised code take about twice as long per byte).
   */
  padded: Buffer = EMPTY;

  /**
   * Add the next bytes of the part. Bytes not yet consumed (an unfinished tag) are kept in front of them. The
   * chunk is always copied into the store (1 MB at a time, a small cost beside scanning it), so the PAD bytes
   * after it are ours to write.
   */
  push(chunk: Uint8Array): void {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const pending = this.end - this.pos;
    this.base += this.pos;
    const needed = pending + bytes.length;
    if (this.store.length < needed + PAD) {
      const store = Buffer.allocUnsafeSlow(Math.max(needed + PAD, 2 * this.store.length, 4096));
      this.buf.copy(store, 0, this.pos, this.end);
      this.store = store;
    } else this.store.copyWithin(0, this.pos, this.end);
    bytes.copy(this.store, pending);
    SENTINEL.copy(this.store, needed);
    this.buf = this.store.subarray(0, needed);
    this.padded = this.store;
    this.pos = 0;
    this.end = needed;
  }

  /** No more bytes will come. */
  close(): void {
    this.closed = true;
  }

  /**
   * Whether the scanner is inside a comment, instruction or CDATA section, or an unfinished tag waits for
   * more bytes: a fast path must not read from pos then (nor rescan the waiting tag).
   */
  busy(): boolean {
    return this.skip !== SKIP_NONE || (this.retryAt > 0 && this.end - this.pos < this.retryAt && !this.closed);
  }

  /** Consume bytes up to `p`, which a fast path has handled (it must end on a token boundary). */
  skipTo(p: number): void {
    if (p > this.pos) {
      this.pos = p;
      this.retryAt = 0;
    }
  }

  /** Bytes of the part consumed so far (for error messages). */
  offset(): number {
    return this.base + this.pos;
  }

  next(): Token {
    if (this.skip !== SKIP_NONE) {
      const token = this.skipping();
      if (token !== 0) return token;
    }
    const buf = this.buf;
    const pos = this.pos;
    const end = this.end;
    if (pos >= end) return this.closed ? END : MORE;
    if (buf[pos] !== LT) {
      let p = pos + 1;
      while (p < end && buf[p] !== LT) p++;
      this.textStart = pos;
      this.textEnd = p;
      this.cdata = false;
      this.pos = p;
      return TEXT;
    }
    if (this.retryAt > 0 && end - pos < this.retryAt && end - pos <= MAX_TAG && !this.closed) return MORE;
    const next = pos + 1 < end ? buf[pos + 1] : -1;
    let found: Token | 0;
    if (next === SLASH) found = this.endTag(pos);
    else if (next === BANG) found = this.markup(pos);
    else if (next === QUESTION) {
      this.pos = pos + 2;
      this.skip = SKIP_PI;
      return this.next();
    } else found = next === -1 ? 0 : this.startTag(pos);
    if (found !== 0) {
      this.retryAt = 0;
      return found;
    }
    // The buffer ends inside this tag.
    if (this.closed) throw this.error("the part ends inside a tag", pos);
    if (end - pos > MAX_TAG) throw this.error(`a tag is longer than ${MAX_TAG} bytes`, pos);
    this.retryAt = 2 * (end - pos);
    return MORE;
  }

  /** The raw value of the attribute whose local name is `name` (ASCII), as [start, end), or undefined. */
  attr(name: string): [number, number] | undefined {
    const i = this.attrIndex(name);
    return i < 0 ? undefined : [this.attrs[4 * i + 2] as number, this.attrs[4 * i + 3] as number];
  }

  attrIndex(name: string): number {
    const a = this.attrs;
    const buf = this.buf;
    outer: for (let i = 0; i < this.attrCount; i++) {
      const s = a[4 * i] as number;
      if ((a[4 * i + 1] as number) - s !== name.length) continue;
      for (let k = 0; k < name.length; k++) if (buf[s + k] !== name.charCodeAt(k)) continue outer;
      return i;
    }
    return -1;
  }

  /** Whether the last tag's local name is `name` (ASCII). */
  is(name: string): boolean {
    const s = this.nameStart;
    if (this.nameEnd - s !== name.length) return false;
    for (let k = 0; k < name.length; k++) if (this.buf[s + k] !== name.charCodeAt(k)) return false;
    return true;
  }

  private startTag(pos: number): Token | 0 {
    const buf = this.buf;
    const end = this.end;
    let p = pos + 1;
    let local = p;
    while (p < end) {
      const b = buf[p] as number;
      if (b === GT || b === SLASH || isSpace(b)) break;
      if (b === COLON) local = p + 1;
      else if (b === LT) throw this.error("a tag holds '<'", p);
      p++;
    }
    if (p >= end) return 0;
    if (p === pos + 1 || local === p) throw this.error("a tag has no name", pos);
    this.nameStart = local;
    this.nameEnd = p;
    let count = 0;
    for (;;) {
      while (p < end && isSpace(buf[p] as number)) p++;
      if (p >= end) return 0;
      const b = buf[p] as number;
      if (b === GT) {
        this.selfClosing = false;
        p++;
        break;
      }
      if (b === SLASH) {
        if (p + 1 >= end) return 0;
        if (buf[p + 1] !== GT) throw this.error("'/' inside a tag", p);
        this.selfClosing = true;
        p += 2;
        break;
      }
      const nameStart = p;
      let attrLocal = p;
      while (p < end) {
        const c = buf[p] as number;
        if (c === EQUALS || c === GT || c === SLASH || isSpace(c)) break;
        // A namespace declaration (xmlns:r) keeps its whole name, so it is never taken for an attribute `r`.
        if (c === COLON && !isXmlns(buf, nameStart, p)) attrLocal = p + 1;
        else if (c === LT || c === DQUOTE || c === SQUOTE) throw this.error("a malformed attribute", p);
        p++;
      }
      const nameEnd = p;
      while (p < end && isSpace(buf[p] as number)) p++;
      if (p >= end) return 0;
      if (buf[p] !== EQUALS || nameEnd === nameStart) throw this.error("an attribute without a value", nameStart);
      p++;
      while (p < end && isSpace(buf[p] as number)) p++;
      if (p >= end) return 0;
      const quote = buf[p] as number;
      if (quote !== DQUOTE && quote !== SQUOTE) throw this.error("an unquoted attribute value", p);
      const valueStart = ++p;
      while (p < end && buf[p] !== quote) {
        if (buf[p] === LT) throw this.error("'<' inside an attribute value", p);
        p++;
      }
      if (p >= end) return 0;
      if (4 * count + 4 > this.attrs.length) {
        const grown = new Int32Array(this.attrs.length * 2);
        grown.set(this.attrs);
        this.attrs = grown;
      }
      const a = this.attrs;
      a[4 * count] = attrLocal;
      a[4 * count + 1] = nameEnd;
      a[4 * count + 2] = valueStart;
      a[4 * count + 3] = p;
      count++;
      p++;
    }
    this.attrCount = count;
    this.pos = p;
    return OPEN;
  }

  private endTag(pos: number): Token | 0 {
    const buf = this.buf;
    const end = this.end;
    let p = pos + 2;
    let local = p;
    while (p < end) {
      const b = buf[p] as number;
      if (b === GT || isSpace(b)) break;
      if (b === COLON) local = p + 1;
      else if (b === LT || b === SLASH) throw this.error("a malformed end tag", p);
      p++;
    }
    const nameEnd = p;
    while (p < end && isSpace(buf[p] as number)) p++;
    if (p >= end) return 0;
    if (buf[p] !== GT || nameEnd === local) throw this.error("a malformed end tag", pos);
    this.nameStart = local;
    this.nameEnd = nameEnd;
    this.attrCount = 0;
    this.pos = p + 1;
    return CLOSE;
  }

  /** `<!--`, `<![CDATA[` or a refused `<!DOCTYPE`; 0 while too few bytes have come to tell. */
  private markup(pos: number): Token | 0 {
    const buf = this.buf;
    const available = this.end - pos;
    if (startsAt(buf, pos, "<!--", available)) {
      if (available < 4) return 0;
      this.pos = pos + 4;
      this.skip = SKIP_COMMENT;
      return this.next();
    }
    if (startsAt(buf, pos, "<![CDATA[", available)) {
      if (available < 9) return 0;
      this.pos = pos + 9;
      this.skip = IN_CDATA;
      return this.next();
    }
    if (startsAt(buf, pos, "<!DOCTYPE", available) && available < 9) return 0;
    if (startsAt(buf, pos, "<!DOCTYPE", available))
      throw this.error("a DOCTYPE is not allowed in a workbook part (entity definitions are refused)", pos);
    throw this.error("unknown markup after '<!'", pos);
  }

  /** Inside a comment, processing instruction or CDATA section: a TEXT for CDATA content, MORE, or 0 when done. */
  private skipping(): Token | 0 {
    const kind = this.skip;
    const closer = kind === SKIP_COMMENT ? "-->" : kind === SKIP_PI ? "?>" : "]]>";
    const at = this.buf.subarray(0, this.end).indexOf(closer, this.pos, "latin1");
    if (at < 0) {
      // Keep the last bytes: the closer may straddle the chunk boundary.
      const keep = Math.max(this.pos, this.end - (closer.length - 1));
      if (this.closed) throw this.error("the part ends inside a comment, instruction or CDATA section", this.pos);
      if (kind === IN_CDATA && keep > this.pos) return this.cdataText(keep, keep);
      this.pos = keep;
      return MORE;
    }
    this.skip = SKIP_NONE;
    if (kind === IN_CDATA) return this.cdataText(at, at + closer.length);
    this.pos = at + closer.length;
    return 0;
  }

  private cdataText(textEnd: number, resume: number): Token {
    this.textStart = this.pos;
    this.textEnd = textEnd;
    this.cdata = true;
    this.pos = resume;
    return TEXT;
  }

  error(problem: string, at: number): XmlError {
    return new XmlError(`${problem} (byte ${this.base + at})`, this.base + at);
  }
}

function isXmlns(buf: Uint8Array, start: number, colon: number): boolean {
  return colon - start === 5 && startsAt(buf, start, "xmlns", 5);
}

/** Whether `text` (ASCII) starts at `pos`, comparing only the bytes available. */
function startsAt(buf: Uint8Array, pos: number, text: string, available: number): boolean {
  const n = Math.min(text.length, available);
  for (let k = 0; k < n; k++) if (buf[pos + k] !== text.charCodeAt(k)) return false;
  return true;
}
