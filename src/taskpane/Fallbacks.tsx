/** What the pane shows when it is not (yet) running in Excel. */
import { Body1, Link, MessageBar, MessageBarBody, Spinner, Title2 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { usePageStyles } from './styles';

export function Starting() {
  const { t } = useTranslation();
  const styles = usePageStyles();
  return (
    <main className={styles.page}>
      <Spinner label={t('app.starting')} />
    </main>
  );
}

export function NotInExcel() {
  const { t } = useTranslation();
  const styles = usePageStyles();
  return (
    <main className={styles.page}>
      <Title2 as="h1" className={styles.text}>
        {t('app.title')}
      </Title2>
      <Body1 as="p" role="alert" className={styles.text}>
        <strong>{t('app.notInExcel')}</strong>
      </Body1>
      <Body1 as="p" className={styles.text}>
        {t('app.notInExcelDetail')}
      </Body1>
      <Link href="taskpane.html?demo">{t('app.tryDemo')}</Link>
    </main>
  );
}

export function DemoFailed({ reason }: { reason: string }) {
  const { t } = useTranslation();
  const styles = usePageStyles();
  return (
    <main className={styles.page}>
      <Title2 as="h1" className={styles.text}>
        {t('app.title')}
      </Title2>
      <MessageBar intent="error">
        <MessageBarBody>{t('app.demoFailed', { reason })}</MessageBarBody>
      </MessageBar>
    </main>
  );
}
