/** ExcelJS's browser build without its bundled polyfills: the same API as the package's own typings. */
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import * as ExcelJS from 'exceljs';
  export = ExcelJS;
}
