/** Negeseuon am ddarllen cynlluniau gweithredu o lyfr gwaith (Cymraeg). */
import type { PlanMessages } from '../en/plan';

function listOrNone(names: string[], none: string): string {
  return names.length === 0 ? none : names.map((name) => `"${name}"`).join(', ');
}

export const planMessages: PlanMessages = {
  noPlan: (source) =>
    `Ni chafwyd hyd i gynllun gweithredu yn ${source}: does gan yr un ddalen res pennawd â cholofn Cam gweithredu; defnyddiwch --sheet i ddewis un.`,
  noPlanOnSheet: (source, sheet) =>
    `Ni chafwyd hyd i gynllun gweithredu ar y ddalen "${sheet}" yn ${source}: does yr un o’i 30 rhes gyntaf yn rhes pennawd â cholofn Cam gweithredu a dwy golofn gyfarwydd arall; rhowch enwau ar y colofnau (er enghraifft Cam gweithredu, Arweinydd, Dyddiad cwblhau) neu gosodwch rôl y golofn Cam gweithredu.`,
  noSheet: (source, sheet, sheets) =>
    `Does dim dalen o’r enw "${sheet}" yn ${source}. Dyma’i dalennau: ${listOrNone(sheets, 'dim un')}.`,
  noTable: (source, table, tables) =>
    `Does dim tabl o’r enw "${table}" yn ${source}. Dyma’i dablau: ${listOrNone(tables, 'dim un')}.`,
  noActionColumn: (source, table) =>
    `Does dim colofn Cam gweithredu yn nhabl "${table}" yn ${source}; rhowch bennawd fel Cam gweithredu neu Action i un golofn, neu gosodwch rôl y golofn.`,
};
