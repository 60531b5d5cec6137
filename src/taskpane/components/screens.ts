/** The pane's screens, in navigation order. */
export const SCREENS = ["home", "setup", "validate", "rollups", "customers", "targets", "settings"] as const;
export type Screen = (typeof SCREENS)[number];
