import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { SheetState } from "../excel-double";
import { columnLetters, parseRect } from "../excel-double/address";
import { numberText } from "./cellText";

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxHeight: "calc(100vh - 160px)",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "0 6px",
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "0 6px",
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: "1px 6px",
    whiteSpace: "nowrap",
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "right" },
  formula: { color: tokens.colorPaletteBlueForeground2, fontStyle: "italic" },
  selected: { outline: `2px solid ${tokens.colorPaletteGreenBorder2}`, outlineOffset: "-2px" },
});

/** Rows and columns shown at most: the grid is for looking, not for 400,000 rows. */
export const MAX_ROWS_SHOWN = 300;
export const MAX_COLUMNS_SHOWN = 40;

function display(
  sheet: SheetState,
  row: number,
  column: number,
): { text: string; formula: boolean; number: boolean } {
  const formula = sheet.formula(row, column);
  if (formula !== undefined) return { text: formula, formula: true, number: false };
  const value = sheet.value(row, column);
  if (typeof value === "number")
    return { text: numberText(value, sheet.numberFormat(row, column)), formula: false, number: true };
  return {
    text: typeof value === "boolean" ? String(value).toUpperCase() : value,
    formula: false,
    number: false,
  };
}

export interface SheetGridProps {
  readonly sheet: SheetState;
  /** A1 address selected on this sheet, if any. */
  readonly selection: string | null;
}

/** A read-only look at one simulated sheet: values, formulas as their text, the selected cell outlined. */
export function SheetGrid({ sheet, selection }: SheetGridProps) {
  const styles = useStyles();
  const used = sheet.usedRect();
  const rows = used ? Math.min(used.bottom + 1, MAX_ROWS_SHOWN) : 1;
  const columns = used ? Math.min(used.right + 1, MAX_COLUMNS_SHOWN) : 1;
  const selected = selection ? parseRect(selection) : null;
  return (
    <div className={styles.scroller} data-testid="sheet-grid" data-sheet={sheet.name}>
      <table className={styles.grid}>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: columns }, (_, c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">
                {r + 1}
              </th>
              {Array.from({ length: columns }, (_, c) => {
                const cell = display(sheet, r, c);
                const isSelected = selected !== null && selected.top === r && selected.left === c;
                return (
                  <td
                    key={c}
                    data-cell={`${columnLetters(c)}${r + 1}`}
                    aria-selected={isSelected || undefined}
                    title={cell.text}
                    className={mergeClasses(
                      styles.cell,
                      cell.number && styles.number,
                      cell.formula && styles.formula,
                      isSelected && styles.selected,
                    )}
                  >
                    {cell.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {used && used.bottom + 1 > MAX_ROWS_SHOWN && <p>{`… ${used.bottom + 1 - MAX_ROWS_SHOWN} more rows`}</p>}
    </div>
  );
}
