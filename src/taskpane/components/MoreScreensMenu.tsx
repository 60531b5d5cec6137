/**
 * The "More" menu of the screen tabs: the screens whose tabs do not fit, loaded on demand (ScreenTabs.tsx)
 * because Menu and its positioning engine would not fit the pane's first-load budget.
 */
import { Menu, MenuItem, MenuList, MenuPopover, useIsOverflowItemVisible } from "@fluentui/react-components";
import type { Workspace } from "../useWorkspace";
import type { Screen } from "./screens";

export interface MoreScreensMenuProps {
  readonly target: HTMLElement | null;
  readonly screens: readonly Screen[];
  readonly onSelect: (screen: Screen) => void;
  readonly onClose: () => void;
  readonly t: Workspace["t"];
}

/** A hidden screen's entry (nothing while its tab is shown). */
function HiddenScreen({
  screen,
  onSelect,
  t,
}: { screen: Screen } & Pick<MoreScreensMenuProps, "onSelect" | "t">) {
  const visible = useIsOverflowItemVisible(screen);
  if (visible) return null;
  return (
    <MenuItem onClick={() => onSelect(screen)} data-testid={`more-${screen}`}>
      {t(`nav.${screen}`)}
    </MenuItem>
  );
}

export default function MoreScreensMenu({ target, screens, onSelect, onClose, t }: MoreScreensMenuProps) {
  return (
    <Menu
      open
      positioning={{ target, position: "below", align: "end" }}
      onOpenChange={(_, data) => !data.open && onClose()}
    >
      <MenuPopover>
        <MenuList aria-label={t("nav.moreLabel")}>
          {screens.map((screen) => (
            <HiddenScreen key={screen} screen={screen} onSelect={onSelect} t={t} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
