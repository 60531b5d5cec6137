import { useState } from "react";
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Input,
  Subtitle2,
} from "@fluentui/react-components";
import type { SetupReport } from "../../core/actions/port";
import type { Lang } from "../../core/schema/types";
import type { Workspace } from "../useWorkspace";
import { loadSampleAction, loadSetupAction, useLoadedAction } from "../lazyActions";
import { wholeNumber } from "../wholeNumber";
import { useScreenStyles } from "./layout";

export interface SetupScreenProps {
  readonly workspace: Workspace;
  readonly busy: boolean;
}

/** Share of sample rows that get a typical typing mistake, so Validate has something to show. */
const SAMPLE_MISTAKES = 0.03;

/** Choose the workbook language, create or upgrade the templates, optionally fill sample data. */
export function SetupScreen({ workspace, busy }: SetupScreenProps) {
  const styles = useScreenStyles();
  const { inventory, t } = workspace;
  const [lang, setLang] = useState<Lang>(inventory?.settings?.lang ?? workspace.lang);
  const [report, setReport] = useState<(SetupReport & { lang: Lang }) | null>(null);
  const [peopleText, setPeopleText] = useState("8");
  const [daysText, setDaysText] = useState("20");
  const people = wholeNumber(peopleText, 1, 200);
  const days = wholeNumber(daysText, 1, 250);
  const [withMistakes, setWithMistakes] = useState(true);
  const setUp = inventory !== null && inventory.tables.length > 0;
  const setupAction = useLoadedAction(loadSetupAction, workspace);
  const sampleAction = useLoadedAction(loadSampleAction, workspace);
  const sampleAllowed = inventory !== null && sampleAction !== null && sampleAction.canRun(inventory);

  const runSetup = async () => {
    if (setupAction === null) return;
    const result = await workspace.runAction(setupAction, { lang });
    if (result) {
      setReport(result);
      workspace.setNotice({ kind: "success", key: "setup.done" });
    }
  };

  const runSample = async () => {
    if (sampleAction === null || people === null || days === null) return;
    const result = await workspace.runAction(sampleAction, {
      people,
      days,
      seed: 1,
      messy: withMistakes ? SAMPLE_MISTAKES : 0,
    });
    if (result)
      workspace.setNotice({ kind: "success", key: "setup.sampleDone", args: { rows: result.rows } });
  };

  return (
    <div className={styles.screen}>
      <div className={styles.card}>
        <Subtitle2 as="h2">{t("setup.title")}</Subtitle2>
        <Body1>{t("setup.explain")}</Body1>
        <Field label={t("setup.language")}>
          <RadioGroup
            value={lang}
            onChange={(_, data) => setLang(data.value as Lang)}
            layout="horizontal"
            className={styles.choices}
          >
            <Radio value="zh" label={t("lang.zh")} />
            <Radio value="en" label={t("lang.en")} />
          </RadioGroup>
        </Field>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={busy || setupAction === null}
            onClick={runSetup}
            data-testid="run-setup"
          >
            {setUp ? t("setup.upgrade") : t("action.setup")}
          </Button>
        </div>
        {report && (
          <ul className={styles.list} data-testid="setup-report">
            <li>{t("setup.sheetsAdded", { count: report.sheetsAdded.length })}</li>
            <li>{t("setup.tablesAdded", { count: report.tablesAdded.length })}</li>
            <li>{t("setup.columnsAdded", { count: report.columnsAdded.length })}</li>
            <li>{t("setup.validationsAdded", { count: report.validationsAdded })}</li>
          </ul>
        )}
      </div>

      <div className={styles.card}>
        <Subtitle2 as="h2">{t("setup.sampleTitle")}</Subtitle2>
        <Body1>{t("setup.sampleExplain")}</Body1>
        <div className={styles.row}>
          <Field
            label={t("setup.samplePeople")}
            validationState={people === null ? "error" : "none"}
            validationMessage={people === null ? t("field.wholeNumber", { min: 1, max: 200 }) : undefined}
          >
            <Input
              type="number"
              min={1}
              max={200}
              value={peopleText}
              data-testid="sample-people"
              onChange={(_, data) => setPeopleText(data.value)}
            />
          </Field>
          <Field
            label={t("setup.sampleDays")}
            validationState={days === null ? "error" : "none"}
            validationMessage={days === null ? t("field.wholeNumber", { min: 1, max: 250 }) : undefined}
          >
            <Input
              type="number"
              min={1}
              max={250}
              value={daysText}
              data-testid="sample-days"
              onChange={(_, data) => setDaysText(data.value)}
            />
          </Field>
        </div>
        <Checkbox
          checked={withMistakes}
          onChange={(_, data) => setWithMistakes(data.checked === true)}
          label={t("setup.sampleMistakes")}
        />
        <div className={styles.actions}>
          <Button
            disabled={busy || !sampleAllowed || people === null || days === null}
            onClick={runSample}
            data-testid="run-sample"
          >
            {t("action.sample")}
          </Button>
        </div>
        {!sampleAllowed && <Body1 className={styles.muted}>{t("setup.sampleOnlyEmpty")}</Body1>}
      </div>
    </div>
  );
}
