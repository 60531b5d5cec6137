/**
 * The one place that calls Office.onReady: it gathers what the pane needs from Office (the Excel
 * host, requirement sets, display language) and hands it to the app as props. Nothing else in the
 * task pane reads Office globals.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
const root = createRoot(container);

Office.onReady((info) => {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App host={info.host ?? null} displayLanguage={Office.context?.displayLanguage ?? navigator.language} />
    </FluentProvider>,
  );
});
