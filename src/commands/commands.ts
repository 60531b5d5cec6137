/**
 * Ribbon commands (ExecuteFunction), registered once Office is ready; each calls `event.completed()`
 * whatever happens (ribbon.ts). The same page doubles as the small dialog that shows a command's
 * outcome (`commands.html?notice=…`), so the add-in needs no extra page.
 */
import { createExcelPort } from "../excel";
import { dayOfDate } from "../core/periods/localDate";
import { langOfDisplayLanguage } from "../core/i18n/displayLanguage";
import { type RibbonServices, refreshFromRibbon, ribbonCommand, validateFromRibbon } from "./ribbon";

const NOTICE = "notice";

/** Opens this page as a dialog showing `text`; resolves when the user closes it. */
function showMessage(text: string): Promise<void> {
  const url = `${window.location.origin}${window.location.pathname}?${NOTICE}=${encodeURIComponent(text)}`;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = opened.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      // Closing with the dialog's own [x] arrives as DialogEventReceived (12006).
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

function services(): RibbonServices {
  return {
    port: createExcelPort({
      run: Excel.run,
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    }),
    today: () => dayOfDate(new Date()),
    lang: langOfDisplayLanguage(Office.context.displayLanguage),
    showMessage,
    // No `core` runner: the core jobs run in place here, not in a Web Worker. Function commands run in a
    // hidden browser runtime of their own (https://learn.microsoft.com/office/dev/add-ins/testing/runtimes)
    // that may be an older webview (https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins)
    // and that no one looks at while it works; the jobs it may run are small enough anyway (RibbonTimeLimit
    // sends larger ones to the pane, which runs them in its worker).
    // No `openPane`: Office.addin.showAsTaskpane needs the add-in configured for a shared runtime
    // (SharedRuntime 1.1, https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in), and
    // manifest.xml runs ribbon commands in a runtime of their own, which also keeps the add-in on the
    // ExcelApi 1.7 hosts that lack SharedRuntime. A job too large for the ribbon says how to open the pane.
  };
}

/** The dialog: the sentence as text (never as HTML) and a button that closes it. */
function renderNotice(text: string): void {
  document.body.style.fontFamily = "'Segoe UI', 'Microsoft YaHei', sans-serif";
  document.body.style.padding = "16px";
  const message = document.createElement("p");
  message.textContent = text;
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "OK";
  close.addEventListener("click", () => Office.context.ui.messageParent("close"));
  document.body.append(message, close);
  close.focus();
}

Office.onReady(() => {
  const notice = new URLSearchParams(window.location.search).get(NOTICE);
  if (notice !== null) {
    renderNotice(notice);
    return;
  }
  Office.actions.associate("validateWorkbook", ribbonCommand(validateFromRibbon, services));
  Office.actions.associate("refreshRollups", ribbonCommand(refreshFromRibbon, services));
});
