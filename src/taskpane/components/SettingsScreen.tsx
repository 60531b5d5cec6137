import { useState } from "react";
import {
  Body1,
  Button,
  Field,
  Radio,
  Input,
  RadioGroup,
  Subtitle2,
  makeStyles,
  mergeClasses,
} from "@fluentui/react-components";
import { settingsOf } from "../../core/actions/book";
import {
  NUMBER_SETTINGS,
  type NumberSettingKey,
  ORDERED_SETTINGS,
  type SettingGroup,
} from "../../core/settings";
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

// Labels of two fields on one row may take different numbers of lines: their inputs stay level.
const useStyles = makeStyles({ level: { alignItems: "flex-end" } });

const GROUPS: readonly SettingGroup[] = ["signOff", "customers"];
const KEYS = Object.keys(NUMBER_SETTINGS) as NumberSettingKey[];

/** Settings shared by everyone using the workbook: fields with their limits, saved together per card. */
function NumberSettingsCard({
  workspace,
  busy,
  group,
}: {
  readonly workspace: Workspace;
  readonly busy: boolean;
  readonly group: SettingGroup;
}) {
  const keys = KEYS.filter((key) => NUMBER_SETTINGS[key].group === group);
  const styles = useScreenStyles();
  const { level } = useStyles();
  const { t, inventory } = workspace;
  const setUp = inventory !== null && inventory.tables.length > 0;
  const current = (key: NumberSettingKey) => inventory?.settings?.[key] ?? NUMBER_SETTINGS[key].default;
  const [texts, setTexts] = useState(() => new Map(keys.map((key) => [key, String(current(key))])));
  const values = new Map(
    keys.map((key) => {
      const { min, max } = NUMBER_SETTINGS[key];
      return [key, wholeNumber(texts.get(key) ?? "", min, max)] as const;
    }),
  );
  const valueOf = (key: NumberSettingKey) => (values.has(key) ? values.get(key)! : current(key));
  const outOfOrder = new Map(
    ORDERED_SETTINGS.filter(([, after]) => values.has(after)).map(([before, after]) => {
      const low = valueOf(before);
      const high = valueOf(after);
      return [after, low !== null && high !== null && high < low ? low : null] as const;
    }),
  );
  const valid =
    [...values.values()].every((v) => v !== null) && [...outOfOrder.values()].every((v) => v === null);
  const changed = keys.some((key) => values.get(key) !== current(key));

  const save = async () => {
    if (!valid) return;
    const ok = await workspace.run("settings.saving", async (ctx) => {
      const latest = await ctx.port.inspect();
      await ctx.port.writeSettings({ ...settingsOf(latest, ctx.lang), ...Object.fromEntries(values) });
      return true;
    });
    if (ok) workspace.setNotice({ kind: "success", key: "settings.saved" });
  };

  return (
    <div className={styles.card} data-testid={`settings-${group}`}>
      <Subtitle2 as="h2">{t(`settings.${group}Title`)}</Subtitle2>
      <Body1>{t(`settings.${group}Explain`)}</Body1>
      <div className={mergeClasses(styles.fields, level)}>
        {keys.map((key) => {
          const { min, max } = NUMBER_SETTINGS[key];
          const below = outOfOrder.get(key) ?? null;
          const message =
            values.get(key) === null
              ? t("field.wholeNumber", { min, max })
              : below !== null
                ? t("settings.classOrder", { share: below })
                : undefined;
          return (
            <Field
              key={key}
              label={t(`setting.${key}`)}
              validationState={message === undefined ? "none" : "error"}
              validationMessage={message}
            >
              <Input
                type="number"
                min={min}
                max={max}
                value={texts.get(key) ?? ""}
                onChange={(_, data) => setTexts(new Map(texts).set(key, data.value))}
                data-testid={`setting-${key}`}
              />
            </Field>
          );
        })}
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || !setUp || !valid || !changed}
          onClick={save}
          data-testid={`save-${group}`}
        >
          {t("settings.save")}
        </Button>
      </div>
      {!setUp && <Body1 className={styles.muted}>{t("validate.needsSetup")}</Body1>}
    </div>
  );
}

/** The interface language (per user) and the workbook's settings (shared by everyone). */
export function SettingsScreen({ workspace, busy, preferences, onPreferences }: SettingsScreenProps) {
  const styles = useScreenStyles();
  const { t } = workspace;

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

      {GROUPS.map((group) => (
        <NumberSettingsCard key={group} workspace={workspace} busy={busy} group={group} />
      ))}
    </div>
  );
}
