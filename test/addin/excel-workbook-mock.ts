/**
 * A small model of an Excel workbook behind the Office.js calls the quota planner makes, served in place of
 * office.js when the built pane runs in Chromium (the shared mock in excel-mock.ts only records writes). As in
 * Office.js, properties must be loaded and synced before they are read (PropertyNotLoaded otherwise), writes and
 * loads run in order at `context.sync()`, a 2-D array must match the range's size, and an unknown sheet, table
 * or name fails the sync (ItemNotFound). Formulas are stored, not calculated.
 *
 * The workbook lives in `window.__book` (set by the test before the page scripts run):
 *   { sheets: [{ name, cells: { A1: { value, formula, numberFormat, font, fill, align } }, tables: [{ name, ref }],
 *     charts: [], widths: {} }], names: [{ name, reference, comment }], active: "", syncs: 0 }
 */
export const WORKBOOK_MOCK = String.raw`(() => {
  const book = window.__book;
  let pending = [];
  const fail = (code, message) => Object.assign(new Error(code + ": " + message), { code });
  const col = (l) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const letters = (n) => { let s = ""; for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; };
  function parse(address) {
    const bang = address.lastIndexOf("!");
    const ref = (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "");
    const whole = /^([A-Z]+):([A-Z]+)$/.exec(ref);
    if (whole) return { top: 1, left: col(whole[1]), bottom: 1048576, right: col(whole[2]), columns: true };
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
    if (!m) throw fail("InvalidArgument", "not an address: " + address);
    return { top: +m[2], left: col(m[1]), bottom: m[4] ? +m[4] : +m[2], right: m[3] ? col(m[3]) : col(m[1]) };
  }
  const a1 = (r) => letters(r.left) + r.top + (r.top === r.bottom && r.left === r.right ? "" : ":" + letters(r.right) + r.bottom);
  const sheetOf = (name) => {
    const s = book.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw fail("ItemNotFound", "no sheet " + name);
    return s;
  };
  const cellAt = (s, r, c, create) => {
    const key = letters(c) + r;
    if (!s.cells[key] && create) s.cells[key] = {};
    return s.cells[key];
  };

  /** An object whose properties must be loaded, then synced, before they are read. */
  function loadable(read, props) {
    const loaded = {};
    const obj = {
      _read: read,
      _loaded: loaded,
      load(spec) {
        const names = Array.isArray(spec) ? spec : String(spec).split(",").map((x) => x.trim());
        pending.push(() => {
          for (const name of names) {
            if (name.startsWith("items/")) {
              loaded.items = read("items");
              for (const item of loaded.items) item._loaded[name.slice(6)] = item._read(name.slice(6));
            } else loaded[name] = read(name);
          }
        });
        return obj;
      },
    };
    for (const p of props)
      Object.defineProperty(obj, p, {
        get: () => { if (!(p in loaded)) throw fail("PropertyNotLoaded", p); return loaded[p]; },
        configurable: true,
      });
    return obj;
  }

  /** A range; its address is resolved at sync, so a table's body follows columns added earlier in the batch. */
  function range(sheetName, where) {
    const ref = () => (typeof where === "function" ? where() : parse(where));
    const r = loadable((name) => {
      const s = sheetOf(sheetName);
      const at = ref();
      if (name === "address") return (/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName) ? sheetName : "'" + sheetName + "'") + "!" + a1(at);
      if (name === "rowIndex") return at.top - 1;
      if (name === "columnIndex") return at.left - 1;
      const rows = [];
      for (let i = at.top; i <= at.bottom; i++) {
        const row = [];
        for (let j = at.left; j <= at.right; j++) {
          const c = cellAt(s, i, j, false) || {};
          const v = c.value === undefined || c.value === null ? "" : c.value;
          row.push(name === "values" ? v : name === "numberFormat" ? c.numberFormat || "General" : name === "formulas" ? c.formula || v
            : v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String");
        }
        rows.push(row);
      }
      return rows;
    }, ["values", "valueTypes", "numberFormat", "formulas", "address", "rowIndex", "columnIndex"]);
    const write = (prop, key) => Object.defineProperty(r, prop, {
      get: () => { if (!(prop in r._loaded)) throw fail("PropertyNotLoaded", prop); return r._loaded[prop]; },
      set: (grid) => pending.push(() => {
        const s = sheetOf(sheetName);
        const at = ref();
        if (!Array.isArray(grid) || grid.length !== at.bottom - at.top + 1 || grid.some((row) => row.length !== at.right - at.left + 1))
          throw fail("InvalidArgument", "the array does not match the size of " + a1(at));
        grid.forEach((row, i) => row.forEach((v, j) => {
          const c = cellAt(s, at.top + i, at.left + j, true);
          if (key === "formula" && typeof v === "string" && v.startsWith("=")) { c.formula = v; c.value = null; }
          else if (key === "formula" || key === "value") { delete c.formula; c.value = v === "" ? null : v; }
          else c[key] = v;
        }));
      }),
    });
    write("values", "value");
    write("formulas", "formula");
    write("numberFormat", "numberFormat");
    const each = (apply) => pending.push(() => {
      const s = sheetOf(sheetName);
      const at = ref();
      if (at.columns) { for (let j = at.left; j <= at.right; j++) apply(null, s, letters(j)); return; }
      for (let i = at.top; i <= at.bottom; i++) for (let j = at.left; j <= at.right; j++) apply(cellAt(s, i, j, true), s);
    });
    const setter = (target, prop, apply) => Object.defineProperty(target, prop, { set: (v) => each((c, s, column) => apply(c, v, s, column)) });
    const font = {};
    const fill = {};
    const format = { font, fill };
    for (const p of ["bold", "italic", "size", "color"]) setter(font, p, (c, v) => { c.font = Object.assign({}, c.font, { [p]: v }); });
    setter(fill, "color", (c, v) => { c.fill = v; });
    setter(format, "horizontalAlignment", (c, v) => { c.align = v; });
    setter(format, "columnWidth", (c, v, s, column) => { s.widths[column] = v; });
    r.format = format;
    r._sheet = sheetName;
    r._ref = ref;
    return r;
  }

  function table(sheetName, initial) {
    let name = initial;
    const find = () => {
      const t = sheetOf(sheetName).tables.find((x) => x.name === name);
      if (!t) throw fail("ItemNotFound", "no table " + name);
      return t;
    };
    const t = loadable((p) => (p === "name" ? find().name : undefined), []);
    Object.defineProperty(t, "name", {
      get: () => { if (!("name" in t._loaded)) throw fail("PropertyNotLoaded", "name"); return t._loaded.name; },
      set: (v) => pending.push(() => { find().name = v; name = v; }),
    });
    t.getRange = () => range(sheetName, () => parse(find().ref));
    const column = (header) => ({
      getDataBodyRange: () => range(sheetName, () => {
        const at = parse(find().ref);
        const s = sheetOf(sheetName);
        for (let j = at.left; j <= at.right; j++)
          if ((cellAt(s, at.top, j, false) || {}).value === header) return { top: at.top + 1, bottom: at.bottom, left: j, right: j };
        throw fail("ItemNotFound", "no column " + header + " in table " + name);
      }),
    });
    t.columns = {
      getItem: column,
      add: (index, values, header) => {
        pending.push(() => {
          const tb = find();
          const at = parse(tb.ref);
          at.right += 1;
          cellAt(sheetOf(sheetName), at.top, at.right, true).value = header;
          tb.ref = a1(at);
        });
        return column(header);
      },
    };
    return t;
  }

  function worksheet(initial) {
    let name = initial;
    const ws = loadable((p) => (p === "name" ? sheetOf(name).name : undefined), ["name"]);
    const tables = loadable((p) => (p === "items" ? sheetOf(name).tables.map((t) => { const x = table(name, t.name); x._loaded.name = t.name; return x; }) : undefined), ["items"]);
    tables.getItem = (tableName) => table(name, tableName);
    tables.add = (address, hasHeaders) => {
      const tableName = "Table" + (book.sheets.reduce((n, s) => n + s.tables.length, 0) + 1);
      if (!hasHeaders) throw fail("InvalidArgument", "the planner's tables have headers");
      pending.push(() => { sheetOf(name).tables.push({ name: tableName, ref: a1(parse(address)) }); });
      return table(name, tableName);
    };
    ws.tables = tables;
    ws.getRange = (address) => range(name, address);
    const used = () => {
      const s = sheetOf(name);
      const keys = Object.keys(s.cells).filter((k) => s.cells[k].value !== null && s.cells[k].value !== undefined && s.cells[k].value !== "" || s.cells[k].formula);
      if (keys.length === 0) return undefined;
      const refs = keys.map((k) => parse(k));
      return { top: Math.min(...refs.map((x) => x.top)), left: Math.min(...refs.map((x) => x.left)), bottom: Math.max(...refs.map((x) => x.bottom)), right: Math.max(...refs.map((x) => x.right)) };
    };
    ws.getUsedRange = () => range(name, () => { const u = used(); if (!u) throw fail("ItemNotFound", "the sheet is empty"); return u; });
    ws.getUsedRangeOrNullObject = () => {
      const r = range(name, () => used() || { top: 1, left: 1, bottom: 1, right: 1 });
      const load = r.load;
      r.load = (spec) => { load(spec); pending.push(() => { r._loaded.isNullObject = !used(); }); return r; };
      Object.defineProperty(r, "isNullObject", { get: () => r._loaded.isNullObject });
      return r;
    };
    ws.delete = () => pending.push(() => { book.sheets = book.sheets.filter((s) => s !== sheetOf(name)); book.log.push("delete sheet " + name); });
    ws.activate = () => pending.push(() => { book.active = name; });
    ws.charts = {
      add: (type, source, seriesBy) => {
        const chart = { type, seriesBy, source: source._sheet + "!" + a1(source._ref()), title: "", legend: true, series: [{ name: "", xValues: "" }], position: [] };
        pending.push(() => { sheetOf(name).charts.push(chart); });
        const series = { setXAxisValues: (r) => pending.push(() => { chart.series[0].xValues = r._sheet + "!" + a1(r._ref()); }) };
        Object.defineProperty(series, "name", { set: (v) => pending.push(() => { chart.series[0].name = v; }) });
        const title = {};
        Object.defineProperty(title, "text", { set: (v) => pending.push(() => { chart.title = v; }) });
        const legend = {};
        Object.defineProperty(legend, "visible", { set: (v) => pending.push(() => { chart.legend = v; }) });
        return { title, legend, series: { getItemAt: () => series }, setPosition: (a, b) => pending.push(() => { chart.position = [a, b]; }) };
      },
    };
    return ws;
  }

  function context() {
    const worksheets = loadable((p) => (p === "items" ? book.sheets.map((s) => { const w = worksheet(s.name); w._loaded.name = s.name; return w; }) : undefined), ["items"]);
    worksheets.getItem = (name) => worksheet(name);
    worksheets.add = (name) => {
      pending.push(() => {
        if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw fail("ItemAlreadyExists", "a sheet named " + name);
        book.sheets.push({ name, cells: {}, tables: [], charts: [], widths: {} });
        book.log.push("add sheet " + name);
      });
      return worksheet(name);
    };
    const names = loadable((p) => (p === "items" ? book.names.map((n) => { const x = loadable(() => n.name, ["name"]); x._loaded.name = n.name; return x; }) : undefined), ["items"]);
    names.add = (name, reference, comment) => {
      pending.push(() => {
        if (book.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw fail("ItemAlreadyExists", "a name " + name);
        book.names.push({ name, reference, comment });
      });
    };
    names.getItem = (name) => ({
      delete: () => pending.push(() => {
        if (!book.names.some((n) => n.name === name)) throw fail("ItemNotFound", "no name " + name);
        book.names = book.names.filter((n) => n.name !== name);
        book.log.push("delete name " + name);
      }),
    });
    const workbook = loadable((p) => (p === "name" ? book.workbookName : undefined), ["name"]);
    workbook.worksheets = worksheets;
    workbook.names = names;
    return {
      workbook,
      sync: async () => {
        const now = pending;
        pending = [];
        book.syncs += 1;
        for (const step of now) step();
      },
    };
  }

  window.Excel = { run: async (batch) => batch(context()) };
  window.Office = {
    context: { displayLanguage: "en-US" },
    onReady(callback) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      return new Promise((resolve) => setTimeout(() => { if (callback) callback(info); resolve(info); }, 0));
    },
  };
})();`;
