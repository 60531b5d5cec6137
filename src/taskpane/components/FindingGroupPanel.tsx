/**
 * Fluent's AccordionPanel, recomposed from its own hooks (the Fluent v9 way to adjust a component): a
 * closing panel gets `inert` as the boolean `true`, which React 18 does not know as a boolean attribute,
 * so it warned ("Received `true` for a non-boolean attribute `inert`") and left the panel focusable.
 * Given as the empty string, React 18 writes the attribute and the closing panel is inert, as meant.
 */
import { forwardRef } from "react";
import {
  type AccordionPanelProps,
  renderAccordionPanel_unstable,
  useAccordionPanelStyles_unstable,
  useAccordionPanel_unstable,
} from "@fluentui/react-components";

export const FindingGroupPanel = forwardRef<HTMLDivElement, AccordionPanelProps>((props, ref) => {
  const state = useAccordionPanel_unstable(props, ref);
  const root = state.root as typeof state.root & { inert?: boolean | string };
  if (root.inert === true) root.inert = "";
  useAccordionPanelStyles_unstable(state);
  return renderAccordionPanel_unstable(state);
});
FindingGroupPanel.displayName = "FindingGroupPanel";
