import { argumentFor, formulaFor, NAMESPACE } from "./formula.js";
import type { ListedFunction } from "./listed-function.js";

export interface FunctionListActions {
  /** Write the formula into the selected cell; resolves to the cell's address. */
  insert(formula: string): Promise<string>;
  /** The selected range's address (Sheet1!A2:A9), to fill an argument. */
  selection(): Promise<string>;
  status(text: string, kind?: "ok" | "error"): void;
  /** Why the pane cannot reach Excel, if it cannot: Insert and Use selection are then disabled, saying so. */
  readonly unavailable?: string;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(doc.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * One collapsible entry per GOALS function, built from the core metadata (the same text the README and Excel's
 * formula help show): description, each parameter with its help and a field, the worked example, and an
 * Insert button that writes the formula into the selected cell.
 */
export function renderFunctionList(
  doc: Document,
  container: HTMLElement,
  functions: readonly ListedFunction[],
  actions: FunctionListActions,
): void {
  container.replaceChildren();
  for (const fn of [...functions].sort((a, b) => a.name.localeCompare(b.name))) {
    const fields: HTMLInputElement[] = [];
    const params = el(doc, "ol", { className: "params" });
    for (const param of fn.params) {
      const input = el(doc, "input", {
        type: "text",
        name: param.name,
        placeholder: param.optional ? "optional" : "required",
      });
      fields.push(input);
      const pick = el(doc, "button", { type: "button", className: "pick", textContent: "Use selection" });
      disableWithout(pick, actions.unavailable);
      pick.setAttribute("aria-label", `Use the selected cells for ${param.name}`);
      pick.addEventListener("click", async () => {
        try {
          input.value = await actions.selection();
        } catch (cause) {
          actions.status(`Could not read the selection: ${messageOf(cause)}`, "error");
        }
      });
      params.append(
        el(
          doc,
          "li",
          {},
          el(doc, "label", {}, el(doc, "code", { textContent: param.name }), ` ${param.description}`, input),
          pick,
        ),
      );
    }
    const insert = el(doc, "button", { type: "button", className: "insert", textContent: "Insert" });
    disableWithout(insert, actions.unavailable);
    insert.dataset.function = fn.name;
    insert.addEventListener("click", async () => {
      const typed = fields.map((f, i) => argumentFor(f.value, fn.params[i]?.excelType ?? "any"));
      const built = formulaFor(fn, typed);
      if ("problem" in built) {
        actions.status(built.problem, "error");
        return;
      }
      try {
        const address = await actions.insert(built.formula);
        actions.status(`Inserted ${built.formula} in ${address}`, "ok");
      } catch (cause) {
        actions.status(`Excel did not accept ${built.formula}: ${messageOf(cause)}`, "error");
      }
    });
    const details = el(
      doc,
      "details",
      { className: "function" },
      el(doc, "summary", {}, el(doc, "code", { textContent: `${NAMESPACE}.${fn.name}` }), ` ${fn.description}`),
      params,
      el(
        doc,
        "p",
        { className: "example" },
        "Example: ",
        el(doc, "code", { textContent: fn.example.formula }),
        ` gives ${fn.example.result}.`,
      ),
      insert,
    );
    details.dataset.name = fn.name;
    container.append(details);
  }
}

function disableWithout(button: HTMLButtonElement, unavailable: string | undefined): void {
  if (unavailable === undefined) return;
  button.disabled = true;
  button.title = unavailable;
}

/** Show only the functions whose name or description holds the filter text. */
export function filterFunctionList(container: HTMLElement, text: string): void {
  const needle = text.trim().toLowerCase();
  for (const node of Array.from(container.querySelectorAll<HTMLElement>("details.function"))) {
    node.hidden = needle !== "" && !node.textContent?.toLowerCase().includes(needle);
  }
}

export function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
