/** What the pane shows when it is not (yet) running in Excel. */
import { Body1, Link, Spinner, Title2 } from '@fluentui/react-components';
import { taskpaneMessages as text } from '../core/i18n/en/taskpane';
import { usePageStyles } from './styles';

export function Starting() {
  const styles = usePageStyles();
  return (
    <main className={styles.page}>
      <Spinner label={text.starting} />
    </main>
  );
}

export function NotInExcel() {
  const styles = usePageStyles();
  return (
    <main className={styles.page}>
      <Title2 as="h1" className={styles.text}>
        {text.title}
      </Title2>
      <Body1 as="p" role="alert" className={styles.text}>
        <strong>{text.notInExcel}</strong>
      </Body1>
      <Body1 as="p" className={styles.text}>
        {text.notInExcelDetail}
      </Body1>
      <Link href="taskpane.html?demo">{text.tryDemo}</Link>
    </main>
  );
}

export function DemoComingSoon() {
  const styles = usePageStyles();
  return (
    <main className={styles.page}>
      <Title2 as="h1" className={styles.text}>
        {text.title}
      </Title2>
      <Body1 as="p" className={styles.text}>
        {text.demoComingSoon}
      </Body1>
    </main>
  );
}
