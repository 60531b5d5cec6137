import { Component, type ReactNode } from "react";
import type { Lang } from "../../core/schema/types";
import { translate } from "../../core/i18n";
import { ErrorMessage } from "./NoticeBar";

interface Props {
  readonly lang: Lang;
  readonly children: ReactNode;
}

interface State {
  readonly error: unknown;
}

/** A bug in a screen shows the error bar with its details instead of a blank pane. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { lang } = this.props;
    return (
      <ErrorMessage
        error={error}
        lang={lang}
        t={(key, args) => translate(lang, key, args)}
        onDismiss={() => this.setState({ error: null })}
      />
    );
  }
}
