/** The split tool's sentences (en/zh): errors about the request, what already exists, what gets written. */
import type { Localized } from "../schema/types";

export const splitStrings = {
  "split.weightNotNumber": {
    en: "Type a weight of 0 or more.",
    zh: "请填写 0 或以上的权重。",
  },
  "split.weightsZero": {
    en: "The weights add up to 0: give at least one of them a weight above 0.",
    zh: "权重合计为 0：请至少给其中一项填写大于 0 的权重。",
  },
  "split.unitNotPositive": {
    en: "The rounding unit must be a number above 0, e.g. 1, 0.01 or 100.",
    zh: "取整单位必须是大于 0 的数字，如 1、0.01 或 100。",
  },
  "split.valueNotNumber": {
    en: "The target to split has no number in its Target column.",
    zh: "要分解的目标在“目标值”列中没有数字。",
  },
  "split.notWholeUnits": {
    en: "The target {value} is not a multiple of the rounding unit {unit}. Use a unit it divides into, such as {suggested}.",
    zh: "目标值 {value} 不是取整单位 {unit} 的整数倍。请改用能整除它的单位，如 {suggested}。",
  },
  "split.notWholeUnitsTwo": {
    en: "The target {value} is not a multiple of the rounding unit {unit}. Use a unit it divides into, such as {suggested} or {larger}.",
    zh: "目标值 {value} 不是取整单位 {unit} 的整数倍。请改用能整除它的单位，如 {suggested} 或 {larger}。",
  },
  "split.personal": {
    en: "This target already belongs to {salesperson}; split it into months instead.",
    zh: "该目标已属于销售员 {salesperson}；请改为分解到月份。",
  },
  "split.noRegion": {
    en: "This target has no region: only a region's target can be split into its salespeople.",
    zh: "该目标没有区域：只有区域目标才能分解到销售员。",
  },
  "split.regionUnknown": {
    en: "No salesperson is in region “{region}”. Check the Region column of the Salespeople list.",
    zh: "区域“{region}”下没有销售员。请检查基础资料中销售员的“区域”列。",
  },
  "split.regionInactive": {
    en: "Region “{region}” has no active salesperson to split the target into.",
    zh: "区域“{region}”没有在职销售员，无法分解目标。",
  },
  "split.notYearOrQuarter": {
    en: "Only a year or a quarter can be split into months; “{period}” cannot.",
    zh: "只有年度或季度目标才能分解到月份；“{period}”不行。",
  },
  "split.nothingToWrite": {
    en: "There are no target rows to write. Preview a split first.",
    zh: "没有要写入的目标行。请先预览分解。",
  },
  "split.existsNow": {
    en: "Targets already has {count} of these rows (rows {rows}), so nothing was written. Preview the split again.",
    zh: "目标表中已有其中 {count} 行（第 {rowsZh} 行），未写入任何内容。请重新预览分解。",
  },
  "split.plan.new": {
    en: "None of these rows is in Targets yet; all {count} will be written.",
    zh: "目标表中还没有这些行；将写入全部 {count} 行。",
  },
  "split.plan.missingOnly": {
    en: "{existing} of these rows are already in Targets (rows {rows}), summing to {existingTotal}. Only the {count} missing ones will be written, sharing the rest ({rest}), so that all add up to {parent}.",
    zh: "目标表中已有其中 {existing} 行（第 {rows} 行），合计 {existingTotal}。只写入缺少的 {count} 行，分配余下的 {rest}，使全部合计为 {parent}。",
  },
  "split.plan.complete": {
    en: "All of these rows are already in Targets (rows {rows}) and add up to {parent}: nothing to write.",
    zh: "目标表中已有全部这些行（第 {rows} 行），合计为 {parent}：无需写入。",
  },
  "split.plan.deleteFirst": {
    en: "Targets already has {existing} of these rows (rows {rows}), summing to {existingTotal}, which leaves {rest} for the others. Delete those rows in Targets first, then preview again.",
    zh: "目标表中已有其中 {existing} 行（第 {rows} 行），合计 {existingTotal}，余下 {rest} 无法分配给其他行。请先在目标表中删除这些行，再重新预览。",
  },
  "targets.existing": { en: "In Targets", zh: "目标表已有" },
  "targets.toWrite": { en: "To write", zh: "将写入" },
  "targets.atRows": { en: "{value} (row {rows})", zh: "{value}（第 {rows} 行）" },
  "targets.writeMissing": { en: "Write the {count} missing rows", zh: "写入缺少的 {count} 行" },
  "targets.weightsHint": {
    en: "A blank weight counts as 0.",
    zh: "未填写的权重按 0 计。",
  },
} as const satisfies Record<string, Localized>;
