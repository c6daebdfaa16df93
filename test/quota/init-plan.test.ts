import { describe, expect, it } from "vitest";
import { starterPlan, starterWorkbook } from "../../generator/cli/commands/init.js";
import { fileFormula } from "../../generator/cli/quota-sheet/file-formula.js";
import { readLayout } from "../../generator/cli/workbook/layout.js";
import { readWorkbook } from "../../generator/cli/workbook/read.js";
import { cell as a1 } from "../../shared/quota/plan/a1.js";
import { cellsXml, loadWithExceljs, parts, sheetXml } from "./xlsx.js";

const bytes = await starterWorkbook();
const files = parts(bytes);
const quota = sheetXml(files, "Quota");
const cells = cellsXml(quota);
const cellXml = (_sheet: string, address: string) => cells.get(address);
const spec = starterPlan();

const parseAddress = (address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  return { row: Number(m[2]), column: [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
};

describe("goalsheet init writes the planner's Quota sheet as Excel saves one", () => {
  it("adds the Quota sheet beside the tables the report reads", async () => {
    const layout = await readLayout(bytes);
    expect(layout.sheets.map((s) => s.name)).toEqual(["Deals", "Goals", "Quota", "Reps", "Settings"]);
  });

  it("saves custom functions as _xldudf_GOALS_… and every spill as a dynamic array (t=array, ref, cm=1)", () => {
    const anchor = cellXml(quota, "D19") ?? "";
    expect(anchor).toContain(' cm="1"');
    expect(anchor).toContain(
      '<f t="array" ref="D19:O22">_xldudf_GOALS_QUOTASPLIT(Quota_Target,_xlfn.ANCHORARRAY(B19),Quota_Seasonality,_xlfn.ANCHORARRAY(V19),Quota_Unit,Quota_Cushion)</f>',
    );
    const spills = spec.sheet.cells.filter((c) => c.spill);
    expect(spills.map((c) => c.address)).toEqual([
      "A19",
      "B19",
      "C19",
      "D19",
      "P19",
      "Q19",
      "R19",
      "S19",
      "T19",
      "V19",
    ]);
    for (const c of spills) {
      const { row, column } = parseAddress(c.address);
      const ref = `${c.address}:${a1(row + (c.spill?.length ?? 1) - 1, column + (c.spill?.[0]?.length ?? 1) - 1)}`;
      expect(cellXml(quota, c.address)).toMatch(
        new RegExp(`^<c r="${c.address}"[^>]* cm="1"><f t="array" ref="${ref}">`),
      );
    }
    // Only spills are array formulas: the rest are plain formulas Excel shows without braces.
    expect(quota.match(/cm="1"/g)).toHaveLength(spills.length);
    expect(quota.match(/t="array"/g)).toHaveLength(spills.length);
    expect(files.get("xl/metadata.xml")).toContain('<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>');
    expect(files.get("xl/metadata.xml")).toContain('<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>');
    expect(files.get("xl/_rels/workbook.xml.rels")).toMatch(/relationships\/sheetMetadata" Target="metadata.xml"/);
    expect(files.get("[Content_Types].xml")).toContain(
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>',
    );
    const goals = sheetXml(files, "Goals");
    expect(goals).toContain("<f>_xldudf_GOALS_WINRATE(Deals[Outcome])</f>");
  });

  it("writes every cell of the description: the same formula (as saved) and the value the core computed", () => {
    for (const c of spec.sheet.cells) {
      const xml = cellXml(quota, c.address) ?? "";
      if (c.formula)
        expect(xml, c.address).toContain(
          `${fileFormula(c.formula).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")}</f>`,
        );
      if (typeof c.value === "number") expect(xml, c.address).toContain(`<v>${c.value}</v>`);
      const { row: top, column: left } = parseAddress(c.address);
      for (const [r, row] of (c.spill ?? []).entries())
        for (const [k, v] of row.entries())
          if (typeof v === "number" && (r > 0 || k > 0))
            expect(cellXml(quota, a1(top + r, left + k)), `${c.address} +${r},${k}`).toContain(`<v>${v}</v>`);
    }
  });

  it("names the inputs and the spills, in the form Excel saves them", () => {
    const workbook = files.get("xl/workbook.xml") ?? "";
    const names = [...workbook.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(names).toEqual(spec.names.map((n) => [n.name, fileFormula(n.refersTo)]));
    expect(names).toContainEqual(["Quota_Plan", "_xlfn.ANCHORARRAY(Quota!$D$19)"]);
  });

  it("stamps the current calculation engine, so Excel shows the cached plan instead of recalculating on open", () => {
    expect(files.get("xl/workbook.xml")).toContain('<calcPr calcId="191029"/></workbook>');
  });

  it("makes the Reps table's plan columns calculated columns, so a new rep's row gets the formulas", () => {
    const table =
      [...files.entries()].find(([p, x]) => p.startsWith("xl/tables/") && x.includes('name="Reps"'))?.[1] ?? "";
    expect(table).toContain(
      '<tableColumn id="5" name="Quota" totalsRowFunction="none"><calculatedColumnFormula>INDEX(Quota_RepTotals,ROW()-ROW(Reps[#Headers]))</calculatedColumnFormula></tableColumn>',
    );
    expect(table.match(/<calculatedColumnFormula>/g)).toHaveLength(13);
  });

  it("draws the team's months as a column chart anchored above the plan", () => {
    expect(sheetXml(files, "Quota")).toMatch(/<drawing r:id="rIdGs1"\/><\/worksheet>$/);
    const chart = files.get("xl/charts/chart1.xml") ?? "";
    expect(chart).toContain("<c:f>Quota!$D$18:$O$18</c:f>");
    expect(chart).toContain("<c:f>Quota!$D$17:$O$17</c:f>");
    expect(chart).toContain('<c:barDir val="col"/>');
    const drawing = files.get("xl/drawings/drawing1.xml") ?? "";
    expect(drawing).toContain("<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>11</xdr:row>");
  });

  it("formats and styles the cells as described", async () => {
    const wb = await loadWithExceljs(bytes);
    const reps = wb.getWorksheet("Reps");
    expect([reps?.getCell("C2").numFmt, reps?.getCell("E2").numFmt, reps?.getCell("Q5").numFmt]).toEqual([
      "yyyy-mm-dd",
      "#,##0",
      "#,##0",
    ]);
    const ws = wb.getWorksheet("Quota");
    for (const f of spec.sheet.formats) {
      const first = f.range.split(":")[0] as string;
      const c = ws?.getCell(first);
      // exceljs reads General, the default, back as no format.
      if (f.numberFormat) expect(c?.numFmt, f.range).toBe(f.numberFormat === "General" ? undefined : f.numberFormat);
      if (f.style?.bold) expect(c?.font?.bold, f.range).toBe(true);
      if (f.style?.fill) expect(c?.fill, f.range).toMatchObject({ fgColor: { argb: `FF${f.style.fill.slice(1)}` } });
    }
    expect(ws?.getColumn(1).width).toBe(34);
    expect(ws?.getColumn(33).width).toBe(10);
  });

  it("reads back with the report's reader: the Reps rows carry the planned year and months", async () => {
    const data = await readWorkbook(bytes);
    expect(data.warnings).toEqual([]);
    const plan = spec.sheet.cells.find((c) => c.address === "D19")?.spill as number[][];
    expect(data.reps?.map((r) => [r.rep, r.quota, r.jan, r.mar, r.dec])).toEqual(
      ["Ana Lima", "Chen Wei", "Dana Whitfield", "Omar Haddad"].map((name, i) => {
        const row = plan[i] as number[];
        return [name, row.reduce((s, v) => s + v, 0), row[0], row[2], row[11]];
      }),
    );
  });

  it("is byte for byte the same every time", async () => {
    expect(Buffer.from(await starterWorkbook()).equals(Buffer.from(bytes))).toBe(true);
  });
});
