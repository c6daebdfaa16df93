import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * An .xlsx package opened for editing parts as text: content types, relationships and parts by path, then
 * zipped again in Excel's part order with a fixed time stamp (the same input gives the same bytes).
 */
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
export const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export class Package {
  readonly files: Record<string, Uint8Array>;
  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
  }
  text(path: string): string {
    const bytes = this.files[path];
    if (!bytes) throw new Error(`the workbook has no ${path}`);
    return strFromU8(bytes);
  }
  set(path: string, text: string): void {
    this.files[path] = strToU8(text);
  }
  override(part: string, type: string): void {
    const types = this.text("[Content_Types].xml");
    this.set(
      "[Content_Types].xml",
      types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`),
    );
  }
  /** Add a relationship to a .rels part (created when missing); returns its id. */
  relate(relsPath: string, type: string, target: string): string {
    const rels = this.files[relsPath]
      ? this.text(relsPath)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    let n = 1;
    while (rels.includes(`Id="rIdGs${n}"`)) n++;
    const id = `rIdGs${n}`;
    this.set(
      relsPath,
      rels.replace(
        "</Relationships>",
        `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/></Relationships>`,
      ),
    );
    return id;
  }
  /** The XML part of a sheet, by the sheet's name. */
  sheetPart(name: string): string {
    const tag = this.text("xl/workbook.xml")
      .match(/<sheet\b[^>]*>/g)
      ?.find((t) => attribute(t, "name") === xml(name));
    const id = tag ? attribute(tag, "r:id") : undefined;
    const rel = this.text("xl/_rels/workbook.xml.rels")
      .match(/<Relationship\b[^>]*>/g)
      ?.find((t) => attribute(t, "Id") === id);
    const target = rel ? attribute(rel, "Target") : undefined;
    if (!target) throw new Error(`the workbook has no sheet ${name}`);
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }
  bytes(): Uint8Array {
    // Excel's part order: the package and workbook parts first, then shared strings and styles before the
    // sheets, so a streaming reader knows the strings and the date system before it meets a cell.
    const first = [
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/sharedStrings.xml",
      "xl/theme/theme1.xml",
    ];
    const rank = (name: string) => (first.includes(name) ? first.indexOf(name) : first.length);
    const names = Object.keys(this.files).filter((name) => !name.endsWith("/"));
    names.sort((a, b) => rank(a) - rank(b));
    const kept: Record<string, Uint8Array> = {};
    for (const name of names) kept[name] = this.files[name] as Uint8Array;
    // A fixed time stamp: the same plan gives the same bytes.
    return zipSync(kept, { level: 6, mtime: new Date(Date.UTC(2026, 0, 1)) });
  }
}
