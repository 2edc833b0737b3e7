/**
 * What the Office.js adapter tells the officer when this copy of Excel cannot do something the
 * add-in asks of it, or when a sheet had to be named differently (Welsh): the same shape as
 * `../en/excel.ts`.
 */
import type { ExcelMessages } from '../en/excel';

export const excelMessages: ExcelMessages = {
  thisWorkbook: 'y llyfr gwaith hwn',
  mergesUnsupported:
    'Ni all y fersiwn hon o Excel restru celloedd cyfun i ychwanegyn (mae angen ExcelApi 1.13), felly caiff pennawd sydd wedi’i gyfuno ar draws colofnau ei ddarllen fel un gell.',
  hiddenRowsUnsupported:
    'Ni all y fersiwn hon o Excel ddweud wrth ychwanegyn pa resi sydd wedi’u cuddio (mae angen ExcelApi 1.9), felly caiff rhesi cudd eu darllen fel pob rhes arall.',
  printUnsupported:
    'Ni chafodd y gosodiadau argraffu (A4 tirlun, un dudalen o led, teitlau ar bob tudalen, rhifau tudalen) eu rhoi ar waith: ni all ychwanegyn eu gosod yn y fersiwn hon o Excel. Gosodwch nhw yn Cynllun Tudalen cyn argraffu.',
  chartUnsupported:
    'Nid oedd modd ychwanegu’r siart sgoriau yn y fersiwn hon o Excel; mae’r tabl cyfrifon uwch ei ben yn dangos yr un rhifau.',
  conditionalFormatsUnsupported:
    'Ni chafodd lliwiau’r sgoriau eu hychwanegu: ni all ychwanegyn ychwanegu fformatio amodol yn y fersiwn hon o Excel (mae angen ExcelApi 1.6). Mae geiriau’r sgoriau yn dal i ddweud beth yw pob sgôr.',
  validationUnsupported:
    'Ni chafodd y gwymplen sgoriau ei hychwanegu: ni all ychwanegyn ychwanegu dilysu data yn y fersiwn hon o Excel (mae angen ExcelApi 1.8).',
  noRatingColumn: (sheet) =>
    `Nid oes colofn sgôr yn y cynllun ar ${sheet}, felly nid oes unman i roi’r gwymplen sgoriau.`,
  sheetRenamed: (wanted, used) =>
    `Mae dalen o’r enw "${wanted}" yn bodoli’n barod ac nid Action Plan Tracker a’i gwnaeth, felly cafodd ei gadael fel y mae a’r enw ar y ddalen newydd yw "${used}".`,
  validationTitle: 'Sgôr',
  validationMessage: (words) => `Dewiswch un o’r rhain: ${words}.`,
};
