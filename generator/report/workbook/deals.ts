import { isPlaceholder } from "../../../shared/clv/placeholders.js";
import { isExcelError } from "../../../shared/excel/errors.js";
import { type CellValue, isBlank } from "../../../shared/excel/values.js";
import { classifyOutcome, type Outcome, outcomeWord } from "../../../shared/winrate/outcomes.js";
import { cellAddress, columnLetters, type ProblemInit, problem } from "../problems.js";
import { looksClosed } from "./closed-looking.js";
import type { DealRecord } from "./contract.js";
import { booleanOf } from "./fields.js";
import { words } from "./messages.js";
import type { Located, SheetRules, SheetView, UnknownColumn } from "./table.js";

/**
 * The Deals sheet's own rules, beyond each cell's check:
 * - Outcome from what exports have: the Outcome column, else IsClosed with IsWon (Salesforce), else a Stage
 *   holding closed-won/closed-lost words or ids (Maven's Won/Lost, HubSpot's closedwon). IsWon alone is
 *   refused: an open deal is not won either, so reading FALSE as lost would turn the pipeline into losses.
 * - A word in the Outcome column that is no outcome ("Wno") is a problem at its cell, never an open deal; so
 *   is an Outcome that contradicts its Stage or IsClosed.
 * - Deals closed before they were created stay in the win rate but leave the sales cycle (as SALESCYCLE
 *   leaves them out), counted in a warning; won deals without a rep are counted in a warning too.
 * - Amount from Quantity × Unit price when an order-line export has no Amount.
 */
export const DEAL_RULES: SheetRules<DealRecord> = {
  byColumn: true,
  columns(view) {
    const { columnOf } = view;
    booleanColumnAs(view, "closed", "isClosed");
    if (!columnOf.has("amount") && columnOf.has("quantity") && columnOf.has("unitPrice"))
      view.notes.push(words.derivedAmount(view.place, header(view, "quantity"), header(view, "unitPrice")));
    if (columnOf.has("outcome")) return;
    if (columnOf.has("isClosed")) {
      if (!columnOf.has("isWon") && !columnOf.has("stage"))
        view.problems.push(atHeader(view, "isClosed", words.isWonAlone(header(view, "isClosed")), words.addIsClosed()));
      else
        view.notes.push(
          words.outcomeFrom(
            view.place,
            `${header(view, "isClosed")} and ${header(view, columnOf.has("isWon") ? "isWon" : "stage")}`,
          ),
        );
      return;
    }
    if (columnOf.has("stage")) {
      view.notes.push(
        words.outcomeFrom(
          view.place,
          `${header(view, "stage")} (closed won and closed lost stages; other stages are open)`,
        ),
      );
      return;
    }
    if (columnOf.has("isWon")) {
      view.problems.push(atHeader(view, "isWon", words.isWonAlone(header(view, "isWon")), words.addIsClosed()));
      return;
    }
    const suggestion = suggestOutcome(view.unknown);
    view.problems.push(
      problem({
        code: "missingColumn",
        sheet: view.sheet,
        cell: cellAddress(view.headerRow, 1),
        rule: words.missingOutcome(),
        ...(suggestion ? { hint: suggestion } : {}),
      }),
    );
  },

  complete(view) {
    deriveAmounts(view);
    deriveOutcomes(view);
    const fromStage = !view.columnOf.has("outcome") && !view.columnOf.has("isClosed") && view.columnOf.has("stage");
    if (fromStage && view.records.length > 0 && !anyClosed(view))
      view.warnings.push(words.noClosedStage(view.place, header(view, "stage")));
    const closedBeforeCreated: number[] = [];
    const wonWithoutRep: number[] = [];
    const hasRep = view.columnOf.has("rep");
    // A sheet holds a few distinct outcome words: classify each once (a million deals, a handful of words).
    const classified = new Map<unknown, ReturnType<typeof classifyOutcome>>();
    const classify = (value: CellValue) => {
      if (typeof value === "object" && value !== null) return classifyOutcome(value);
      let outcome = classified.get(value);
      if (outcome === undefined && !classified.has(value)) {
        outcome = classifyOutcome(value);
        classified.set(value, outcome);
      }
      return outcome;
    };
    for (const deal of view.records) {
      if (hasRep && deal.rep !== undefined && isPlaceholder(deal.rep)) (deal as { rep?: string }).rep = undefined;
      // An Outcome cell keeps its own word ("Won", "赢单"): classify it as the core does.
      const outcome = classify((deal.outcome ?? null) as CellValue);
      const closed = outcome === "won" || outcome === "lost";
      if (
        closed &&
        deal.created !== undefined &&
        deal.closed !== undefined &&
        // The core's rule (shared/kpi): a cycle is closed − created, times of day included; below 0 is none.
        deal.closed < deal.created
      )
        closedBeforeCreated.push(deal.row);
      if (hasRep && outcome === "won" && deal.rep === undefined) wonWithoutRep.push(deal.row);
    }
    if (closedBeforeCreated.length > 0) view.warnings.push(words.closedBeforeCreated(view.place, closedBeforeCreated));
    if (wonWithoutRep.length > 0) view.warnings.push(words.bookingsWithoutRep(view.place, wonWithoutRep));
  },
};

function anyClosed(view: SheetView<DealRecord>): boolean {
  for (const deal of view.records) if (deal.outcome === "won" || deal.outcome === "lost") return true;
  return false;
}

function header(view: SheetView<DealRecord>, key: string): string {
  return view.headers.get(view.columnOf.get(key) as number) ?? key;
}

function atHeader(view: SheetView<DealRecord>, key: string, rule: string, hint: string) {
  return problem({
    code: "outcome",
    sheet: view.sheet,
    cell: cellAddress(view.headerRow, (view.columnOf.get(key) as number) + 1),
    rule,
    hint,
  });
}

/**
 * Salesforce report exports name IsClosed "Closed", the name of Goalsheet's close-date column (and often
 * beside "Close Date"): a "Closed" column whose first values are all TRUE/FALSE (or 1/0, as a spreadsheet
 * turns "1"/"0" into numbers, and no close date is ever 0 or 1) is read as IsClosed.
 */
function booleanColumnAs(view: SheetView<DealRecord>, from: string, to: string): void {
  if (view.columnOf.has(to)) return;
  const booleans = (col: number) => {
    const values = view.sample.map((r) => r.cells[col] ?? null).filter((v) => !isBlank(v));
    return values.length > 0 && values.every((v) => booleanOf(v) !== undefined);
  };
  const col = view.columnOf.get(from);
  const twin = view.duplicates.findIndex((d) => d.key === from && booleans(d.col));
  if (twin >= 0) {
    view.columnOf.set(to, (view.duplicates[twin] as { col: number }).col);
    view.duplicates.splice(twin, 1);
  } else if (col !== undefined && booleans(col)) {
    view.columnOf.delete(from);
    view.columnOf.set(to, col);
    const other = view.duplicates.findIndex((d) => d.key === from);
    if (other >= 0) {
      view.columnOf.set(from, (view.duplicates[other] as { col: number }).col);
      view.duplicates.splice(other, 1);
    }
  }
}

/** "column "Result" (F) holds Won/Lost values: use it as Outcome?" — for the column that looks right. */
function suggestOutcome(unknown: readonly UnknownColumn[]): string | undefined {
  let best: { column: UnknownColumn; what: string; use: string; share: number } | undefined;
  for (const column of unknown) {
    const values = column.sample.filter((v) => !isBlank(v));
    if (values.length === 0) continue;
    const words_ = values.filter((v) => typeof v === "string" && closedOutcome(outcomeWord(v)) !== undefined).length;
    const booleans = values.filter((v) => booleanOf(v) !== undefined).length;
    const candidates = [
      { what: "Won/Lost values", use: "Outcome", share: words_ / values.length },
      { what: "TRUE/FALSE values", use: "IsWon (with IsClosed)", share: booleans / values.length },
    ];
    for (const c of candidates) if (c.share >= 0.5 && (!best || c.share > best.share)) best = { column, ...c };
  }
  if (!best) return undefined;
  return words.looksLike(best.column.header, columnLetters(best.column.col + 1), best.what, best.use);
}

/**
 * Whether an outcome contradicts a stage's: open against closed, or won against not won. "No decision" and
 * "lost" agree (CRMs file no-decision deals under Closed Lost with a reason).
 */
function disagree(outcome: Outcome, stage: Exclude<Outcome, "open">): boolean {
  return outcome === "open" || (outcome === "won") !== (stage === "won");
}

function closedOutcome(outcome: Outcome | undefined): Exclude<Outcome, "open"> | undefined {
  return outcome === "open" ? undefined : outcome;
}

/** The outcome an Outcome cell names, or undefined when it names none (words looked up once per text). */
const WORDS = new Map<string, Outcome | undefined>();
function outcomeOfCell(value: CellValue): Outcome | undefined {
  if (typeof value === "boolean") return value ? "won" : "lost";
  // A number is never an outcome (the core's rule: 0 is an empty cell from Excel desktop, so 1 cannot be won).
  if (typeof value === "number") return undefined;
  if (typeof value !== "string") return undefined;
  if (WORDS.has(value)) return WORDS.get(value);
  const outcome = outcomeWord(value);
  if (WORDS.size < 10_000) WORDS.set(value, outcome);
  return outcome;
}

function deriveOutcomes(view: SheetView<DealRecord>): void {
  const { columnOf } = view;
  const has = (key: string) => columnOf.has(key);
  const cell = (key: string, row: number) => cellAddress(row, (columnOf.get(key) as number) + 1);
  const stageCache = new Map<string, Exclude<Outcome, "open"> | undefined>();
  const stageOutcome = (stage: string | undefined) => {
    if (stage === undefined) return undefined;
    if (!stageCache.has(stage)) stageCache.set(stage, closedOutcome(outcomeWord(stage)));
    return stageCache.get(stage);
  };
  const lookCache = new Map<string, boolean>();
  const looksClosedCached = (stage: string) => {
    let looks = lookCache.get(stage);
    if (looks === undefined) {
      looks = looksClosed(stage);
      if (lookCache.size < 10_000) lookCache.set(stage, looks);
    }
    return looks;
  };
  const refuse = (init: Omit<ProblemInit, "code" | "sheet">) =>
    view.problems.push(problem({ code: "outcome", sheet: view.sheet, ...init }));
  // Rows whose explicit outcome (the Outcome column, or IsClosed/IsWon) contradicts their Stage: the explicit
  // one is used, and the rows are counted in a warning so the contradiction is seen.
  const contradicted: number[] = [];
  // Rows counted as open although their Stage reads like a closed one (a typo such as "Closed Wno").
  const closedLooking: number[] = [];
  const closedLookingStages = new Set<string>();
  let source = "";
  for (const deal of view.records) {
    const record = deal as Located<DealRecord> & { outcome?: CellValue };
    const byStage = stageOutcome(deal.stage);
    const raw = deal.outcome;
    let outcome: Outcome | undefined;
    // 0 in an Outcome cell is how Excel desktop sends an empty cell: blank, as the core reads it.
    const written = raw !== undefined && raw !== null && raw !== 0 && !isBlank(raw);
    if (has("outcome") && written && !isExcelError(raw)) {
      outcome = outcomeOfCell(raw);
      if (outcome === undefined) {
        refuse({
          cell: cell("outcome", deal.row),
          rule: words.unknownOutcome(header(view, "outcome")),
          value: JSON.stringify(String(raw)),
        });
        continue;
      }
      source = header(view, "outcome");
    } else if (has("isClosed") && deal.isClosed !== undefined) {
      const won = deal.isWon ?? (byStage === "won" ? true : byStage === "lost" ? false : undefined);
      if (deal.isClosed && won === undefined) {
        refuse({
          cell: cell("isClosed", deal.row),
          rule: words.isWonAlone(header(view, "isClosed")),
          hint: words.addIsClosed(),
          value: "TRUE",
        });
        continue;
      }
      outcome = !deal.isClosed ? "open" : won ? "won" : "lost";
      source = `${header(view, "isClosed")}/${has("isWon") ? header(view, "isWon") : header(view, "stage")}`;
    } else if (has("stage") && deal.stage !== undefined) {
      // IsWon FALSE on a closed-won Stage: closed (the Stage says so) and not won (IsWon says so), counted below.
      outcome = deal.isWon === true ? "won" : deal.isWon === false && byStage === "won" ? "lost" : (byStage ?? "open");
      if (deal.isWon !== undefined) source = header(view, "isWon");
      if (outcome === "open" && deal.isWon !== true && looksClosedCached(deal.stage)) {
        closedLooking.push(deal.row);
        if (closedLookingStages.size < 4) closedLookingStages.add(deal.stage);
      }
    }
    if (outcome !== undefined && byStage !== undefined && disagree(outcome, byStage)) contradicted.push(deal.row);
    // An Outcome cell keeps the word it was written with (the core reads it the same way as outcomeWord did);
    // an outcome taken from Stage or IsClosed/IsWon is written as the core's own word.
    // Assigned, not deleted: a stored record is a handle onto its row (record-table.ts), and an absent field
    // and an undefined one read the same everywhere (JSON leaves both out).
    if (outcome === undefined) record.outcome = undefined;
    else if (!(has("outcome") && written)) record.outcome = outcome;
  }
  if (contradicted.length > 0)
    view.warnings.push(words.outcomeContradictsStage(view.place, source, header(view, "stage"), contradicted));
  if (closedLooking.length > 0)
    view.warnings.push(
      words.stageLooksClosed(view.place, header(view, "stage"), [...closedLookingStages], closedLooking),
    );
}

function deriveAmounts(view: SheetView<DealRecord>): void {
  if (view.columnOf.has("amount") || !view.columnOf.has("quantity") || !view.columnOf.has("unitPrice")) return;
  for (const deal of view.records) {
    if (deal.quantity === undefined || deal.unitPrice === undefined) continue;
    const amount = deal.quantity * deal.unitPrice;
    if (amount < 0) {
      view.problems.push(
        problem({
          code: "invalid",
          sheet: view.sheet,
          cell: cellAddress(deal.row, (view.columnOf.get("quantity") as number) + 1),
          rule: `${header(view, "quantity")} must be at least 0 (a deal's amount is Quantity × Unit price)`,
          value: String(deal.quantity),
        }),
      );
      continue;
    }
    (deal as { amount?: number }).amount = amount;
  }
}
