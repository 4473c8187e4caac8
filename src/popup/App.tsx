import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../protocol/messages';
import { ConnectorFailure, type Connector } from './connector';

type State =
  | { phase: 'loading' }
  | { phase: 'ready'; report: PageReport }
  | { phase: 'failed'; reason: string };

export function App({ connector }: { connector: Connector }) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  useEffect(() => {
    connector.getReport().then(
      (report) => setState({ phase: 'ready', report }),
      (error: unknown) =>
        setState({
          phase: 'failed',
          reason: error instanceof ConnectorFailure ? error.reason : 'unknown',
        }),
    );
  }, [connector]);
  return (
    <main>
      <h1>Sourcelight</h1>
      <p data-testid="status">
        {state.phase === 'ready' ? state.report.status : state.phase === 'failed' ? state.reason : 'loading'}
      </p>
    </main>
  );
}
