import { cellType, TYPE_DATE, TYPE_INLINE, TYPE_NUMBER, TYPE_SHARED } from "./cell.js";
import { IN_DATA, IN_ROW, MAX_COLUMN, MAX_ROW, type SheetDecoder } from "./sheet.js";
import { PAD, type XmlScanner } from "./xml.js";

/**
 * The fast path of the sheet decoder: rows and cells in the shapes every writer uses, read straight from the
 * bytes, with numbers and shared-string indexes parsed while they are scanned:
 *
 *   <row r="2" …>  <c r="F2" s="1" t="s" …>  <f …>…</f> | <f …/>  <v>…</v> | <v/>  <is><t>…</t></is>  </c>  </row>
 *
 * Why: a million-row sheet is ten million cells; taking each through the general tokenizer (five tokens, a
 * state switch for each) costs several times what inflating it costs. Here a cell is one pass over its bytes.
 *
 * Anything else — a namespace prefix (`x:c`), an entity or CR in a value, a comment, rich text, an invalid
 * reference, a cell cut by the end of the buffer — makes the fast path stop at the start of that element,
 * having changed nothing, and the general path reads it (and reports what is wrong with it). Each element is
 * started by the fast path at most once per chunk, so the two paths together stay linear.
 *
 * Reads past `end` land on the scanner's sentinel bytes (XmlScanner.padded: `"'<>` repeated), at which every
 * loop below stops and with which no element can be completed: a cell cut by the end of the buffer fails the
 * checks and waits for the next chunk. (Reading out of bounds instead, and testing for undefined, made this
 * code twice as slow: V8 compiles such loads to a slower form.)
 */
const LT = 60;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const AMP = 38;
const CR = 13;
const MINUS = 45;
const SPACE = 32;
const c_ = 99;
const v_ = 118;
const f_ = 102;
const t_ = 116;
const r_ = 114;
const s_ = 115;
const i_ = 105;
const o_ = 111;
const w_ = 119;

const isSpace = (b: number | undefined) => b === SPACE || b === 10 || b === 13 || b === 9;

export function fastPath(d: SheetDecoder, s: XmlScanner): void {
  const buf = s.padded;
  const end = s.end;
  if (buf.length < end + PAD) return;
  let p = s.pos;
  for (;;) {
    while (p < end && isSpace(buf[p])) p++;
    if (p + 1 >= end || buf[p] !== LT) break;
    const next = buf[p + 1];
    let q = -1;
    if (d.state === IN_ROW) {
      if (next === c_) q = fastCell(d, buf, p, end);
      else if (next === SLASH) q = fastEndRow(d, buf, p, end);
    } else if (d.state === IN_DATA && next === r_) q = fastRow(d, buf, p, end);
    if (q < 0) break;
    p = q;
  }
  s.skipTo(p);
}

/** `<row …>` or `<row …/>`: only `r` matters. */
function fastRow(d: SheetDecoder, buf: Buffer, p: number, end: number): number {
  if (buf[p + 2] !== o_ || buf[p + 3] !== w_) return -1;
  let q = p + 4;
  let number = 0;
  let selfClosing = false;
  for (;;) {
    const b = buf[q];
    if (b === GT) {
      q++;
      break;
    }
    if (b === SLASH) {
      if (buf[q + 1] !== GT) return -1;
      q += 2;
      selfClosing = true;
      break;
    }
    if (!isSpace(b)) return -1;
    while (isSpace(buf[++q]));
    if (buf[q] === GT || buf[q] === SLASH) continue;
    if (buf[q] === r_ && buf[q + 1] === EQUALS && buf[q + 2] === DQUOTE) {
      let r = q + 3;
      let x = buf[r];
      while (x !== undefined && x >= 48 && x <= 57 && number <= MAX_ROW) {
        number = number * 10 + x - 48;
        x = buf[++r];
      }
      if (x !== DQUOTE || number < 1 || number > MAX_ROW) return -1;
      q = r + 1;
    } else {
      q = skipAttribute(buf, q, end);
      if (q < 0) return -1;
    }
  }
  d.startRow(number);
  if (selfClosing) d.endRow();
  return q;
}

function fastEndRow(d: SheetDecoder, buf: Buffer, p: number, end: number): number {
  if (p + 5 >= end || buf[p + 2] !== r_ || buf[p + 3] !== o_ || buf[p + 4] !== w_ || buf[p + 5] !== GT) return -1;
  d.endRow();
  return p + 6;
}

/** One cell, whole, or -1 (nothing changed). */
function fastCell(d: SheetDecoder, buf: Buffer, p: number, end: number): number {
  let q = p + 2;
  let column = d.nextColumn;
  let refRow = 0;
  let type = TYPE_NUMBER;
  let style = 0;
  let selfClosing = false;
  for (;;) {
    const b = buf[q];
    if (b === GT) {
      q++;
      break;
    }
    if (b === SLASH) {
      if (buf[q + 1] !== GT) return -1;
      q += 2;
      selfClosing = true;
      break;
    }
    if (!isSpace(b)) return -1;
    while (isSpace(buf[++q]));
    const name = buf[q];
    if (name === GT || name === SLASH) continue;
    if (buf[q + 1] !== EQUALS || buf[q + 2] !== DQUOTE) {
      q = skipAttribute(buf, q, end);
      if (q < 0) return -1;
      continue;
    }
    // One-letter names: r (reference), s (style), t (type).
    let r = q + 3;
    let x = buf[r];
    if (name === r_) {
      let letters = 0;
      while (x !== undefined && x >= 65 && x <= 90 && letters <= MAX_COLUMN) {
        letters = letters * 26 + x - 64;
        x = buf[++r];
      }
      let row = 0;
      while (x !== undefined && x >= 48 && x <= 57 && row <= MAX_ROW) {
        row = row * 10 + x - 48;
        x = buf[++r];
      }
      if (x !== DQUOTE || letters === 0 || letters > MAX_COLUMN || row < 1 || row > MAX_ROW) return -1;
      if (d.rowHasNumber && row !== d.rowNumber) return -1;
      column = letters - 1;
      refRow = row;
    } else if (name === s_) {
      style = 0;
      while (x !== undefined && x >= 48 && x <= 57 && style < 1e9) {
        style = style * 10 + x - 48;
        x = buf[++r];
      }
      if (x !== DQUOTE) return -1;
    } else {
      while (x !== undefined && x !== DQUOTE && x !== LT && x !== AMP) x = buf[++r];
      if (x !== DQUOTE) return -1;
      if (name === t_) {
        type = cellType(buf, q + 3, r);
        if (type > TYPE_DATE) return -1;
      }
    }
    q = r + 1;
  }

  let hasValue = false;
  let start = 0;
  let stop = 0;
  /** The `<v>` as a number when it was a plain integer (the common case), else NaN: parse from the bytes. */
  let integer = Number.NaN;
  if (!selfClosing) {
    for (;;) {
      while (isSpace(buf[q])) q++;
      if (buf[q] !== LT) return -1;
      const next = buf[q + 1];
      if (next === v_) {
        if (buf[q + 2] === SLASH && buf[q + 3] === GT) {
          hasValue = true;
          start = stop = q;
          q += 4;
          continue;
        }
        if (buf[q + 2] !== GT) return -1;
        start = q + 3;
        let r = start;
        let x = buf[r];
        if (type === TYPE_NUMBER || type === TYPE_SHARED) {
          const negative = x === MINUS;
          if (negative) x = buf[++r];
          let n = 0;
          const digits = r;
          while (x !== undefined && x >= 48 && x <= 57) {
            n = n * 10 + x - 48;
            x = buf[++r];
          }
          if (x === LT && r > digits && r - digits <= 15) integer = negative ? -n : n;
        }
        while (x !== undefined && x !== LT) {
          if (x === AMP || x === CR) return -1;
          x = buf[++r];
        }
        stop = r;
        if (x !== LT || buf[r + 1] !== SLASH || buf[r + 2] !== v_ || buf[r + 3] !== GT) return -1;
        hasValue = true;
        q = r + 4;
      } else if (next === f_) {
        q = skipFormula(buf, q, end);
        if (q < 0) return -1;
      } else if (next === i_ && type === TYPE_INLINE) {
        // <is><t>text</t></is>, or <t xml:space="preserve">: rich text and phonetics go the general way.
        if (buf[q + 2] !== s_ || buf[q + 3] !== GT || buf[q + 4] !== LT || buf[q + 5] !== t_) return -1;
        let r = q + 6;
        if (buf[r] === GT) r++;
        else {
          if (!isSpace(buf[r])) return -1;
          r = tagEnd(buf, r, end);
          if (r < 0 || buf[r - 2] === SLASH) return -1;
        }
        start = r;
        let x = buf[r];
        while (x !== undefined && x !== LT) {
          if (x === AMP || x === CR) return -1;
          x = buf[++r];
        }
        stop = r;
        if (x !== LT || buf[r + 1] !== SLASH || buf[r + 2] !== t_ || buf[r + 3] !== GT) return -1;
        r += 4;
        if (buf[r] !== LT || buf[r + 1] !== SLASH || buf[r + 2] !== i_ || buf[r + 3] !== s_ || buf[r + 4] !== GT)
          return -1;
        hasValue = true;
        q = r + 5;
      } else if (next === SLASH && buf[q + 2] === c_ && buf[q + 3] === GT) {
        q += 4;
        break;
      } else return -1;
    }
  }

  if (refRow > 0 && !d.rowHasNumber) {
    d.rowNumber = refRow;
    d.rowHasNumber = true;
  }
  d.nextColumn = column + 1;
  if (!Number.isNaN(integer)) d.placeInteger(column, type, style, integer);
  else {
    const text =
      hasValue && type !== TYPE_NUMBER && type !== TYPE_SHARED ? buf.toString("utf8", start, stop) : undefined;
    d.place(column, type, style, hasValue, buf, start, stop, text);
  }
  return q;
}

/** Past an attribute `name="value"` (any quote) starting at q, or -1. */
function skipAttribute(buf: Buffer, from: number, end: number): number {
  let q = from;
  let x = buf[q];
  while (x !== undefined && x !== EQUALS) {
    if (isSpace(x) || x === GT || x === SLASH || x === LT || x === DQUOTE || x === SQUOTE) return -1;
    x = buf[++q];
  }
  if (q === from || q + 1 >= end) return -1;
  const quote = buf[q + 1];
  if (quote !== DQUOTE && quote !== SQUOTE) return -1;
  q += 2;
  x = buf[q];
  while (x !== undefined && x !== quote) {
    if (x === LT) return -1;
    x = buf[++q];
  }
  return x === quote ? q + 1 : -1;
}

/** Past `>` of a tag whose name ends before `from` (quotes respected), or -1. */
export function tagEnd(buf: Buffer, from: number, end: number): number {
  let quote = 0;
  for (let q = from; q < end; q++) {
    const b = buf[q] as number;
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === DQUOTE || b === SQUOTE) quote = b;
    else if (b === GT) return q + 1;
    else if (b === LT) return -1;
  }
  return -1;
}

/** `<f …>formula</f>` or `<f …/>` (the formula itself is not needed: the cached `<v>` is the value). */
function skipFormula(buf: Buffer, q: number, end: number): number {
  const after = buf[q + 2];
  if (!isSpace(after) && after !== GT && after !== SLASH) return -1;
  const open = tagEnd(buf, q + 2, end);
  if (open < 0) return -1;
  if (buf[open - 2] === SLASH) return open;
  let r = open;
  while (r < end && buf[r] !== LT) r++;
  return buf[r + 1] === SLASH && buf[r + 2] === f_ && buf[r + 3] === GT ? r + 4 : -1;
}
