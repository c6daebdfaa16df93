import { MAX_CELLS, MAX_COLUMNS, MAX_ROWS, MAX_SPILL_CELLS } from "../shared/excel/cells.js";
import type { FunctionInfo } from "../shared/excel/define.js";
import type { Param } from "../shared/excel/params.js";
import { helpPath } from "./functions-json.js";

/**
 * The help page Excel opens from a function's "Help on this function" link (its helpUrl): generated from the
 * same metadata as functions.json and the README, served with the add-in, no script, a strict CSP.
 */
const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

const BLANKS: Record<string, string> = {
  text: "A blank cell, or 0, is blank (0 is never a name or an outcome).",
  date: "A blank cell, or 0, is blank (0 is never a date).",
  number: "A blank cell counts as 0.",
  "sparse-number": "A blank cell, or 0, is skipped.",
  mixed: "A row whose cells are all blank or 0 is skipped.",
};

function blankOf(param: Param<unknown>): string {
  if (param.zero) {
    // Excel on the web passes a blank cell as a left-out argument (null); the desktop passes it as 0.
    return `Left out: the default (${param.zero.default}). 0 is refused (0 ${param.zero.means}): Excel desktop passes a blank cell as 0, so leave the argument out rather than point it at an empty cell.`;
  }
  if (param.blank) return param.blank;
  if (param.cells) return BLANKS[param.cells] ?? "";
  if (param.optional) return "Blank, 0 or left out: the default.";
  return param.excelType === "number" ? "A blank cell counts as 0." : "Required: a blank cell (or 0) is refused.";
}

const STYLE =
  "body{font:15px/1.5 system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;color:#1b1b1b}" +
  "code{background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse;width:100%}" +
  "th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}";

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

const LIMITS = `<h2>Limits</h2>
<p>A range argument holds at most ${MAX_ROWS.toLocaleString("en")} rows, ${MAX_COLUMNS.toLocaleString("en")} columns and
${MAX_CELLS.toLocaleString("en")} cells; a result spills at most ${MAX_SPILL_CELLS.toLocaleString("en")} cells. Past a
limit the cell shows <code>#NUM!</code> instead of freezing Excel.</p>`;

export function helpPage(fn: FunctionInfo): string {
  const syntax = `=GOALS.${fn.name}(${fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
  const rows = fn.params
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code>${p.optional ? " (optional)" : ""}</td><td>${escapeHtml(p.description)}${
          p.choices ? ` One of: ${p.choices.map((c) => `<code>"${escapeHtml(c)}"</code>`).join(", ")}.` : ""
        }</td><td>${escapeHtml(blankOf(p))}</td></tr>`,
    )
    .join("\n");
  return page(
    `GOALS.${fn.name}`,
    `<p><a href="index.html">All Goalsheet functions</a></p>
<h1>GOALS.${escapeHtml(fn.name)}</h1>
<p>${escapeHtml(fn.description)}</p>
<h2>Syntax</h2>
<p><code>${escapeHtml(syntax)}</code></p>
<table>
<thead><tr><th>Argument</th><th>What it is</th><th>Blank cells</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2>Example</h2>
<p><code>${escapeHtml(fn.example.formula)}</code> gives ${escapeHtml(fn.example.result)}.</p>
${fn.volatile ? "<p>This function recalculates whenever Excel recalculates, so a default of today stays current.</p>\n" : ""}<h2>Blank cells</h2>
<p>Excel desktop passes an empty cell as 0 and Excel on the web as nothing; Goalsheet reads both the same way, as
the table above says, so a workbook gives the same answer everywhere.</p>
${LIMITS}`,
  );
}

export function helpPages(functions: readonly FunctionInfo[]): { path: string; html: string }[] {
  const sorted = [...functions].sort((a, b) => a.name.localeCompare(b.name));
  const index = page(
    "Goalsheet functions",
    `<h1>Goalsheet functions</h1>
<ul>
${sorted.map((f) => `<li><a href="${escapeHtml(helpPath(f.name).slice(5))}">GOALS.${escapeHtml(f.name)}</a>: ${escapeHtml(f.description)}</li>`).join("\n")}
</ul>
${LIMITS}`,
  );
  return [
    { path: "help/index.html", html: index },
    ...sorted.map((f) => ({ path: helpPath(f.name), html: helpPage(f) })),
  ];
}
