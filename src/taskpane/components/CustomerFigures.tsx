/**
 * The Customers screen's figures (SPEC §8.4), as the core computed them for the Customers sheet: the ABC
 * classes with the churn rate, why customers left (largest lost sales first) with what is done about it,
 * satisfaction by region with complaint resolution, and customer development by region.
 */
import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { RollupResult } from "../../core/actions/rollups";
import { LOST_REASONS } from "../../core/schema/enums";
import { formatAmount, formatPercent } from "../figures";
import type { Workspace } from "../useWorkspace";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "./FigureTable";
import { useScreenStyles } from "./layout";

const useStyles = makeStyles({
  improvements: { display: "block", margin: 0, color: tokens.colorNeutralForeground3 },
});

const fixed = (x: number | null, digits: number) => (x === null ? "—" : x.toFixed(digits));

export interface CustomerFiguresProps {
  readonly result: RollupResult;
  readonly t: Workspace["t"];
}

export function CustomerFigures({ result, t }: CustomerFiguresProps) {
  const styles = useScreenStyles();
  const own = useStyles();
  const { customers, lang } = result;
  const { churn, complaints } = customers;
  const reasonLabel = new Map(LOST_REASONS.map((r) => [r.key, r.label[lang]]));
  const satisfaction = customers.satisfaction.filter((s) => s.level === "company" || s.level === "region");
  const development = customers.development.filter((d) => d.salesperson === null);
  return (
    <>
      <div className={styles.card} data-testid="customer-classes">
        <Subtitle2 as="h2">{t("customers.abc")}</Subtitle2>
        <Table className={styles.table} aria-label={t("customers.abc")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("customers.class")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("customers.customers")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("customers.trailingSales")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("customers.share")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {customers.classes.map((c) => (
              <TableRow key={c.class} data-testid="class-line" data-class={c.class}>
                <TableCell>{c.class}</TableCell>
                <TableCell className={styles.number}>{c.customers}</TableCell>
                <TableCell className={styles.number}>{formatAmount(c.sales)}</TableCell>
                <TableCell className={styles.number}>{formatPercent(c.share)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Caption1>
          {t("customers.churnLine", {
            rate: formatPercent(churn.rate),
            lost: churn.lostInWindow,
            active: churn.activeAtStart,
            years: fixed(churn.expectedLifetimeYears, 1),
          })}
        </Caption1>
      </div>

      <div className={styles.card} data-testid="lost-reasons">
        <Subtitle2 as="h2">{t("customers.reasons")}</Subtitle2>
        {churn.reasons.length === 0 ? (
          <Body1>{t("customersPane.noLost")}</Body1>
        ) : (
          <Table className={styles.table} aria-label={t("customers.reasons")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("customers.reason")}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t("customers.customers")}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t("customers.lostSales")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {churn.reasons.map((r) => (
                <TableRow key={r.reason} data-testid="reason-line">
                  <TableCell>
                    {reasonLabel.get(r.reason) ?? r.reason}
                    {r.improvements.length > 0 && (
                      <Caption1 as="p" className={own.improvements}>
                        {t("customersPane.improvements", {
                          list: r.improvements.join(lang === "zh" ? "；" : "; "),
                        })}
                      </Caption1>
                    )}
                  </TableCell>
                  <TableCell className={styles.number}>{r.customers}</TableCell>
                  <TableCell className={styles.number}>{formatAmount(r.lostSales)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Caption1>
          {t("customers.churnViewLine", {
            lost: churn.lost,
            interviewed: formatPercent(churn.interviewedShare),
            wonBack: churn.wonBack,
          })}
        </Caption1>
      </div>

      <div className={styles.card} data-testid="customer-satisfaction">
        <Subtitle2 as="h2">{t("customers.satisfaction")}</Subtitle2>
        <Table className={styles.table} aria-label={t("customers.satisfaction")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("customers.region")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("customers.csat")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("customers.satisfiedShare")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("customers.nps")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {satisfaction.map((s) => (
              <TableRow key={`${s.level}/${s.name}`} data-testid="satisfaction-line">
                <TableCell>
                  {s.level === "company" ? <strong>{t("customers.level.company")}</strong> : s.name}
                </TableCell>
                <TableCell className={styles.number}>{fixed(s.csat, 2)}</TableCell>
                <TableCell className={styles.number}>{formatPercent(s.satisfiedShare)}</TableCell>
                <TableCell className={styles.number}>{fixed(s.nps, 0)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Subtitle2 as="h3">{t("customersPane.complaints")}</Subtitle2>
        <Caption1>
          {t("customers.complaintsLine", {
            received: complaints.received,
            closed: formatPercent(complaints.closedShare),
            median: fixed(complaints.medianDaysToClose, 1),
            satisfied: formatPercent(complaints.satisfiedShare),
          })}
        </Caption1>
      </div>

      <div className={styles.card} data-testid="customer-development">
        <Subtitle2 as="h2">{t("customers.development")}</Subtitle2>
        <Table className={styles.table} aria-label={t("customers.development")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("customers.region")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("customers.won")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("customers.conversion")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("customers.daysToFirstOrder")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {development.map((d) => (
              <TableRow key={d.region ?? ""} data-testid="development-line">
                <TableCell>{d.region}</TableCell>
                <TableCell className={styles.number}>{d.won}</TableCell>
                <TableCell className={styles.number}>{formatPercent(d.conversion)}</TableCell>
                <TableCell className={styles.number}>{fixed(d.daysToFirstOrder, 1)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
