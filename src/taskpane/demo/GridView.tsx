/** The demo's stand-in for the worksheet: a plain table of the sheet's first rows. */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { columnLetters, cellA1 } from '../../core/grid/address';
import type { CellValue, WorkbookGrid } from '../../core/grid/types';
import { formatDay } from '../../core/dates';
import { RatingBadge, usePaneLanguage } from '../tabs/shared';
import type { DemoStore } from './demo-store';

export const GRID_ROWS = 60;

const useStyles = makeStyles({
  wrap: { overflow: 'auto', maxHeight: '100vh', border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  caption: { textAlign: 'left', padding: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  head: {
    background: tokens.colorNeutralBackground3,
    position: 'sticky',
    top: 0,
    padding: '2px 4px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    background: tokens.colorNeutralBackground3,
    padding: '2px 4px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'right',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    verticalAlign: 'top',
    maxWidth: '220px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  selected: {
    outline: `3px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-3px',
    background: tokens.colorBrandBackground2,
  },
  ours: { background: tokens.colorNeutralBackground2, whiteSpace: 'normal', minWidth: '120px' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

function shown(value: CellValue, lang: 'en' | 'cy'): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.type === 'date' ? formatDay(value.iso, lang) : value.code;
  return String(value);
}

export function GridView({ grid, store }: { grid: WorkbookGrid; store: DemoStore }) {
  const { t } = useTranslation();
  const lang = usePaneLanguage();
  const styles = useStyles();
  const view = useSyncExternalStore(store.subscribe, store.get);
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const sheet = grid.sheets.find((s) => s.name === view.sheet) ?? grid.sheets[0];

  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  }, [view.selected]);

  if (!sheet) return null;
  const rows = sheet.rows.slice(0, GRID_ROWS);
  const ours = view.ratingColumns.find((columns) => columns.sheet === sheet.name) ?? null;
  const width = Math.max(sheet.rows[0]?.length ?? 0, ...rows.map((row) => row.length));
  const columns = Array.from({ length: ours ? Math.max(width, ours.column) : width }, (_, c) => c);
  const isSelected = (r: number, c: number) =>
    view.selected?.sheet === sheet.name && view.selected.row === r && view.selected.col === c;

  return (
    <div
      className={styles.wrap}
      tabIndex={0}
      role="region"
      aria-label={t('grid.caption', { sheet: sheet.name, rows: rows.length })}
    >
      <table className={styles.table}>
        <caption className={styles.caption}>
          {t('grid.caption', { sheet: sheet.name, rows: rows.length })}
        </caption>
        <thead>
          <tr>
            <td className={styles.head} />
            {columns.map((c) => (
              <th key={c} scope="col" className={styles.head}>
                {columnLetters(c)}
              </th>
            ))}
            {ours && (
              <>
                <th scope="col" className={styles.head}>
                  {columnLetters(ours.column)}
                </th>
                <th scope="col" className={styles.head}>
                  {columnLetters(ours.column + 1)}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const applied = ours?.byRow.get(r);
            return (
              <tr key={r}>
                <th scope="row" className={styles.rowHead}>
                  {r + 1}
                </th>
                {columns.map((c) => {
                  const selected = isSelected(r, c);
                  const text = shown(row[c] ?? null, lang);
                  return (
                    <td
                      key={c}
                      ref={selected ? selectedRef : undefined}
                      data-cell={cellA1(r, c)}
                      aria-current={selected ? 'true' : undefined}
                      className={selected ? `${styles.cell} ${styles.selected}` : styles.cell}
                      title={text.length > 30 ? text : undefined}
                    >
                      {text}
                      {selected && <span className={styles.hidden}> ({t('grid.selected')})</span>}
                    </td>
                  );
                })}
                {ours && (
                  <>
                    <td className={`${styles.cell} ${styles.ours}`} data-cell={cellA1(r, ours.column)}>
                      {r === ours.headerRow ? (
                        <strong>{t('grid.computed')}</strong>
                      ) : applied ? (
                        <RatingBadge rating={applied.rating} />
                      ) : null}
                    </td>
                    <td className={`${styles.cell} ${styles.ours}`} data-cell={cellA1(r, ours.column + 1)}>
                      {r === ours.headerRow ? (
                        <strong>{t('grid.reason')}</strong>
                      ) : applied ? (
                        lang === 'cy' ? (
                          applied.reasonCy
                        ) : (
                          applied.reason
                        )
                      ) : null}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
