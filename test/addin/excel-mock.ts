/**
 * A hand-written mock of the few Office.js APIs the task pane uses, served in place of office.js when the
 * built pane runs in Chromium. Like Office.js, properties must be `load`ed and `context.sync()`ed before they
 * are read (reading early throws PropertyNotLoaded), and writes (`range.formulas = …`) land on sync.
 * It also carries the custom-functions stand-in, since the shared runtime page loads functions.js too.
 *
 * The workbook lives in `window.__mock` (set by the test before the page scripts run):
 *   { workbookName, displayLanguage, selection: { address, values }, sheets: [{ name, tables: [{ name,
 *     address }], used: { values, valueTypes, numberFormat, rowIndex, columnIndex } | null }], written: [],
 *     host?, platform?, silent?, requirements?, opened: [] }
 */
export const EXCEL_MOCK = `(() => {
  const mock = window.__mock;
  mock.written = [];
  let pending = [];

  class Loadable {
    constructor(data, children = {}) {
      this._data = data;
      this._loaded = new Set();
      this._asked = new Set();
      for (const key of Object.keys(data)) {
        Object.defineProperty(this, key, {
          get: () => {
            if (!this._loaded.has(key)) throw Object.assign(new Error("PropertyNotLoaded: " + key), { code: "PropertyNotLoaded" });
            return this._data[key];
          },
          enumerable: true,
        });
      }
      Object.assign(this, children);
    }
    load(spec) {
      const names = Array.isArray(spec) ? spec : String(spec).split(",");
      for (const raw of names) {
        const name = raw.trim();
        if (name.startsWith("items/")) {
          this._asked.add("items");
          for (const item of this._data.items) item.load(name.slice(6));
        } else this._asked.add(name);
      }
      pending.push(this);
      return this;
    }
    _settle() {
      for (const k of this._asked) this._loaded.add(k);
      // As in Office.js, isNullObject is readable after any sync without being loaded.
      if ("isNullObject" in this._data) this._loaded.add("isNullObject");
    }
  }

  function range(data, sheetName) {
    const r = new Loadable(data, {
      getCell(row, column) {
        const cell = range({ address: data.address.replace(/:.*$/, ""), values: [[(data.values[row] || [])[column] ?? ""]] }, sheetName);
        Object.defineProperty(cell, "formulas", {
          set(value) { pending.push({ _settle: () => mock.written.push({ address: cell._data.address, formulas: value }) }); },
        });
        return cell;
      },
    });
    return r;
  }

  function worksheet(sheet) {
    const tables = new Loadable({
      items: sheet.tables.map((t) => new Loadable({ name: t.name }, {
        getRange: () => range({ address: t.address }),
      })),
    });
    return new Loadable({ name: sheet.name }, {
      tables,
      getUsedRangeOrNullObject() {
        const used = sheet.used;
        return new Loadable(used ? { ...used, isNullObject: false } : { isNullObject: true });
      },
    });
  }

  function context() {
    const worksheets = new Loadable({ items: mock.sheets.map(worksheet) });
    const workbook = new Loadable({ name: mock.workbookName }, {
      worksheets,
      getSelectedRange: () => range(mock.selection),
    });
    return {
      workbook,
      sync: async () => {
        const now = pending;
        pending = [];
        for (const p of now) p._settle();
      },
    };
  }

  window.Excel = { run: async (batch) => batch(context()) };
  // Office itself: the host and platform onReady reports ("host" null: a page open outside Office; "silent":
  // onReady never answers), the requirement sets supported ("Name 1.1"), and what the pane asks of Office's UI.
  mock.opened = [];
  const supported = new Set(mock.requirements || ["DialogApi 1.1", "DialogApi 1.2", "OpenBrowserWindowApi 1.1"]);
  window.Office = {
    context: {
      displayLanguage: mock.displayLanguage || "en-US",
      requirements: { isSetSupported: (name, version) => supported.has(name + " " + (version || "1.1")) },
      ui: {
        openBrowserWindow(url) { mock.opened.push({ kind: "browser", url }); },
        displayDialogAsync(url, options, callback) {
          mock.opened.push({ kind: "dialog", url, options });
          setTimeout(() => callback({ status: "succeeded", value: { close() {} } }), 0);
        },
      },
    },
    onReady(callback) {
      const info = { host: mock.host === undefined ? "Excel" : mock.host, platform: mock.platform || "OfficeOnline" };
      if (mock.silent) return new Promise(() => {});
      return new Promise((resolve) => setTimeout(() => { if (callback) callback(info); resolve(info); }, 0));
    },
  };
})();`;
