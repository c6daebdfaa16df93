import type { AdviceWords } from "./words.js";

export const en: AdviceWords = {
  format: { decimal: ".", group: ",", percentSpace: false },
  specificPass: (m) => `names the metric "${m}" with a direction or target`,
  noMetric: 'no business metric named: say what you measure, e.g. "revenue", "win rate" or "new customers"',
  noDirection: (m) => `names "${m}" but no direction or target: say "increase", "reduce" or "reach"`,
  measurablePass: (q) => `measurable: "${q}"`,
  noQuantity: 'no number for the target: add one, e.g. "by 10%" or "200 calls"',
  relevantPass: (m) => `"${m}" is a sales metric`,
  relevantObjective: (m) => `"${m}" is one of the objectives`,
  notRelevant: "no sales or business metric: tie the goal to one, e.g. revenue, churn or win rate",
  notAnObjective: (m, o) => `"${m}" is not among the objectives (${o})`,
  timePass: (t) => `time frame: "${t}"`,
  noTime: 'no deadline or period: add one, e.g. "by 30 June" or "per month"',
  fix: {
    S: "name the metric, e.g. 'revenue' or 'win rate'",
    M: "add a number such as 'by 10%'",
    A: "lower the target or extend the deadline",
    R: "tie it to a sales metric",
    T: "add a deadline such as 'by 30 June'",
  },
  allPass: "5/5 ✓ SMART",
  achievable: {
    noData: "not checked: give a baseline and a history of past values to judge it",
    noTarget: "not checked: the goal states no number to compare with the history",
    shortHistory: "not checked: the history needs at least two past values (and a non-zero baseline)",
    redFlag: (c) => `asks for ${c} within a year, more than doubling: lower the target or extend the deadline`,
    noRedFlag: (c) => `not checked against data (asks for ${c}); give a baseline and a history to judge it`,
    judgedPass: (c, b, t, h, l) =>
      `needs ${c} (${b} → ${t}); history moved at most ${h} a period, and up to twice that (${l}) is achievable`,
    judgedFail: (c, b, t, h, l) =>
      `needs ${c} (${b} → ${t}); history moved at most ${h} a period, and more than twice that (${l}) is not achievable: lower the target or extend the deadline`,
  },
};
