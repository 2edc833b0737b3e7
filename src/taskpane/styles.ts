import { makeStyles, tokens } from '@fluentui/react-components';

export const usePageStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  // Headings and paragraphs keep the page's own spacing, not the browser's default margins.
  text: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  action: { alignSelf: 'flex-start' },
  // Welsh tab names are longer: on a narrow pane the tabs wrap rather than run off the edge.
  tabs: { flexWrap: 'wrap' },
});
