/**
 * The screen tabs on one row at any pane width and with any number of screens (every screen of
 * screens.ts): Fluent's Overflow pattern, tabs that do not fit go into a "More" menu, the selected tab
 * kept in view (it has the highest priority). Arrow keys move along the row as in any TabList.
 *
 * The menu itself (Menu and its positioning engine, ~30 KB gzipped) loads on demand the first time the
 * tabs overflow (MoreScreensMenu.tsx): the pane's first load stays within its 180 KB budget.
 */
import { Suspense, lazy, useRef, useState } from "react";
import {
  Button,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useOverflowMenu,
} from "@fluentui/react-components";
import type { Workspace } from "../useWorkspace";
import type { Screen } from "./screens";

const MoreScreensMenu = lazy(() => import(/* webpackChunkName: "more-screens" */ "./MoreScreensMenu"));

const useStyles = makeStyles({
  tabs: { flexWrap: "nowrap", minWidth: 0, overflow: "hidden" },
  tab: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS, flexShrink: 0 },
  // Looks like one more tab (neutral text, not a brand-coloured link).
  more: {
    flexShrink: 0,
    minWidth: "auto",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    ":hover": { color: tokens.colorNeutralForeground2Hover },
  },
});

export interface ScreenTabsProps {
  readonly screens: readonly Screen[];
  readonly selected: Screen;
  readonly onSelect: (screen: Screen) => void;
  readonly t: Workspace["t"];
}

type MoreProps = Omit<ScreenTabsProps, "selected">;

/** The "More" button, shown while some tabs are hidden; its menu lists them. */
function MoreScreens({ screens, onSelect, t }: MoreProps) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  const [open, setOpen] = useState(false);
  const target = useRef<HTMLButtonElement | null>(null);
  if (!isOverflowing) return null;
  return (
    <>
      <Button
        ref={(element: HTMLButtonElement | null) => {
          target.current = element;
          ref.current = element;
        }}
        className={styles.more}
        appearance="transparent"
        size="small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`${t("nav.moreLabel")} (${overflowCount})`}
        onClick={() => setOpen((was) => !was)}
        data-testid="tab-more"
      >
        {`${t("nav.more")} ▾`}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <MoreScreensMenu
            target={target.current}
            screens={screens}
            onSelect={(screen) => {
              setOpen(false);
              onSelect(screen);
            }}
            onClose={() => setOpen(false)}
            t={t}
          />
        </Suspense>
      )}
    </>
  );
}

/** The pane's navigation: one row of tabs for `screens`, the ones that do not fit under "More". */
export function ScreenTabs({ screens, selected, onSelect, t }: ScreenTabsProps) {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={1}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as Screen)}
        aria-label={t("nav.label")}
      >
        {screens.map((screen, i) => (
          <OverflowItem
            key={screen}
            id={screen}
            priority={screen === selected ? screens.length + 1 : screens.length - i}
          >
            <Tab value={screen} className={styles.tab} data-testid={`tab-${screen}`}>
              {t(`nav.${screen}`)}
            </Tab>
          </OverflowItem>
        ))}
        <MoreScreens screens={screens} onSelect={onSelect} t={t} />
      </TabList>
    </Overflow>
  );
}
