/**
 * The Customers screen (SPEC §8.5): the customers going quiet to call, A class first (selecting one
 * selects its row in the Customers list), then the ABC classes, why customers left, satisfaction and
 * complaints, and customer development — the figures Refresh rollups wrote to the Customers sheet.
 * It runs the same Refresh rollups as the Rollups screen, the ribbon and `salespace rollup`, whose code
 * arrives on demand (lazyActions.ts); the screen itself is small and part of the first load.
 */
import { useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RollupResult } from "../../core/actions/rollups";
import type { SilentCustomer } from "../../core/metrics/customers";
import { isoOfDay, periodOf } from "../../core/periods";
import type { CellTarget } from "../../core/read/locations";
import { loadRollupsAction, useLoadedAction } from "../lazyActions";
import type { Preferences } from "../preferences";
import { formatAmount } from "../figures";
import type { Workspace } from "../useWorkspace";
import { CustomerFigures } from "./CustomerFigures";
import { unbroken } from "./RollupsScreen";
import { clickableLine, useScreenStyles } from "./layout";

/** Silent customers listed before "Show all": a screenful at 320 px. */
const FIRST_SHOWN = 10;

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", margin: 0, padding: 0, listStyle: "none" },
  item: {
    ...clickableLine,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  // A silent A customer is red, as its days-since-visit light on the Customers sheet.
  red: { color: tokens.colorPaletteRedForeground1 },
});

export interface CustomersScreenProps {
  readonly workspace: Workspace;
  readonly busy: boolean;
  readonly preferences: Preferences;
  /** The last Refresh rollups (from this screen or the Rollups screen). */
  readonly result: RollupResult | null;
  readonly bookChanged: boolean;
  readonly onResult: (result: RollupResult) => void;
}

/** One silent customer: class, name, who owns it, how long it has been quiet; selecting it selects its row. */
function SilentItem({
  customer,
  onSelect,
  t,
}: {
  readonly customer: SilentCustomer;
  readonly onSelect: () => void;
  readonly t: Workspace["t"];
}) {
  const styles = useStyles();
  const urgent = customer.class === "A";
  const since =
    customer.daysSinceVisit === null
      ? t("customersPane.neverVisited")
      : customer.daysSinceVisit === 1
        ? t("customersPane.oneDaySince")
        : t("customersPane.daysSince", { days: customer.daysSinceVisit });
  const order =
    customer.lastOrder === null
      ? t("customersPane.noOrder")
      : t("customersPane.lastOrder", { date: isoOfDay(customer.lastOrder) });
  return (
    <li>
      <button
        type="button"
        className={styles.item}
        onClick={onSelect}
        data-testid="silent-customer"
        data-class={customer.class ?? ""}
        data-row={customer.row}
      >
        <span className={styles.head}>
          <Badge
            size="small"
            appearance={urgent ? "filled" : "tint"}
            color={urgent ? "danger" : "informative"}
          >
            {customer.class ?? "—"}
          </Badge>
          <span className={urgent ? `${styles.name} ${styles.red}` : styles.name} data-testid="silent-name">
            {customer.name}
          </span>
        </span>
        <Caption1 className={styles.detail}>
          {[customer.owner, customer.region].filter((part) => part !== null).join(" · ")}
        </Caption1>
        <Caption1 className={urgent ? styles.red : styles.detail} data-testid="silent-since">
          {since} · {order}
          {customer.trailingSales > 0 &&
            ` · ${t("customers.trailingSales")} ${formatAmount(customer.trailingSales)}`}
        </Caption1>
      </button>
    </li>
  );
}

/** Refresh rollups, then see which customers to call and how the customers are doing. */
export function CustomersScreen(props: CustomersScreenProps) {
  const { workspace, busy, preferences, result, bookChanged, onResult } = props;
  const screen = useScreenStyles();
  const styles = useStyles();
  const { t, inventory } = workspace;
  const [showAll, setShowAll] = useState(false);
  const refreshRollups = useLoadedAction(loadRollupsAction, workspace);
  const canRun = inventory !== null && refreshRollups !== null && refreshRollups.canRun(inventory);
  // The period last refreshed on the Rollups screen, else this month: the same figures as the sheets.
  const period = preferences.period ?? periodOf("month", workspace.services.today()).text;

  const refresh = async () => {
    if (refreshRollups === null) return;
    const outcome = await workspace.runAction(refreshRollups, { period });
    if (outcome) {
      onResult(outcome);
      setShowAll(false);
      workspace.setNotice({ kind: "success", key: "rollups.done", args: { sheets: outcome.sheets } });
    }
  };

  const select = async (cell: CellTarget | null) => {
    if (cell === null) return;
    await workspace.run("customersPane.selecting", (ctx) => ctx.port.selectCell(cell.sheet, cell.address));
  };

  const silent = result?.customers.silent ?? [];
  const shown = showAll ? silent : silent.slice(0, FIRST_SHOWN);
  return (
    <div className={screen.screen}>
      <div className={screen.card}>
        <Subtitle2 as="h2">
          {result
            ? unbroken(
                t("customers.title", { period: result.period.text, asOf: isoOfDay(result.asOf) }),
                [result.period.text, isoOfDay(result.asOf)],
                screen.nowrap,
              )
            : t("nav.customers")}
        </Subtitle2>
        <Body1>{t("customersPane.explain", { period })}</Body1>
        <div className={screen.actions}>
          <Button
            appearance={result ? "secondary" : "primary"}
            disabled={busy || !canRun}
            onClick={refresh}
            data-testid="run-customers"
          >
            {t("action.rollups")}
          </Button>
        </div>
        {!canRun && inventory !== null && <Body1 className={screen.muted}>{t("validate.needsSetup")}</Body1>}
      </div>

      {result && bookChanged && (
        <MessageBar intent="warning" layout="multiline" data-testid="customers-stale">
          <MessageBarBody>{t("rollups.staleBook")}</MessageBarBody>
        </MessageBar>
      )}

      {result && (
        <div className={screen.card} data-testid="silent-customers">
          <Subtitle2 as="h2">{t("customers.silent")}</Subtitle2>
          <Body1 className={screen.muted}>
            {t("customersPane.silentExplain", {
              visitDays: result.customerThresholds.silentVisitDays,
              orderDays: result.customerThresholds.silentOrderDays,
            })}
          </Body1>
          {silent.length === 0 ? (
            <Body1>{t("customersPane.noSilent")}</Body1>
          ) : (
            <ul className={styles.list} aria-label={t("customers.silent")}>
              {shown.map((customer, i) => (
                <SilentItem
                  key={customer.row}
                  customer={customer}
                  t={t}
                  onSelect={() => void select(result.silentCells[i] ?? null)}
                />
              ))}
            </ul>
          )}
          {shown.length < silent.length && (
            <div className={screen.actions}>
              <Button onClick={() => setShowAll(true)} data-testid="silent-show-all">
                {t("customersPane.showAll", { count: silent.length })}
              </Button>
            </div>
          )}
        </div>
      )}

      {result && <CustomerFigures result={result} t={t} />}
    </div>
  );
}
