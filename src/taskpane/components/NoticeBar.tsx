import { useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
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

/** The outcome of the last operation: an error, a cancellation or a success line. */
export function NoticeBar({ workspace }: { readonly workspace: Workspace }) {
  const { notice, lang, t, setNotice } = workspace;
  if (notice === null) return null;
  const dismiss = () => setNotice(null);
  return <NoticeView notice={notice} lang={lang} t={t} onDismiss={dismiss} />;
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
  const text = notice.kind === "cancelled" ? t("notice.cancelled") : notice.text;
  return (
    <MessageBar intent={notice.kind === "cancelled" ? "warning" : "success"} data-testid="notice-bar">
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t("notice.dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
