/**
 * The screen tabs on one row at any pane width and with any number of screens: a compact TabList that
 * scrolls sideways when the screens do not fit (as Excel's own sheet tabs do), the selected tab always
 * scrolled into view. Arrow keys move along the row as in any TabList.
 *
 * Not Fluent's Overflow with a "More" menu: that was built and measured, and Overflow plus Menu and its
 * positioning engine took the pane's first load from 174 KB to 206 KB gzipped, past its 180 KB budget.
 */
import { useEffect, useRef } from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { Workspace } from "../useWorkspace";
import type { Screen } from "./screens";

const useStyles = makeStyles({
  strip: {
    overflowX: "auto",
    overflowY: "hidden",
    minWidth: 0,
    scrollbarWidth: "thin",
    // Room for the selected tab's underline and focus outline inside the scrolling box.
    paddingBottom: tokens.spacingVerticalXXS,
  },
  tabs: { flexWrap: "nowrap", width: "max-content" },
  tab: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
});

export interface ScreenTabsProps {
  readonly screens: readonly Screen[];
  readonly selected: Screen;
  readonly onSelect: (screen: Screen) => void;
  readonly t: Workspace["t"];
}

/** The pane's navigation: one row of tabs for `screens`, scrolling when they do not fit. */
export function ScreenTabs({ screens, selected, onSelect, t }: ScreenTabsProps) {
  const styles = useStyles();
  const strip = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const tab = strip.current?.querySelector<HTMLElement>(`[data-testid="tab-${selected}"]`);
    tab?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selected]);
  return (
    <div className={styles.strip} ref={strip}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as Screen)}
        aria-label={t("nav.label")}
      >
        {screens.map((screen) => (
          <Tab key={screen} value={screen} className={styles.tab} data-testid={`tab-${screen}`}>
            {t(`nav.${screen}`)}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
