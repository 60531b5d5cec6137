import { Suspense, lazy, useCallback, useEffect, useState } from "react";
import { Body1, MessageBar, MessageBarBody, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { RollupResult } from "../../core/actions/rollups";
import type { ValidationResult } from "../../core/actions/validate";
import type { Lang } from "../../core/schema/types";
import { translate } from "../../core/i18n";
import { langOfDisplayLanguage } from "../../core/i18n/displayLanguage";
import type { Preferences } from "../preferences";
import type { PaneServices } from "../services";
import { useWorkspace } from "../useWorkspace";
import { CustomersScreen } from "./CustomersScreen";
import { ErrorBoundary } from "./ErrorBoundary";
import { HomeScreen } from "./HomeScreen";
import { NoticeBar } from "./NoticeBar";
import { OperationProgress } from "./OperationProgress";
import { RollupsScreen } from "./RollupsScreen";
import { type Screen, SCREENS } from "./screens";
import { ScreenTabs } from "./ScreenTabs";
import { SettingsScreen } from "./SettingsScreen";
import { SetupScreen } from "./SetupScreen";

/*
 * Two screens load on demand, so that the pane's first load stays within its budget
 * (tests/e2e/bundle.test.ts) with the tabs' Overflow in it: Validate (its findings list, accordion and
 * messages; the screen waits for its validate action's chunk anyway) and the split tool (a few times a year).
 */
const ValidateScreen = lazy(() =>
  import(/* webpackChunkName: "validate-screen" */ "./ValidateScreen").then((m) => ({
    default: m.ValidateScreen,
  })),
);
const TargetsScreen = lazy(() =>
  import(/* webpackChunkName: "targets" */ "./TargetsScreen").then((m) => ({ default: m.TargetsScreen })),
);

export interface AppProps {
  readonly services: PaneServices;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  brand: { color: tokens.colorBrandForeground1, margin: 0 },
});

/** A result and the workbook revision it was made at (it is out of date once the inputs changed). */
export interface Dated<R> {
  readonly result: R;
  readonly revision: number;
}

/** The task pane: navigation, the running operation and its outcome, and the screen chosen. */
export function App({ services }: AppProps) {
  const styles = useStyles();
  const [preferences, setPreferences] = useState<Preferences>(() => services.preferences.load());
  const lang: Lang = preferences.lang ?? langOfDisplayLanguage(services.displayLanguage);
  const [screen, setScreen] = useState<Screen>("home");
  const workspace = useWorkspace(services, lang, screen);
  const [validation, setValidation] = useState<Dated<ValidationResult> | null>(null);
  const [rollup, setRollup] = useState<Dated<RollupResult> | null>(null);
  const { refreshInventory, t, currentRevision } = workspace;
  const onValidation = useCallback(
    (result: ValidationResult) => setValidation({ result, revision: currentRevision() }),
    [currentRevision],
  );
  const onRollup = useCallback(
    (result: RollupResult) => setRollup({ result, revision: currentRevision() }),
    [currentRevision],
  );
  const validationStale = validation !== null && validation.revision !== workspace.bookRevision;
  const rollupStale = rollup !== null && rollup.revision !== workspace.bookRevision;

  // Looked at again on every screen change, so that rows a colleague added mark older results out of date.
  useEffect(() => {
    if (!services.unavailable) void refreshInventory();
  }, [services, refreshInventory]);

  const updatePreferences = useCallback(
    (change: Preferences) => {
      const next = { ...services.preferences.load(), ...change };
      services.preferences.save(next);
      setPreferences(next);
    },
    [services],
  );

  if (services.unavailable) {
    return (
      <main className={styles.root} data-testid="salespace-app" lang={lang === "zh" ? "zh-CN" : "en"}>
        <Title3 as="h1" className={styles.brand}>
          {translate(lang, "app.name")}
        </Title3>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{services.unavailable}</MessageBarBody>
        </MessageBar>
      </main>
    );
  }

  const busy = workspace.running !== null;
  return (
    <main className={styles.root} data-testid="salespace-app" lang={lang === "zh" ? "zh-CN" : "en"}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.brand}>
          {t("app.name")}
        </Title3>
        <Body1>{t("app.tagline")}</Body1>
      </header>
      <ScreenTabs screens={SCREENS} selected={screen} onSelect={setScreen} t={t} />
      <OperationProgress workspace={workspace} />
      <NoticeBar workspace={workspace} />
      <ErrorBoundary lang={lang} key={screen}>
        <section aria-label={t(`nav.${screen}`)} data-testid={`screen-${screen}`}>
          {/* Validate and the split tool load on demand (above). */}
          <Suspense fallback={null}>
            {screen === "home" && (
              <HomeScreen
                workspace={workspace}
                validation={validation?.result ?? null}
                validationStale={validationStale}
                onNavigate={setScreen}
              />
            )}
            {screen === "setup" && <SetupScreen workspace={workspace} busy={busy} />}
            {screen === "validate" && (
              <ValidateScreen
                workspace={workspace}
                busy={busy}
                result={validation?.result ?? null}
                stale={validationStale}
                onResult={onValidation}
              />
            )}
            {screen === "rollups" && (
              <RollupsScreen
                workspace={workspace}
                busy={busy}
                preferences={preferences}
                onPreferences={updatePreferences}
                result={rollup?.result ?? null}
                bookChanged={rollupStale}
                onResult={onRollup}
              />
            )}
            {screen === "customers" && (
              <CustomersScreen
                workspace={workspace}
                busy={busy}
                preferences={preferences}
                result={rollup?.result ?? null}
                bookChanged={rollupStale}
                onResult={onRollup}
              />
            )}
            {screen === "targets" && <TargetsScreen workspace={workspace} busy={busy} />}
            {screen === "settings" && (
              <SettingsScreen
                workspace={workspace}
                busy={busy}
                preferences={preferences}
                onPreferences={updatePreferences}
              />
            )}
          </Suspense>
        </section>
      </ErrorBoundary>
    </main>
  );
}
