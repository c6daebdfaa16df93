import { isPlaceholder } from "../../../shared/clv/placeholders.js";
import { type ClvTransaction, summarise } from "../../../shared/clv/summary.js";
import { cellAddress, problem } from "../problems.js";
import type { TransactionRecord } from "./contract.js";
import { words } from "./messages.js";
import type { Located, SheetRules, SheetView } from "./table.js";

/**
 * The Transactions sheet's own rules, beyond each cell's check:
 * - Amount from Quantity × Unit price when an order-line export (InvoiceNo, Quantity, UnitPrice) has none.
 * - Rows of a placeholder customer ("(blank)", "NA", "unknown": shared/clv/placeholders.ts) are left out with
 *   a count, as the CLV cell functions leave them out.
 * - Negative amounts are credits (returns, cancellations, discounts): each is netted against the same
 *   customer's purchases on or before its day, latest first; a purchase it cancels in full is removed, and a
 *   credit with nothing before it to net against (the return of a purchase outside the export) is left out.
 *   What was netted is counted in a warning. Purchases of 0 stay (a customer who spent nothing is a customer);
 *   a customer whose repeat purchases all come to 0 is left out of the spend model (Gamma-Gamma) only, with a
 *   count in a warning (the report fits with `zeroSpend: "exclude"`).
 * - Customer ids a float column made of integers ("17850.0", as pandas writes ids with gaps) read as "17850".
 */
export const TRANSACTION_RULES: SheetRules<TransactionRecord> = {
  columns(view) {
    const { columnOf } = view;
    if (columnOf.has("amount")) return;
    if (columnOf.has("quantity") && columnOf.has("unitPrice")) {
      view.notes.push(words.derivedAmount(view.place, header(view, "quantity"), header(view, "unitPrice")));
      return;
    }
    view.problems.push(
      problem({
        code: "missingColumn",
        sheet: view.sheet,
        cell: cellAddress(view.headerRow, 1),
        rule: words.missingColumn("Amount", [
          "Amount",
          "Value",
          "Revenue",
          "Total",
          "Sales",
          "Order total",
          "Quantity and Unit price",
        ]),
      }),
    );
  },

  complete(view) {
    const derive = !view.columnOf.has("amount");
    const placeholders = new Map<string, number>();
    let excluded = 0;
    const kept: Located<TransactionRecord>[] = [];
    for (const t of view.records) {
      const record = t as { customer?: string; amount?: number };
      if (derive && t.quantity !== undefined && t.unitPrice !== undefined) record.amount = t.quantity * t.unitPrice;
      if (t.customer !== undefined) {
        if (isPlaceholder(t.customer)) {
          excluded++;
          placeholders.set(t.customer, (placeholders.get(t.customer) ?? 0) + 1);
          continue;
        }
        if (/^\d+\.0+$/.test(t.customer)) record.customer = t.customer.replace(/\.0+$/, "");
      }
      kept.push(t);
    }
    if (excluded > 0)
      view.warnings.push(
        words.placeholderCustomers(
          view.place,
          excluded,
          [...placeholders.keys()].slice(0, 3).map((p) => `"${p}"`),
        ),
      );
    const netted = netCredits(kept);
    if (netted.credits > 0)
      view.warnings.push(words.credits(view.place, netted.credits, money(netted.total), netted.unmatched));
    // Transactions are stored as an array (TRANSACTION_RULES does not ask for a table): replaced in place.
    const records = view.records as Located<TransactionRecord>[];
    records.length = 0;
    for (const t of netted.records) records.push(t);
    const zeroSpend = zeroSpendCustomers(records);
    if (zeroSpend > 0) view.warnings.push(`${view.place}: ${words.zeroSpendCustomers(zeroSpend)}`);
  },
};

/** Repeat customers whose repeat purchases come to 0, by the summary the CLV fit itself uses. */
function zeroSpendCustomers(records: readonly TransactionRecord[]): number {
  const rows: ClvTransaction[] = [];
  for (const t of records)
    if (t.customer !== undefined && t.date !== undefined && t.amount !== undefined)
      rows.push({ customer: t.customer, date: t.date, amount: t.amount });
  if (rows.length === 0) return 0;
  const summaries = summarise(rows, { timeUnit: "weeks" });
  return "error" in summaries ? 0 : summaries.filter((s) => s.x > 0 && !(s.monetary > 0)).length;
}

function header(view: SheetView<TransactionRecord>, key: string): string {
  return view.headers.get(view.columnOf.get(key) as number) ?? key;
}

const money = (n: number): string => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Net each credit against the same customer's earlier purchases, latest first (see the rules above). */
export function netCredits<T extends { customer?: string; date?: number; amount?: number; row: number }>(
  records: readonly T[],
): { records: T[]; credits: number; total: number; unmatched: number } {
  let credits = 0;
  let total = 0;
  for (const r of records)
    if (r.amount !== undefined && r.amount < 0) {
      credits++;
      total += r.amount;
    }
  if (credits === 0) return { records: [...records], credits, total, unmatched: 0 };
  // Per customer, in date order (a credit after purchases of the same day nets against them).
  const byCustomer = new Map<string, T[]>();
  for (const r of records) {
    const key = r.customer ?? "";
    const list = byCustomer.get(key);
    if (list) list.push(r);
    else byCustomer.set(key, [r]);
  }
  const remaining = new Map<T, number>();
  const dropped = new Set<T>();
  let unmatched = 0;
  for (const list of byCustomer.values()) {
    // Purchases before credits on the same day, so a same-day cancellation finds its purchase.
    list.sort(
      (a, b) =>
        Math.floor(a.date ?? 0) - Math.floor(b.date ?? 0) ||
        Number((a.amount ?? 0) < 0) - Number((b.amount ?? 0) < 0) ||
        a.row - b.row,
    );
    const open: T[] = [];
    for (const r of list) {
      const amount = r.amount ?? 0;
      if (amount >= 0) {
        open.push(r);
        remaining.set(r, amount);
        continue;
      }
      dropped.add(r);
      let left = -amount;
      while (left > 1e-9 && open.length > 0) {
        const last = open[open.length - 1] as T;
        const value = remaining.get(last) as number;
        const take = Math.min(value, left);
        left -= take;
        if (value - take <= 1e-9 && value > 0) {
          remaining.set(last, 0);
          dropped.add(last);
          open.pop();
        } else if (value === 0) {
          open.pop();
        } else remaining.set(last, value - take);
      }
      if (left > 1e-9) unmatched++;
    }
  }
  const out: T[] = [];
  for (const r of records) {
    if (dropped.has(r)) continue;
    const amount = remaining.get(r);
    out.push(amount !== undefined && amount !== r.amount ? { ...r, amount } : r);
  }
  return { records: out, credits, total, unmatched };
}
