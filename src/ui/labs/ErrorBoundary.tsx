// The last line of defence: a render error anywhere in the app (a stored record no check caught, a bug)
// shows what failed in plain words and the two ways out, inside the app, instead of a blank page.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { RecoveryActions } from './RecoveryActions.tsx';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Shown on the page; React reports it to the console as well.
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="app app--failed">
        <header className="app__header">
          <h1 className="app__title">
            altdisk <span className="app__title-accent">trainer</span>
          </h1>
        </header>
        <main className="app-failed" data-testid="app.failed">
          <section role="alert" aria-labelledby="app-failed-title" className="app-failed__box">
            <h2 id="app-failed-title" className="app-failed__title">
              The trainer could not show this lab
            </h2>
            <p>
              Part of the page failed while drawing the lab — most likely something in the saved lab it could not read — so it
              stopped here rather than show you a wrong lab. The error, for a bug report:{' '}
              <code className="app-failed__what">{shorten(error.message || error.name)}</code>
            </p>
            <p>
              Your saved labs are still in this browser. Reloading shows the same lab again and will most likely fail the same way;
              open a fresh lab to keep working (the saved ones stay in the labs menu), or wipe the saved labs if they keep failing.
            </p>
            <RecoveryActions />
          </section>
        </main>
      </div>
    );
  }
}

function shorten(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
