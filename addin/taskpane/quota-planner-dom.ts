import type { PlanField } from "../../shared/quota/plan/plan-input.js";

/** Small DOM builders for the planner's form (the pane builds its DOM without a framework or inline HTML). */
type Child = Node | string;

/** An element with properties (className, value, type …) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Record<string, unknown> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith("data-") || key.startsWith("aria-")) node.setAttribute(key, String(value));
    else (node as unknown as Record<string, unknown>)[key] = value;
  }
  node.append(...children);
  return node;
}

/** A form field with its slot for problems, a text input, and a radio choice with its label. */
export function formHelpers(doc: Document) {
  return {
    field: (name: PlanField, ...children: Child[]) =>
      el(
        doc,
        "div",
        { className: "field", "data-field": name },
        ...children,
        el(doc, "p", { className: "problem", hidden: true }),
      ),
    input: (name: string, value: string, props: Record<string, unknown> = {}) =>
      el(doc, "input", { name, value, ...props }),
    radio: (group: string, value: string, label: string, checked: boolean, disabled = false, why = "") =>
      el(
        doc,
        "label",
        { className: "choice", title: why },
        el(doc, "input", { type: "radio", name: group, value, checked, disabled }),
        ` ${label}`,
      ),
  };
}
