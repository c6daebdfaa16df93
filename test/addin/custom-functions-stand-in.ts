/**
 * A stand-in for Excel's custom-functions runtime, injected into a Chromium page before the built
 * dist/addin/functions.js. It mirrors the Office typings (@types/custom-functions-runtime):
 * `CustomFunctions.associate(id, fn)` and `associate({ id: fn })`, `new CustomFunctions.Error(code, message?)`
 * with `code` and `message`, and `CustomFunctions.ErrorCode` with the same member names and values.
 * @microsoft/office-js's runtime script needs the Office host and the network, so it cannot run here.
 *
 * Like Excel it refuses an unknown error code and a second registration of an id, and it records which errors
 * were created with a message, since Excel shows a message only for #VALUE! and #N/A.
 */
export const CUSTOM_FUNCTIONS_STAND_IN = `(() => {
  const ErrorCode = Object.freeze({
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  });
  const codes = new Set(Object.values(ErrorCode));
  class CustomFunctionsError {
    constructor(code, message) {
      if (!codes.has(code)) throw new TypeError("CustomFunctions.Error: unknown error code " + String(code));
      this.code = code;
      if (message !== undefined) this.message = message;
    }
  }
  const registered = new Map();
  function associate(idOrMappings, fn) {
    if (typeof idOrMappings === "object" && idOrMappings !== null) {
      for (const [id, f] of Object.entries(idOrMappings)) associate(id, f);
      return;
    }
    if (typeof idOrMappings !== "string" || typeof fn !== "function") throw new TypeError("associate(id, function)");
    const id = idOrMappings.toUpperCase();
    if (registered.has(id)) throw new Error("CustomFunctions.associate: " + id + " is already associated");
    registered.set(id, fn);
  }
  window.CustomFunctions = { associate, Error: CustomFunctionsError, ErrorCode };
  // What the harness reads back: the ids registered and a call that serialises results the way Excel sees them.
  window.__excel = {
    ids: () => [...registered.keys()],
    call: (id, args) => {
      const fn = registered.get(id);
      if (!fn) return { missing: id };
      const out = (v) => v instanceof CustomFunctionsError
        ? ("message" in v ? { code: v.code, message: v.message } : { code: v.code })
        : v;
      try {
        const result = fn(...args);
        return { result: Array.isArray(result) ? result.map((row) => (Array.isArray(row) ? row.map(out) : out(row))) : out(result) };
      } catch (e) {
        return { thrown: String(e && e.message || e) };
      }
    },
  };
})();`;
