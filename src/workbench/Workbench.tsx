import { useEffect, useReducer, useRef, useState } from "react";
import {
  Badge,
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { App } from "../taskpane/components/App";
import type { PaneServices } from "../taskpane/services";
import { SheetGrid } from "./SheetGrid";
import type { Simulator } from "./simulator";

const useStyles = makeStyles({
  page: {
    display: "flex",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    alignItems: "flex-start",
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  pane: {
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: "calc(100vh - 32px)",
    overflowY: "auto",
  },
  book: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  // Like Excel's sheet tabs: one row that scrolls sideways when there are more sheets than room.
  sheetTabs: { overflowX: "auto", overflowY: "hidden", minWidth: 0, flexShrink: 0 },
  sheetTabList: { flexWrap: "nowrap", width: "max-content" },
});

export interface WorkbenchProps {
  readonly simulator: Simulator;
  readonly services: PaneServices;
  /** Task-pane width in CSS pixels (Excel's pane is about 320–450 px wide). */
  readonly paneWidth: number;
}

/** The real task pane beside the simulated workbook's sheets, clearly labelled as a simulator. */
export function Workbench({ simulator, services, paneWidth }: WorkbenchProps) {
  const styles = useStyles();
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => simulator.subscribe(redraw), [simulator]);
  const book = simulator.excel.workbook;
  const [chosen, setChosen] = useState<string | null>(null);
  const selection = book.selection;
  // Follow Excel: the active sheet is the one shown unless the developer picked another tab.
  const shown = (chosen && book.sheet(chosen)) || book.activeSheet || book.sheets[0];
  useEffect(() => setChosen(null), [selection]);
  const strip = useRef<HTMLDivElement>(null);
  const shownName = shown?.name;
  useEffect(() => {
    const tab = [...(strip.current?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])].find(
      (el) => el.textContent === shownName,
    );
    tab?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [shownName]);
  return (
    <div className={styles.page}>
      <aside
        className={styles.pane}
        style={{ width: paneWidth }}
        data-testid="taskpane-frame"
        aria-label="Task pane"
      >
        <App services={services} />
      </aside>
      <section className={styles.book} aria-label="Simulated workbook" data-testid="simulated-workbook">
        <div className={styles.title}>
          <Title3 as="h1">Simulated workbook</Title3>
          <Badge color="important" appearance="filled">
            SIMULATOR — not Excel
          </Badge>
        </div>
        <MessageBar intent="warning">
          <MessageBarBody>
            This page runs the real SalesPace task pane against an in-memory Excel test double. Formulas are
            shown as text (the double does not calculate); use Excel or LibreOffice for numbers.
          </MessageBarBody>
        </MessageBar>
        <div className={styles.sheetTabs} data-testid="sheet-tabs" ref={strip}>
          <TabList
            className={styles.sheetTabList}
            size="small"
            selectedValue={shown?.name}
            onTabSelect={(_, data) => setChosen(String(data.value))}
            aria-label="Sheets"
          >
            {book.sheets.map((sheet) => (
              <Tab key={sheet.id} value={sheet.name} data-testid={`sheet-tab-${sheet.name}`}>
                {sheet.name}
              </Tab>
            ))}
          </TabList>
        </div>
        {selection && (
          <Caption1 data-testid="selection">
            Selected: {selection.sheet}!{selection.address}
          </Caption1>
        )}
        {shown ? (
          <SheetGrid
            sheet={shown}
            selection={selection && selection.sheet === shown.name ? selection.address : null}
          />
        ) : (
          <Body1>No sheets.</Body1>
        )}
      </section>
    </div>
  );
}
