import type { CellValue } from "../../../shared/excel/values.js";
import { cellAddress } from "../../report/problems.js";
import { DAYS_1900_TO_1904 } from "../../report/workbook/cells.js";
import type { RowSink } from "../../report/workbook/raw.js";
import {
  BadCell,
  badNumber,
  cellType,
  isBlankBytes,
  parseBoolean,
  parseDate,
  parseError,
  parseIndex,
  parseNumber,
  quote,
  TYPE_BOOLEAN,
  TYPE_DATE,
  TYPE_ERROR,
  TYPE_INLINE,
  TYPE_NUMBER,
  TYPE_SHARED,
  TYPE_STRING,
} from "./cell.js";
import type { CellProblems } from "./problems.js";
import { decodeEntities, decodeOoxmlEscapes, TextBytes } from "./text.js";
import { CLOSE, OPEN, TEXT, type XmlScanner } from "./xml.js";

/**
 * One worksheet's `sheetData`, decoded as its bytes stream by: each `row` becomes one RawRow pushed to the
 * sink, each `c` a CellValue placed by its column, with no object per cell and no second look at any byte.
 * A formula cell's cached `<v>` is its value (0, FALSE, "" and errors as Excel saved them; a formula never
 * calculated has no `<v>` and stays blank). Rows and cells without an `r` attribute (some writers leave them
 * out) follow the one before. Everything after `</sheetData>` is not scanned.
 *
 * Two paths give the same result: a fast path (fast.ts) reads the common shapes of rows and cells straight
 * from the bytes, and whenever it meets anything else (a namespace prefix, an entity, a comment, the end of
 * the buffer) it stops where it started that element and the general path below takes over, token by token
 * through the XML scanner. The fast path never consumes a partial element, so the two cannot disagree on
 * where an element starts.
 */
export interface SheetContext {
  readonly sheet: string;
  readonly strings: readonly string[];
  /** Said in the message when a shared-string cell has no table to refer to. */
  readonly sharedStringsMissing: boolean;
  /** For a 1904 workbook: which styles show dates (their serials move to the 1900 system). */
  readonly dateStyles?: Uint8Array;
  readonly sink: RowSink;
  readonly problems: CellProblems;
}

export const OUTSIDE = 0;
export const IN_DATA = 1;
export const IN_ROW = 2;
export const IN_CELL = 3;
export const DONE = 4;

/** Excel's grid: 1,048,576 rows by 16,384 columns (A1:XFD1048576). */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

const c_ = 99;
const v_ = 118;
const t_ = 116;
const r_ = 114;
const s_ = 115;
const i_ = 105;

export class SheetDecoder {
  state = OUTSIDE;
  rowNumber = 0;
  rowHasNumber = false;
  cells: CellValue[] = [];
  nextColumn = 0;
  /** Rows seen in sheetData (pushed or not), for tests that count them against the XML. */
  rows = 0;

  // The cell the general path is in.
  private column = -1;
  private type = TYPE_NUMBER;
  private style = 0;
  private hasValue = false;
  private inValue = false;
  private inInline = false;
  private inPhonetic = false;
  private inText = false;
  private hasInline = false;
  private readonly value = new TextBytes();
  private readonly inline = new TextBytes();

  constructor(
    readonly context: SheetContext,
    /** Reads rows and cells of the common shapes straight from the bytes; returns the new position. */
    private readonly fast?: (decoder: SheetDecoder, s: XmlScanner) => void,
  ) {}

  /** Take every token the scanner has; returns false once `</sheetData>` has passed. */
  drain(s: XmlScanner): boolean {
    for (;;) {
      if ((this.state === IN_ROW || this.state === IN_DATA) && this.fast && !s.busy()) this.fast(this, s);
      const kind = s.next();
      if (kind === TEXT) {
        if (this.inValue) this.collect(this.value, s);
        else if (this.inText) this.collect(this.inline, s);
        continue;
      }
      if (kind === OPEN) this.open(s);
      else if (kind === CLOSE) this.close(s);
      else return this.state !== DONE;
      if (this.state === DONE) return false;
    }
  }

  private collect(into: TextBytes, s: XmlScanner): void {
    if (s.cdata) into.appendLiteral(s.buf, s.textStart, s.textEnd);
    else into.append(s.buf, s.textStart, s.textEnd);
  }

  private open(s: XmlScanner): void {
    const buf = s.buf;
    const length = s.nameEnd - s.nameStart;
    const first = buf[s.nameStart];
    switch (this.state) {
      case IN_ROW:
        if (length === 1 && first === c_) {
          this.startCell(s);
          if (s.selfClosing) this.endCell();
        }
        return;
      case IN_CELL:
        if (length === 1) {
          if (first === v_) {
            this.hasValue = true;
            this.value.reset();
            this.inValue = !s.selfClosing;
          } else if (first === t_ && this.inInline && !this.inPhonetic) this.inText = !s.selfClosing;
        } else if (length === 2 && first === i_ && buf[s.nameStart + 1] === s_) {
          this.hasInline = true;
          this.inline.reset();
          this.inInline = !s.selfClosing;
        } else if (length === 3 && s.is("rPh")) this.inPhonetic = !s.selfClosing;
        return;
      case IN_DATA:
        if (length === 3 && s.is("row")) {
          this.startRow(this.rowAttribute(s));
          if (s.selfClosing) this.endRow();
        }
        return;
      case OUTSIDE:
        if (length === 9 && s.is("sheetData")) this.state = s.selfClosing ? DONE : IN_DATA;
        return;
    }
  }

  private close(s: XmlScanner): void {
    const buf = s.buf;
    const length = s.nameEnd - s.nameStart;
    const first = buf[s.nameStart];
    switch (this.state) {
      case IN_CELL:
        if (length === 1) {
          if (first === v_) this.inValue = false;
          else if (first === t_) this.inText = false;
          else if (first === c_) this.endCell();
        } else if (length === 2 && first === i_) this.inInline = false;
        else if (length === 3 && s.is("rPh")) this.inPhonetic = false;
        return;
      case IN_ROW:
        if (length === 3 && s.is("row")) this.endRow();
        return;
      case IN_DATA:
        if (length === 9 && s.is("sheetData")) this.state = DONE;
        return;
    }
  }

  /** The row's `r` as a number; 0 when it has none, -1 (after reporting it) when it is not a row number. */
  private rowAttribute(s: XmlScanner): number {
    const at = s.attr("r");
    if (!at) return 0;
    const n = parseNumber(s.buf, at[0], at[1]);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_ROW) return n;
    const got = quote(s.buf.toString("latin1", at[0], at[1]));
    this.context.problems.add(
      this.context.sheet,
      undefined,
      `a row number must be 1 to ${MAX_ROW}, got ${got} (after row ${this.rowNumber})`,
    );
    return -1;
  }

  /** A row starts: `number` is its `r` (0 when it has none: it follows the one before). */
  startRow(number: number): void {
    this.state = IN_ROW;
    this.rows++;
    this.cells = [];
    this.nextColumn = 0;
    this.rowHasNumber = number > 0;
    this.rowNumber = number > 0 ? number : this.rowNumber + 1;
  }

  endRow(): void {
    this.state = IN_DATA;
    if (this.cells.length > 0) this.context.sink.push({ number: this.rowNumber, cells: this.cells });
  }

  private startCell(s: XmlScanner): void {
    this.state = IN_CELL;
    this.type = TYPE_NUMBER;
    this.style = 0;
    this.hasValue = false;
    this.inValue = false;
    this.inInline = false;
    this.inPhonetic = false;
    this.inText = false;
    this.hasInline = false;
    let column = this.nextColumn;
    const buf = s.buf;
    const attrs = s.attrs;
    let badType: string | undefined;
    for (let i = 0; i < s.attrCount; i++) {
      const nameStart = attrs[4 * i] as number;
      if ((attrs[4 * i + 1] as number) - nameStart !== 1) continue;
      const start = attrs[4 * i + 2] as number;
      const end = attrs[4 * i + 3] as number;
      const name = buf[nameStart];
      if (name === r_) column = this.reference(buf, start, end);
      else if (name === t_) {
        this.type = cellType(buf, start, end);
        if (this.type > TYPE_DATE) badType = buf.toString("latin1", start, end);
      } else if (name === s_) this.style = parseIndex(buf, start, end);
    }
    this.column = column;
    if (column >= 0) this.nextColumn = column + 1;
    if (badType !== undefined)
      this.badCell(`a cell's type must be b, d, e, inlineStr, n, s or str, got ${quote(badType)}`);
  }

  /**
   * A cell reference "AB12" as a 0-based column, or -1 after reporting it. Its row must be the row's; a row
   * without an `r` takes its number from its first cell's reference.
   */
  reference(buf: Buffer, start: number, end: number): number {
    let column = 0;
    let i = start;
    for (; i < end; i++) {
      const b = buf[i] as number;
      const letter = b >= 65 && b <= 90 ? b - 64 : b >= 97 && b <= 122 ? b - 96 : 0;
      if (letter === 0) break;
      column = column * 26 + letter;
      if (column > MAX_COLUMN) break;
    }
    const digits = i;
    let row = 0;
    for (; i < end; i++) {
      const d = (buf[i] as number) - 48;
      if (d < 0 || d > 9) break;
      row = row * 10 + d;
      if (row > MAX_ROW) break;
    }
    const text = () => quote(buf.toString("latin1", start, end));
    if (column === 0 || column > MAX_COLUMN || i !== end || digits === end || row < 1 || row > MAX_ROW) {
      this.problem(undefined, `a cell reference must be within A1:XFD${MAX_ROW}, got ${text()}`);
      return -1;
    }
    if (!this.rowHasNumber) {
      this.rowNumber = row;
      this.rowHasNumber = true;
    } else if (row !== this.rowNumber) {
      this.problem(undefined, `a cell reference must be in its row ${this.rowNumber}, got ${text()}`);
      return -1;
    }
    return column - 1;
  }

  private endCell(): void {
    this.state = IN_ROW;
    this.inValue = false;
    this.inText = false;
    if (this.column < 0) return;
    const v = this.value;
    const text =
      this.type === TYPE_INLINE && this.hasInline
        ? this.inline.text()
        : this.type !== TYPE_NUMBER && this.type !== TYPE_SHARED && this.hasValue
          ? v.text()
          : undefined;
    this.place(this.column, this.type, this.style, this.hasValue || this.hasInline, v.bytes, 0, v.length, text);
  }

  /**
   * Decode a cell's value and put it in the row at `column`: from the bytes of its `<v>` (numbers and indexes)
   * or from its text (the other types; entities already decoded). A value its type does not allow is reported.
   */
  place(
    column: number,
    type: number,
    style: number,
    hasValue: boolean,
    bytes: Buffer,
    start: number,
    end: number,
    text: string | undefined,
  ): void {
    const value = hasValue ? this.decode(type, style, bytes, start, end, text) : null;
    if (value instanceof BadCell) {
      this.column = column;
      this.badCell(value.message);
      return;
    }
    if (value === null) return;
    const cells = this.cells;
    while (cells.length < column) cells.push(null);
    cells[column] = value;
  }

  /** The fast path's common case: a number or shared-string cell whose `<v>` was a plain integer. */
  placeInteger(column: number, type: number, style: number, n: number): void {
    let value: CellValue;
    if (type === TYPE_SHARED) {
      const strings = this.context.strings;
      if (n < 0 || n >= strings.length) {
        const digits = Buffer.from(String(n), "latin1");
        this.place(column, type, style, true, digits, 0, digits.length, undefined);
        return;
      }
      value = strings[n] as string;
    } else {
      const dates = this.context.dateStyles;
      value = dates !== undefined && dates[style] === 1 ? n + DAYS_1900_TO_1904 : n;
    }
    const cells = this.cells;
    while (cells.length < column) cells.push(null);
    cells[column] = value;
  }

  private decode(
    type: number,
    style: number,
    bytes: Buffer,
    start: number,
    end: number,
    text: string | undefined,
  ): CellValue | BadCell {
    switch (type) {
      case TYPE_NUMBER: {
        if (isBlankBytes(bytes, start, end)) return null;
        const n = parseNumber(bytes, start, end);
        if (Number.isNaN(n)) return badNumber(decodedForMessage(bytes.toString("utf8", start, end)));
        const dates = this.context.dateStyles;
        return dates !== undefined && dates[style] === 1 ? n + DAYS_1900_TO_1904 : n;
      }
      case TYPE_SHARED: {
        const index = parseIndex(bytes, start, end);
        const strings = this.context.strings;
        if (index >= 0 && index < strings.length) return strings[index] as string;
        const got = quote(bytes.toString("utf8", start, end));
        return new BadCell(
          this.context.sharedStringsMissing
            ? `a shared-string cell must refer to the workbook's shared strings, but the workbook has none (its sharedStrings part is missing), got ${got}`
            : `a shared-string cell must refer to one of the workbook's ${strings.length} shared strings, got ${got}`,
        );
      }
      case TYPE_STRING:
      case TYPE_INLINE:
        return decodeOoxmlEscapes(text ?? "");
      case TYPE_BOOLEAN:
        return parseBoolean(text ?? "");
      case TYPE_ERROR:
        return parseError(text ?? "");
      case TYPE_DATE:
        return text === undefined || text.trim() === "" ? null : parseDate(text);
      default:
        // An unknown type was reported when the cell started.
        return null;
    }
  }

  private badCell(message: string): void {
    if (this.column < 0) return;
    this.problem(cellAddress(this.rowNumber, this.column + 1), message);
    this.column = -1;
  }

  private problem(cell: string | undefined, message: string): void {
    this.context.problems.add(this.context.sheet, cell, cell ? message : `row ${this.rowNumber}: ${message}`);
  }
}

/** A value's text for a message: entities decoded where they can be. */
function decodedForMessage(raw: string): string {
  try {
    return decodeEntities(raw);
  } catch {
    return raw;
  }
}
