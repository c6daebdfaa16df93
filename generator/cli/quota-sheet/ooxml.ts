import type { PlanWorkbookSpec } from "../../../shared/quota/plan/sheet-spec.js";
import { chartXml, drawingXml } from "./chart-xml.js";
import { fileFormula } from "./file-formula.js";
import { attribute, Package, xml } from "./package.js";

/**
 * What exceljs cannot write, added to its .xlsx so the file is what Excel would have saved:
 * - defined names whose formula is a spill (`_xlfn.ANCHORARRAY(Quota!$D$19)`): exceljs only takes plain ranges;
 * - the dynamic-array flag on every spilling formula. Excel saves such a formula as an array formula over its
 *   current spill (`<f t="array" ref="D19:O22">`) whose cell carries `cm="1"`, pointing at cell metadata of the
 *   XLDAPR type with `dynamicArrayProperties fDynamic="1"` in xl/metadata.xml ([MS-XLSX] 2.6.x
 *   dynamicArrayProperties, https://learn.microsoft.com/openspecs/office_standards/ms-xlsx/878c8ac4-8548-4bfb-9ad4-b1378e0efed1;
 *   ISO/IEC 29500-1 §18.3.1.4 `cm`, §18.9 metadata). Without it Excel reads a legacy Ctrl+Shift+Enter array that
 *   never resizes ("Dynamic array formulas in non-dynamic aware Excel", support.microsoft.com 696e164e);
 * - the Reps table's calculated columns (`calculatedColumnFormula`), so a new row gets the formulas too;
 * - the chart (chart-xml.ts).
 */
const TYPES = {
  metadata: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
/** Cell metadata for dynamic arrays, as Excel writes it (the same block XlsxWriter and Excel files carry). */
const METADATA = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">',
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>',
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>',
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>',
  "</metadata>",
].join("");

function addNames(pkg: Package, spec: PlanWorkbookSpec): void {
  const names = spec.names
    .map(
      (n) =>
        `<definedName name="${xml(n.name)}" comment="${xml(n.comment)}">${xml(fileFormula(n.refersTo))}</definedName>`,
    )
    .join("");
  const workbook = pkg.text("xl/workbook.xml");
  pkg.set(
    "xl/workbook.xml",
    workbook.includes("</definedNames>")
      ? workbook.replace("</definedNames>", `${names}</definedNames>`)
      : workbook.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`),
  );
}

function markDynamicArrays(pkg: Package, sheetPart: string, anchors: readonly string[]): void {
  let sheet = pkg.text(sheetPart);
  for (const address of anchors) {
    const cell = new RegExp(`<c r="${address}"([^>]*)>(?=<f t="array")`);
    if (!cell.test(sheet)) throw new Error(`${address} holds no array formula to mark as dynamic`);
    sheet = sheet.replace(cell, `<c r="${address}"$1 cm="1">`);
  }
  pkg.set(sheetPart, sheet);
  pkg.set("xl/metadata.xml", METADATA);
  pkg.relate("xl/_rels/workbook.xml.rels", "sheetMetadata", "metadata.xml");
  pkg.override("xl/metadata.xml", TYPES.metadata);
}

function addChart(pkg: Package, sheetPart: string, spec: PlanWorkbookSpec): void {
  const chart = spec.sheet.chart;
  pkg.set("xl/charts/chart1.xml", chartXml(chart));
  const chartRel = pkg.relate("xl/drawings/_rels/drawing1.xml.rels", "chart", "../charts/chart1.xml");
  pkg.set("xl/drawings/drawing1.xml", drawingXml(chart, chartRel));
  const slash = sheetPart.lastIndexOf("/");
  const rels = `${sheetPart.slice(0, slash)}/_rels/${sheetPart.slice(slash + 1)}.rels`;
  const drawingRel = pkg.relate(rels, "drawing", "../drawings/drawing1.xml");
  // CT_Worksheet order: the drawing comes after the page setup and before legacy drawings, table parts, extLst.
  const sheet = pkg.text(sheetPart);
  const next =
    /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(
      sheet,
    );
  const at = next?.index ?? sheet.length;
  pkg.set(sheetPart, `${sheet.slice(0, at)}<drawing r:id="${drawingRel}"/>${sheet.slice(at)}`);
  pkg.override("xl/drawings/drawing1.xml", TYPES.drawing);
  pkg.override("xl/charts/chart1.xml", TYPES.chart);
}

function addCalculatedColumns(pkg: Package, spec: PlanWorkbookSpec): void {
  const table = spec.reps.table;
  if (!table) return;
  const part = Object.keys(pkg.files).find(
    (p) =>
      /^xl\/tables\/[^/]+\.xml$/.test(p) &&
      attribute(/<table\b[^>]*>/.exec(pkg.text(p))?.[0] ?? "", "name") === xml(table),
  );
  if (!part) throw new Error(`the workbook has no table ${table}`);
  let text = pkg.text(part);
  for (const column of spec.reps.columns) {
    if (!column.formula) continue;
    const tag = new RegExp(
      `<tableColumn\\b([^>]*\\sname="${xml(column.header).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*?)\\s*/>`,
    );
    text = text.replace(
      tag,
      `<tableColumn$1><calculatedColumnFormula>${xml(fileFormula(column.formula))}</calculatedColumnFormula></tableColumn>`,
    );
  }
  pkg.set(part, text);
}

/**
 * The calculation engine id Excel 2019 and Microsoft 365 write. A file stamped by an older engine (exceljs writes
 * 171027) is recalculated in full on opening (ISO/IEC 29500-1 §18.2.2 calcId; [MS-XLS] RecalcId: "If the value is
 * less than the recalculation engine identifier associated with the application, the application will
 * recalculate … immediately after loading"), and the GOALS cells would trade their cached values for #NAME?
 * until the add-in registers its functions. Stamped as current, Excel shows the cached plan at once and
 * recalculates the custom-function cells when the add-in binds them.
 */
const CALC_ID = "191029";

function stampCalculation(pkg: Package): void {
  const workbook = pkg.text("xl/workbook.xml");
  const stamped = workbook.replace(/<calcPr\b[^>]*\/>/, `<calcPr calcId="${CALC_ID}"/>`);
  pkg.set(
    "xl/workbook.xml",
    stamped.includes("<calcPr") ? stamped : stamped.replace("</workbook>", `<calcPr calcId="${CALC_ID}"/></workbook>`),
  );
}

/** Add names, dynamic-array flags, calculated columns and the chart to an exceljs-written plan workbook. */
export function finishPlanWorkbook(bytes: Uint8Array, spec: PlanWorkbookSpec): Uint8Array {
  const pkg = new Package(bytes);
  const quota = pkg.sheetPart(spec.sheet.name);
  addNames(pkg, spec);
  stampCalculation(pkg);
  markDynamicArrays(
    pkg,
    quota,
    spec.sheet.cells.filter((c) => c.spill).map((c) => c.address),
  );
  addCalculatedColumns(pkg, spec);
  addChart(pkg, quota, spec);
  return pkg.bytes();
}
