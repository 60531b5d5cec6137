import { Body1, Title2, makeStyles, tokens } from "@fluentui/react-components";

export interface AppProps {
  /** The Office host the pane runs in; null outside Office (a plain browser). */
  host: Office.HostType | null;
  displayLanguage: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** Placeholder shell; the screens are built on top of it. */
export function App({ host }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid="salespace-app">
      <Title2>SalesPace</Title2>
      <Body1>{host === null ? "Open this add-in from Excel to use it." : "Ready."}</Body1>
    </main>
  );
}
