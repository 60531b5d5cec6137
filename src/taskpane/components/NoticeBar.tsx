import { useEffect, useRef, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type MessageArgs, isTableName, tablePlace } from "../../core/i18n";
import type { Lang } from "../../core/schema/types";
import { describeError } from "../../core/i18n/errorText";
import type { Notice, Workspace } from "../useWorkspace";

const useStyles = makeStyles({
  detail: {
    margin: 0,
    marginTop: tokens.spacingVerticalS,
    maxHeight: "160px",
    overflow: "auto",
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
  },
});

export interface ErrorMessageProps {
  readonly error: unknown;
  readonly lang: Lang;
  readonly t: Workspace["t"];
  readonly onDismiss?: () => void;
}

/** An error as the user's sentence, with the technical detail behind a "Details" disclosure. */
export function ErrorMessage({ error, lang, t, onDismiss }: ErrorMessageProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const { sentence, detail } = describeError(error, lang);
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{t("notice.errorTitle")}</MessageBarTitle>
        <span data-testid="error-sentence">{sentence}</span>
        {open && detail !== null && <pre className={styles.detail}>{detail}</pre>}
      </MessageBarBody>
      <MessageBarActions>
        {detail !== null && (
          <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t("notice.hideDetails") : t("notice.details")}
          </Button>
        )}
        {onDismiss && (
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            {t("notice.dismiss")}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * The outcome of this screen's last operation: an error, a cancellation or a success line, said in the
 * language of now. A new notice is scrolled into view: the button that caused it may be far below it.
 */
export function NoticeBar({ workspace }: { readonly workspace: Workspace }) {
  const { notice, lang, t, setNotice } = workspace;
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice !== null) place.current?.scrollIntoView?.({ block: "nearest" });
  }, [notice]);
  if (notice === null) return null;
  const dismiss = () => setNotice(null);
  return (
    <div ref={place} data-testid="notice">
      <NoticeView notice={notice} lang={lang} t={t} onDismiss={dismiss} />
    </div>
  );
}

/** Counts in a notice as people read them: 3,509 rows, not 3509. */
function countsShown(lang: Lang, args: MessageArgs): MessageArgs {
  const locale = lang === "zh" ? "zh-CN" : "en-US";
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => [
      name,
      typeof value === "number" ? value.toLocaleString(locale) : value,
    ]),
  );
}

/** A cancellation's sentence: what had been written already (sheets, tables as people see them), or nothing. */
function cancelledText(lang: Lang, t: Workspace["t"], written: readonly string[]): string {
  if (written.length === 0) return t("notice.cancelled");
  return t("notice.cancelledAfter", {
    written: written.map((name) => (isTableName(name) ? tablePlace(lang, name) : name)),
  });
}

function NoticeView({
  notice,
  lang,
  t,
  onDismiss,
}: {
  notice: Notice;
  lang: Lang;
  t: Workspace["t"];
  onDismiss: () => void;
}) {
  if (notice.kind === "error")
    return <ErrorMessage error={notice.error} lang={lang} t={t} onDismiss={onDismiss} />;
  const text =
    notice.kind === "cancelled"
      ? cancelledText(lang, t, notice.written)
      : t(notice.key, countsShown(lang, notice.args ?? {}));
  return (
    // Multiline always: Fluent's automatic reflow missed a one-pixel overflow of "Dismiss" at 320 px.
    <MessageBar
      intent={notice.kind === "cancelled" ? "warning" : "success"}
      layout="multiline"
      data-testid="notice-bar"
    >
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t("notice.dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
