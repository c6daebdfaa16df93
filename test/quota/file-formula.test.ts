import { describe, expect, it } from "vitest";
import { fileFormula } from "../../generator/cli/quota-sheet/file-formula.js";

describe("fileFormula(formula): the text Excel saves for a formula", () => {
  it.each([
    // Custom functions: _xldudf_, then namespace and function with dots as underscores (office-js #2568, #4811).
    ["=GOALS.QUOTASPLIT(Quota_Target,B19#)", "_xldudf_GOALS_QUOTASPLIT(Quota_Target,_xlfn.ANCHORARRAY(B19))"],
    ["=goals.winrate(Deals[Outcome])", "_xldudf_GOALS_WINRATE(Deals[Outcome])"],
    ["=SUM(GOALS.QUOTASPLIT(1000,{1;1}))", "SUM(_xldudf_GOALS_QUOTASPLIT(1000,{1;1}))"],
    // Future functions ([MS-XLSX] 2.2.2), FILTER and SORT with _xlws.
    ["=XLOOKUP(A1,B1:B3,C1:C3,1)", "_xlfn.XLOOKUP(A1,B1:B3,C1:C3,1)"],
    ["=FILTER(A1:A9,B1:B9>0)", "_xlfn._xlws.FILTER(A1:A9,B1:B9>0)"],
    // Functions Excel 2007 already had stay as they are.
    ["=SUMIFS(Deals[Amount],Deals[Rep],Reps[Rep])", "SUMIFS(Deals[Amount],Deals[Rep],Reps[Rep])"],
    ["=EDATE(D17,1)", "EDATE(D17,1)"],
    // The spill operator, with and without a sheet, absolute or not.
    ["=Quota!$D$19#", "_xlfn.ANCHORARRAY(Quota!$D$19)"],
    ["='Q3 plan'!D19#+P19#", "_xlfn.ANCHORARRAY('Q3 plan'!D19)+_xlfn.ANCHORARRAY(P19)"],
    ["=SUM(INDEX($D$19#,0,1))", "SUM(INDEX(_xlfn.ANCHORARRAY($D$19),0,1))"],
  ])("%s → %s", (formula, saved) => {
    expect(fileFormula(formula)).toBe(saved);
  });

  it("leaves text constants and structured references alone", () => {
    expect(fileFormula('=IF(A1="GOALS.X(1)#",XLOOKUP(1,Reps[Jan(1)],Reps[#Headers]),"")')).toBe(
      'IF(A1="GOALS.X(1)#",_xlfn.XLOOKUP(1,Reps[Jan(1)],Reps[#Headers]),"")',
    );
    expect(fileFormula('=SUMIFS(Deals[Amount],Deals[Outcome],"=Won")')).toBe(
      'SUMIFS(Deals[Amount],Deals[Outcome],"=Won")',
    );
  });

  it("refuses LET and LAMBDA, whose parameters would need renaming", () => {
    expect(() => fileFormula("=LET(x,1,x)")).toThrowErrorMatchingInlineSnapshot(
      `[Error: LET needs its parameters renamed when saved; not supported]`,
    );
  });
});
