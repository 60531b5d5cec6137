import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/validate/finding";
import type { Workspace } from "../useWorkspace";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
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
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  where: { color: tokens.colorNeutralForeground3 },
  suggestion: { color: tokens.colorBrandForeground1 },
});

export interface FindingItemProps {
  readonly finding: Finding;
  readonly message: string;
  readonly columnHeader: string | null;
  readonly t: Workspace["t"];
  readonly onSelect: (finding: Finding) => void;
}

/** One finding: code, where, the message and the suggested fix; activating it selects the cell. */
export function FindingItem({ finding, message, columnHeader, t, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const where = [finding.row !== null ? t("validate.row", { row: finding.row }) : null, columnHeader].filter(
    (part) => part !== null,
  );
  return (
    <button
      type="button"
      className={mergeClasses(styles.item)}
      onClick={() => onSelect(finding)}
      data-testid="finding"
      data-code={finding.code}
      data-row={finding.row ?? ""}
      data-column={finding.column ?? ""}
    >
      <span className={styles.head}>
        <Badge size="small" appearance="tint" color={finding.severity === "error" ? "danger" : "warning"}>
          {finding.code}
        </Badge>
        <Caption1 className={styles.where}>{where.join(" · ")}</Caption1>
      </span>
      <span>{message}</span>
      {finding.suggestion !== null && (
        <Caption1 className={styles.suggestion}>
          {t("validate.suggestion", { suggestion: finding.suggestion })}
        </Caption1>
      )}
    </button>
  );
}
