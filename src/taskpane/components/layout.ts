/** Styles shared by the screens (Fluent v9 `makeStyles` + design tokens). */
import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * A line of a list that is one button (a finding, a customer to call): the whole line takes the click,
 * lights on hover and shows the keyboard focus inside its edges. Spread into a screen's `makeStyles`.
 */
export const clickableLine = {
  display: "flex",
  flexDirection: "column",
  alignItems: "stretch",
  gap: tokens.spacingVerticalXXS,
  width: "100%",
  textAlign: "left",
  border: "none",
  backgroundColor: "transparent",
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  cursor: "pointer",
  ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  ":focus-visible": {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: "-2px",
  },
} as const;

export const useScreenStyles = makeStyles({
  screen: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    // Headings take their spacing from the card's gap, not from the browser's default margins.
    "& h2, & h3, & fieldset": { margin: 0 },
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  /** Fields that share a row while each has 8rem, and take the whole row each below that. */
  fields: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    "& > *": { flex: "1 1 8rem", minWidth: 0 },
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  /**
   * Horizontal radio groups wrap between their choices instead of running off a 320 px pane, never inside
   * one ("Year" or 年 on a line of its own under its radio).
   */
  choices: { flexWrap: "wrap", "& > *": { flexShrink: 0 }, "& label": { whiteSpace: "nowrap" } },
  /** A radio in a row of short choices (period types): less space around it, so four fit at 320 px. */
  compactIndicator: { marginLeft: tokens.spacingHorizontalXXS, marginRight: 0 },
  compactLabel: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  /** A field that takes the card's width and never more, whatever its longest option. */
  fill: { width: "100%", minWidth: 0, maxWidth: "100%" },
  nowrap: { whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  table: { width: "100%", tableLayout: "auto" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
