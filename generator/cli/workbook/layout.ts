import { posix } from "node:path";
import { parseRegion, type SheetLayout, type TableRef } from "../../report/workbook/raw.js";
import { checkSignature, DEFAULT_LIMITS, refuse } from "./guard.js";
import { scanPart } from "./part.js";
import { bytesSource } from "./source.js";
import { attributeText } from "./text.js";
import { CLOSE, OPEN, type XmlScanner } from "./xml.js";
import { type ZipPart, ZipView } from "./zip.js";

/**
 * What a workbook holds before any row is read: its date system, its sheets in workbook order (name, part,
 * tables) and where its shared strings and styles are. Found the way OPC says: the package relationships name
 * the workbook part, the workbook's relationships name each sheet's part, a sheet's relationships its tables.
 * Targets may be relative ("worksheets/sheet1.xml", "../xl/…") or absolute ("/xl/worksheets/sheet1.xml", as
 * openpyxl and pandas write them); zip entry order never matters (the zip view reads by name).
 */
export interface WorkbookLayout {
  readonly date1904: boolean;
  readonly sheets: readonly SheetPart[];
  readonly sharedStrings?: ZipPart;
  readonly styles?: ZipPart;
}

export interface SheetPart extends SheetLayout {
  /** The sheet's XML part as the relationship names it ("" when the workbook names no relationship). */
  readonly part: string;
  readonly rId: string;
}

interface Relationship {
  readonly target: string;
  readonly type: string;
}

/** The layout of .xlsx bytes (checks the zip first), for callers that want only the layout. */
export async function readLayout(bytes: Uint8Array): Promise<WorkbookLayout> {
  const source = bytesSource(bytes);
  await checkSignature(source);
  return layoutOf(await ZipView.open(source, DEFAULT_LIMITS));
}

export async function layoutOf(zip: ZipView): Promise<WorkbookLayout> {
  const root = await relationships(zip, "");
  const officeDocument = [...root.values()].find((r) => r.type.endsWith("/officeDocument"))?.target;
  const workbookName = officeDocument && zip.part(officeDocument) ? officeDocument : "xl/workbook.xml";
  const workbookPart = zip.part(workbookName);
  if (!workbookPart) throw refuse("the file is a zip archive without xl/workbook.xml");
  const related = await relationships(zip, workbookPart.name);
  const { date1904, sheets: named } = await readWorkbookPart(zip, workbookPart);

  const sheets: SheetPart[] = [];
  for (const { name, rId } of named) {
    const part = related.get(rId)?.target ?? "";
    const tables: TableRef[] = [];
    if (zip.part(part)) {
      for (const rel of (await relationships(zip, part)).values()) {
        const tablePart = rel.type.endsWith("/table") ? zip.part(rel.target) : undefined;
        const table = tablePart ? await readTable(zip, tablePart) : undefined;
        if (table) tables.push(table);
      }
    }
    sheets.push({ name, part, rId, tables });
  }
  const byType = (suffix: string, fallback: string) => {
    const target = [...related.values()].find((r) => r.type.endsWith(suffix))?.target;
    return (target ? zip.part(target) : undefined) ?? zip.part(posix.join(posix.dirname(workbookPart.name), fallback));
  };
  const sharedStrings = byType("/sharedStrings", "sharedStrings.xml");
  const styles = byType("/styles", "styles.xml");
  return { date1904, sheets, ...(sharedStrings ? { sharedStrings } : {}), ...(styles ? { styles } : {}) };
}

/** The relationships of a part (from `dir/_rels/name.rels`), by id, with targets resolved to part names. */
async function relationships(zip: ZipView, source: string): Promise<Map<string, Relationship>> {
  const dir = posix.dirname(source) === "." ? "" : posix.dirname(source);
  const relsName = source === "" ? "_rels/.rels" : posix.join(dir, "_rels", `${posix.basename(source)}.rels`);
  const part = zip.part(relsName);
  const out = new Map<string, Relationship>();
  if (!part) return out;
  await scanSmall(zip, part, (s, kind) => {
    if (kind !== OPEN || !s.is("Relationship")) return;
    const id = value(s, "Id");
    const target = value(s, "Target");
    if (id === undefined || target === undefined || value(s, "TargetMode") === "External") return;
    out.set(id, { target: resolveTarget(zip, dir, target), type: value(s, "Type") ?? "" });
  });
  return out;
}

/**
 * A relationship target as a part name: absolute ("/xl/…") from the package root, otherwise relative to the
 * source part's folder; backslashes (some old writers) read as slashes, %-escapes decoded when the zip has
 * no entry under the escaped name.
 */
export function resolveTarget(zip: Pick<ZipView, "part">, dir: string, target: string): string {
  const path = target.replace(/\\/g, "/").replace(/#.*$/, "");
  const resolved = path.startsWith("/") ? posix.normalize(path.slice(1)) : posix.normalize(posix.join(dir, path));
  if (zip.part(resolved)) return resolved;
  try {
    const decoded = decodeURIComponent(resolved);
    return zip.part(decoded) ? decoded : resolved;
  } catch {
    return resolved;
  }
}

async function readWorkbookPart(
  zip: ZipView,
  part: ZipPart,
): Promise<{ date1904: boolean; sheets: { name: string; rId: string }[] }> {
  let date1904 = false;
  let inSheets = false;
  const sheets: { name: string; rId: string }[] = [];
  await scanSmall(zip, part, (s, kind) => {
    if (kind === OPEN && s.is("workbookPr")) date1904 = /^(1|true)$/i.test(value(s, "date1904")?.trim() ?? "");
    else if (s.is("sheets")) inSheets = kind === OPEN && !s.selfClosing;
    else if (kind === OPEN && inSheets && s.is("sheet")) {
      // The relationship id is `r:id` in the relationships namespace; prefixes vary, the local name does not.
      sheets.push({ name: value(s, "name") ?? "", rId: value(s, "id") ?? "" });
    }
  });
  return { date1904, sheets };
}

async function readTable(zip: ZipView, part: ZipPart): Promise<TableRef | undefined> {
  let table: TableRef | undefined;
  let seen = false;
  await scanSmall(zip, part, (s, kind) => {
    if (kind !== OPEN || seen) return;
    seen = true;
    if (!s.is("table")) return;
    const region = parseRegion(value(s, "ref") ?? "");
    const name = value(s, "displayName") ?? value(s, "name");
    if (region && name) table = { name, region };
  });
  return table;
}

/** Scan a small part whole, handing every start and end tag to `visit`. */
async function scanSmall(
  zip: ZipView,
  part: ZipPart,
  visit: (scanner: XmlScanner, kind: typeof OPEN | typeof CLOSE) => void,
): Promise<void> {
  await scanPart(
    zip,
    part,
    (s) => {
      for (;;) {
        const kind = s.next();
        if (kind === OPEN) {
          visit(s, OPEN);
          if (s.selfClosing) visit(s, CLOSE);
        } else if (kind === CLOSE) visit(s, CLOSE);
        else if (kind !== 3) return true;
      }
    },
    { maxBytes: DEFAULT_LIMITS.maxSmallPartBytes },
  );
}

export function value(s: XmlScanner, name: string): string | undefined {
  const at = s.attr(name);
  return at ? attributeText(s.buf, at[0], at[1]) : undefined;
}
