import { useState } from "react";
import { Body1, Button, Field, Radio, Input, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { settingsOf } from "../../core/actions/book";
import { NUMBER_SETTINGS } from "../../core/settings";
import type { Lang } from "../../core/schema/types";
import type { Preferences } from "../preferences";
import { wholeNumber } from "../wholeNumber";
import type { Workspace } from "../useWorkspace";
import { useScreenStyles } from "./layout";

export interface SettingsScreenProps {
  readonly workspace: Workspace;
  readonly busy: boolean;
  readonly preferences: Preferences;
  readonly onPreferences: (change: Preferences) => void;
}

type LangChoice = Lang | "office";

/** The interface language (per user) and the workbook's sign-off deadline (shared by everyone). */
export function SettingsScreen({ workspace, busy, preferences, onPreferences }: SettingsScreenProps) {
  const styles = useScreenStyles();
  const { t, inventory } = workspace;
  const setUp = inventory !== null && inventory.tables.length > 0;
  const current = inventory?.settings?.signOffOverdueDays ?? NUMBER_SETTINGS.signOffOverdueDays.default;
  const [daysText, setDaysText] = useState(String(current));
  const { min, max } = NUMBER_SETTINGS.signOffOverdueDays;
  const days = wholeNumber(daysText, min, max);

  const saveDays = async () => {
    if (days === null) return;
    const ok = await workspace.run("settings.saving", async (ctx) => {
      const latest = await ctx.port.inspect();
      await ctx.port.writeSettings({ ...settingsOf(latest, ctx.lang), signOffOverdueDays: days });
      return true;
    });
    if (ok) workspace.setNotice({ kind: "success", key: "settings.saved" });
  };

  return (
    <div className={styles.screen}>
      <div className={styles.card}>
        <Subtitle2 as="h2">{t("settings.languageTitle")}</Subtitle2>
        <Body1>{t("settings.languageExplain")}</Body1>
        <RadioGroup
          aria-label={t("settings.languageTitle")}
          value={preferences.lang ?? "office"}
          onChange={(_, data) => {
            const choice = data.value as LangChoice;
            onPreferences({ lang: choice === "office" ? undefined : choice });
          }}
        >
          <Radio value="office" label={t("settings.languageOffice")} />
          <Radio value="zh" label={t("lang.zh")} />
          <Radio value="en" label={t("lang.en")} />
        </RadioGroup>
      </div>

      <div className={styles.card}>
        <Subtitle2 as="h2">{t("settings.signOffTitle")}</Subtitle2>
        <Body1>{t("settings.signOffExplain")}</Body1>
        <Field
          label={t("settings.signOffDays")}
          validationState={days === null ? "error" : "none"}
          validationMessage={days === null ? t("field.wholeNumber", { min: 1, max: 30 }) : undefined}
        >
          <Input
            type="number"
            min={1}
            max={30}
            value={daysText}
            onChange={(_, data) => setDaysText(data.value)}
          />
        </Field>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={busy || !setUp || days === null || days === current}
            onClick={saveDays}
            data-testid="save-settings"
          >
            {t("settings.save")}
          </Button>
        </div>
        {!setUp && <Body1 className={styles.muted}>{t("validate.needsSetup")}</Body1>}
      </div>
    </div>
  );
}
