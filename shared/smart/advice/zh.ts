import type { AdviceWords } from "./words.js";

export const zh: AdviceWords = {
  format: { decimal: ".", group: ",", percentSpace: false },
  specificPass: (m) => `指标明确：“${m}”，并有方向或目标`,
  noMetric: "未指明业务指标：请写明衡量什么，例如“收入”“赢单率”或“新客户”",
  noDirection: (m) => `提到了“${m}”，但没有方向或目标：请写明“提高”“降低”或“达到”`,
  measurablePass: (q) => `可衡量：“${q}”`,
  noQuantity: "没有目标数字：请加上一个，例如“提高10%”或“200个电话”",
  relevantPass: (m) => `“${m}”是销售指标`,
  relevantObjective: (m) => `“${m}”属于组织目标`,
  notRelevant: "不是销售或业务指标：请与一个指标挂钩，例如收入、流失率或赢单率",
  notAnObjective: (m, o) => `“${m}”不在目标列表中（${o}）`,
  timePass: (t) => `有时间范围：“${t}”`,
  noTime: "没有截止日期或周期：请加上，例如“6月30日前”或“每月”",
  fix: {
    S: "写明指标，例如“收入”或“赢单率”",
    M: "加上数字，例如“提高10%”",
    A: "降低目标或延长期限",
    R: "与销售指标挂钩",
    T: "加上截止日期，例如“6月30日前”",
  },
  allPass: "5/5 ✓ 符合SMART",
  achievable: {
    noData: "未检查：请提供基准值和历史数据以便判断",
    noTarget: "未检查：目标中没有可与历史数据比较的数字",
    shortHistory: "未检查：历史数据至少需要两个值（且基准值不能为零）",
    redFlag: (c) => `要求在一年内变化${c}，超过翻一番：请降低目标或延长期限`,
    noRedFlag: (c) => `未用数据检查（要求变化${c}）：请提供基准值和历史数据以便判断`,
    judgedPass: (c, b, t, h, l) => `需要变化${c}（${b} → ${t}）；历史每期最大变化为${h}，不超过其两倍（${l}）即可实现`,
    judgedFail: (c, b, t, h, l) =>
      `需要变化${c}（${b} → ${t}）；历史每期最大变化为${h}，超过其两倍（${l}），难以实现：请降低目标或延长期限`,
  },
};
