import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { type MessageKey, catalogue, isTableName, tablePlace } from "../../core/i18n";
import type { Workspace } from "../useWorkspace";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  field: { flexGrow: 1, minWidth: 0 },
});

/**
 * `read` → "Reading tables"; `sample:Customers` → "Filling · Lists › Customers" (a table as people see it);
 * an unknown step shows as is.
 */
export function stepLabel(workspace: Pick<Workspace, "t" | "lang">, step: string): string {
  const { t, lang } = workspace;
  const key = `step.${step}`;
  if (key in catalogue) return t(key as MessageKey);
  const [kind, name] = step.split(":");
  if (name !== undefined && `step.${kind}` in catalogue)
    return `${t(`step.${kind}` as MessageKey)} · ${isTableName(name) ? tablePlace(lang, name) : name}`;
  return step;
}

/** What is running, which step and how far; Cancel stops between steps. */
export function OperationProgress({ workspace }: { readonly workspace: Workspace }) {
  const styles = useStyles();
  const { running, t, cancel } = workspace;
  if (running === null) return null;
  const { progress } = running;
  const value = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  const hint = progress
    ? `${stepLabel(workspace, progress.step)}${progress.total > 0 ? ` (${progress.done}/${progress.total})` : ""}`
    : t("progress.starting");
  return (
    <div className={styles.root} role="status" aria-live="polite" data-testid="progress">
      <Field
        className={styles.field}
        label={t(running.labelKey)}
        validationMessage={running.cancelling ? t("progress.cancelling") : hint}
        validationState="none"
      >
        <ProgressBar value={value} thickness="large" />
      </Field>
      <Button onClick={cancel} disabled={running.cancelling}>
        {t("progress.cancel")}
      </Button>
    </div>
  );
}
