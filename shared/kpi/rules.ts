import { divError, type ExcelError, valueError } from "../excel/errors.js";

/**
 * Domain rules shared by the KPI, CLV and quota cores. The pure cores are called with plain numbers by the report
 * generator as well as through Excel, so they check their own rules rather than relying on parameter metadata.
 * Every message follows the project pattern: the rule, then the value received (`churn_rate must be at most 1,
 * got 1.5`). Each helper returns the error, or undefined when the value passes.
 */
export type Rule = ExcelError | undefined;

export function notNegative(name: string, value: number): Rule {
  return value < 0 ? valueError(`${name} must not be negative, got ${value}`) : undefined;
}

export function positive(name: string, value: number): Rule {
  return value > 0 ? undefined : valueError(`${name} must be more than 0, got ${value}`);
}

/** A share of a whole: 0 to 1 inclusive (0.25 = 25%). */
export function fraction(name: string, value: number): Rule {
  return value >= 0 && value <= 1 ? undefined : valueError(`${name} must be between 0 and 1, got ${value}`);
}

/** A rate something is divided by: more than 0, at most 1. */
export function positiveFraction(name: string, value: number): Rule {
  return value > 0 && value <= 1 ? undefined : valueError(`${name} must be more than 0 and at most 1, got ${value}`);
}

export function wholeNumber(name: string, value: number, min: number): Rule {
  if (!Number.isInteger(value)) return valueError(`${name} must be a whole number, got ${value}`);
  return value < min ? valueError(`${name} must be at least ${min}, got ${value}`) : undefined;
}

/** A zero denominator that comes from the data (no customers at the start, no target) is #DIV/0!, as in Excel. */
export function nonZeroDivisor(name: string, value: number, why: string): Rule {
  return value === 0 ? divError(`${name} is 0: ${why}`) : undefined;
}

/** The first failing rule, so a function reports the first bad argument as Excel does. */
export function firstFailure(...rules: Rule[]): Rule {
  for (const rule of rules) if (rule !== undefined) return rule;
  return undefined;
}
