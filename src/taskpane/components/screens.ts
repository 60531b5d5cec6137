/** The pane's screens, in navigation order. */
export const SCREENS = ["home", "setup", "validate", "rollups", "targets", "settings"] as const;
export type Screen = (typeof SCREENS)[number];
