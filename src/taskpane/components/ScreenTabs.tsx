/**
 * The screen tabs on one row at any pane width and with any number of screens: Fluent's overflow pattern
 * (Overflow + OverflowItem) hides the tabs that do not fit, last first, and a "More" menu at the end of
 * the row offers them. The selected tab never overflows, so the row always shows where you are.
 */
import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import type { Workspace } from "../useWorkspace";
import type { Screen } from "./screens";

const useStyles = makeStyles({
  // One row: the overflow manager measures this container and hides what does not fit in it.
  tabs: { flexWrap: "nowrap", minWidth: 0, overflow: "hidden" },
  more: { flexShrink: 0, minWidth: "auto", whiteSpace: "nowrap" },
});

export interface ScreenTabsProps {
  readonly screens: readonly Screen[];
  readonly selected: Screen;
  readonly onSelect: (screen: Screen) => void;
  readonly t: Workspace["t"];
}

function HiddenScreenItem({
  screen,
  t,
  onSelect,
}: Omit<ScreenTabsProps, "screens" | "selected"> & { screen: Screen }) {
  const visible = useIsOverflowItemVisible(screen);
  if (visible) return null;
  return (
    <MenuItem onClick={() => onSelect(screen)} data-testid={`more-${screen}`}>
      {t(`nav.${screen}`)}
    </MenuItem>
  );
}

function MoreScreens({ screens, t, onSelect }: Omit<ScreenTabsProps, "selected">) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          ref={ref}
          appearance="transparent"
          size="small"
          className={styles.more}
          aria-label={t("nav.moreLabel", { count: overflowCount })}
          data-testid="tab-more"
        >
          {t("nav.more")}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {screens.map((screen) => (
            <HiddenScreenItem key={screen} screen={screen} t={t} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** The pane's navigation: a TabList of `screens` that overflows into a "More" menu. */
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
        {screens.map((screen) => (
          <OverflowItem key={screen} id={screen} priority={screen === selected ? 2 : 1}>
            <Tab value={screen} data-testid={`tab-${screen}`}>
              {t(`nav.${screen}`)}
            </Tab>
          </OverflowItem>
        ))}
        <MoreScreens screens={screens} t={t} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}
