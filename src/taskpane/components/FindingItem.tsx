import { useState } from "react";
import { Badge, Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/validate/finding";
import type { Workspace } from "../useWorkspace";
import { clickableLine } from "./layout";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  item: {
    ...clickableLine,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  where: { color: tokens.colorNeutralForeground3 },
  // Text, not a link: only the button below it acts.
  suggestion: { color: tokens.colorNeutralForeground2 },
  fix: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
});

export interface FindingItemProps {
  readonly finding: Finding;
  readonly message: string;
  readonly columnHeader: string | null;
  /** The table as people see it (its sheet), for the confirmation. */
  readonly place: string;
  readonly t: Workspace["t"];
  readonly onSelect: (finding: Finding) => void;
  /** Writes the suggestion into the finding's cell; absent when it cannot be (no single cell, no port). */
  readonly onApply?: (finding: Finding) => void;
  /** The suggestion was written into the cell. */
  readonly corrected: boolean;
  readonly busy: boolean;
}

/**
 * One finding: code, where, the message and the suggested value; activating it selects the cell. A
 * suggestion that fits the cell is offered as a button that writes it there, after the person confirms.
 */
export function FindingItem(props: FindingItemProps) {
  const { finding, message, columnHeader, place, t, onSelect, onApply, corrected, busy } = props;
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const where = [finding.row !== null ? t("validate.row", { row: finding.row }) : null, columnHeader].filter(
    (part) => part !== null,
  );
  const suggestion = finding.suggestion;
  return (
    <div className={styles.root}>
      <button
        type="button"
        className={styles.item}
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
        {/* Where the button below offers the suggestion, the message already names it: no second line. */}
        {suggestion !== null && !onApply && (
          <Caption1 className={styles.suggestion}>{t("validate.suggestion", { suggestion })}</Caption1>
        )}
      </button>
      {suggestion !== null && onApply && !confirming && (
        <div className={styles.fix}>
          {corrected ? (
            <Badge appearance="tint" color="success" data-testid="corrected">
              {t("validate.corrected")}
            </Badge>
          ) : (
            <Button
              size="small"
              disabled={busy}
              onClick={() => setConfirming(true)}
              data-testid="use-suggestion"
            >
              {t("validate.useSuggestion", { suggestion })}
            </Button>
          )}
        </div>
      )}
      {suggestion !== null && onApply && confirming && (
        <div className={styles.confirm} role="group" aria-label={t("validate.useSuggestion", { suggestion })}>
          <Body1 data-testid="confirm-suggestion">
            {t("validate.confirmSuggestion", {
              value: String(finding.value ?? ""),
              suggestion,
              place,
              row: finding.row ?? "",
            })}
          </Body1>
          <div className={styles.head}>
            <Button
              size="small"
              appearance="primary"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                onApply(finding);
              }}
              data-testid="confirm-replace"
            >
              {t("validate.replace")}
            </Button>
            <Button size="small" onClick={() => setConfirming(false)} data-testid="keep-value">
              {t("validate.keep")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
