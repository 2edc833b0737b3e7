import { useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title2,
} from '@fluentui/react-components';
import { taskpaneMessages as text } from '../core/i18n/en/taskpane';
import type { UsedRangeValues } from '../excel/read-used-range';
import type { ExcelHost } from './office-host';
import { usePageStyles } from './styles';

type ReadState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'read'; result: UsedRangeValues }
  | { kind: 'failed'; reason: string };

export interface AppProps {
  host: ExcelHost;
  /** Reads the plan's cells from Excel (injected, so the pane never calls Excel itself). */
  readPlan: () => Promise<UsedRangeValues>;
}

export function App({ host, readPlan }: AppProps) {
  const styles = usePageStyles();
  const [state, setState] = useState<ReadState>({ kind: 'idle' });

  async function onReadPlan() {
    setState({ kind: 'reading' });
    try {
      setState({ kind: 'read', result: await readPlan() });
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <main className={styles.page}>
      <Title2 as="h1" className={styles.text}>
        {text.title}
      </Title2>
      <Body1 as="p" className={styles.text}>
        {text.tagline}
      </Body1>
      <Caption1 className={styles.muted}>{text.host(host.platform, host.apiVersion)}</Caption1>
      <Button
        className={styles.action}
        appearance="primary"
        aria-describedby="read-plan-hint"
        disabled={state.kind === 'reading'}
        onClick={onReadPlan}
      >
        {text.readPlan}
      </Button>
      <Caption1 id="read-plan-hint" className={styles.muted}>
        {text.readPlanHint}
      </Caption1>
      <div role="status" aria-live="polite">
        <ReadStatus state={state} />
      </div>
    </main>
  );
}

function ReadStatus({ state }: { state: ReadState }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'reading':
      return <Spinner size="tiny" label={text.reading} />;
    case 'read': {
      const { values, address } = state.result;
      return <Body1>{text.readResult(values.length, values[0]?.length ?? 0, address)}</Body1>;
    }
    case 'failed':
      return (
        <MessageBar intent="error">
          <MessageBarBody>{text.readFailed(state.reason)}</MessageBarBody>
        </MessageBar>
      );
  }
}
