/**
 * Small read-only tables of figures (row counts, scorecard lines, split previews) as native table
 * elements styled with Fluent tokens. Fluent's Table adds ~10 KB gzipped of keyboard navigation and
 * sorting these tables do not use; the pane has a bundle budget (180 KB gzipped).
 */
import type { ComponentPropsWithoutRef } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  headerCell: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`,
  },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`, verticalAlign: "top" },
});

export function Table({ className, ...props }: ComponentPropsWithoutRef<"table">) {
  return <table className={mergeClasses(useStyles().table, className)} {...props} />;
}

export function TableHeader(props: ComponentPropsWithoutRef<"thead">) {
  return <thead {...props} />;
}

export function TableBody(props: ComponentPropsWithoutRef<"tbody">) {
  return <tbody {...props} />;
}

export function TableRow({ className, ...props }: ComponentPropsWithoutRef<"tr">) {
  return <tr className={mergeClasses(useStyles().row, className)} {...props} />;
}

export function TableHeaderCell({ className, ...props }: ComponentPropsWithoutRef<"th">) {
  return <th scope="col" className={mergeClasses(useStyles().headerCell, className)} {...props} />;
}

export function TableCell({ className, ...props }: ComponentPropsWithoutRef<"td">) {
  return <td className={mergeClasses(useStyles().cell, className)} {...props} />;
}
