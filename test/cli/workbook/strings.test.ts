import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../../generator/cli/workbook/guard.js";
import { readSharedStrings } from "../../../generator/cli/workbook/strings.js";
import { ZipView } from "../../../generator/cli/workbook/zip.js";
import { buildZip } from "./zip-builder.js";

/**
 * The shared strings table (ECMA-376 §18.4.8 `si`): plain `t`, rich-text runs `r`, phonetic guides `rPh`
 * (not part of the text), entities and `_xHHHH_` escapes, in every shape writers use, pretty-printed or not.
 * The plain shape goes through the fast path, the others through the tokenizer: the results must not differ.
 */
async function strings(sst: string, maxBytes = DEFAULT_LIMITS.maxSharedStringBytes): Promise<string[]> {
  const bytes = buildZip([
    { name: "[Content_Types].xml", data: "<Types/>" },
    { name: "xl/workbook.xml", data: "<workbook/>" },
    { name: "xl/sharedStrings.xml", data: sst },
  ]);
  const zip = await ZipView.open(bytes, DEFAULT_LIMITS);
  return readSharedStrings(zip, zip.part("xl/sharedStrings.xml") as never, maxBytes);
}

const ITEMS: [string, string][] = [
  ["<si><t>plain</t></si>", "plain"],
  ['<si><t xml:space="preserve">  kept  </t></si>', "  kept  "],
  ["<si><t/></si>", ""],
  ["<si/>", ""],
  ["<si><t>a &amp; b &lt;c&gt;</t></si>", "a & b <c>"],
  ["<si><t>line_x000D_break</t></si>", "line\rbreak"],
  ['<si><r><rPr><b/></rPr><t>bold</t></r><r><t xml:space="preserve"> and plain</t></r></si>', "bold and plain"],
  ['<si><t>課きく</t><rPh sb="0" eb="1"><t>か</t></rPh><phoneticPr fontId="1"/></si>', "課きく"],
  ["<si><t>Zoë 東京 😀</t></si>", "Zoë 東京 😀"],
  ["<si><t>cr\r\nlf</t></si>", "cr\nlf"],
];

describe("readSharedStrings", () => {
  it("reads every shape of shared string, compact or pretty-printed", async () => {
    const compact = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${ITEMS.map(([xml]) => xml).join("")}</sst>`;
    const pretty = compact.replace(/<si>/g, "\n  <si>").replace("</sst>", "\n</sst>");
    const prefixed = compact
      .replace(/<(\/?)(sst|si|t|r|rPr|b|rPh|phoneticPr)\b/g, "<$1x:$2")
      .replace("<x:sst xmlns=", "<x:sst xmlns:x=");
    const expected = ITEMS.map(([, text]) => text);
    expect(await strings(compact)).toEqual(expected);
    expect(await strings(pretty)).toEqual(expected);
    expect(await strings(prefixed)).toEqual(expected);
  });

  it("refuses shared strings that would take more memory than allowed", async () => {
    const sst = `<sst>${"<si><t>0123456789</t></si>".repeat(1000)}</sst>`;
    await expect(strings(sst, 20_000)).rejects.toThrow(
      "not a readable .xlsx workbook: the shared strings of xl/sharedStrings.xml need more than 0.0 MiB of memory (384 strings read so far); split the workbook",
    );
  });
});
