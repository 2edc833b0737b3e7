/**
 * What the board summary sheet, its chart and the `summary` command say (Welsh): the same shape as
 * `../en/summary.ts`. Dates arrive already formatted in Welsh (`31 Hyd 2015`). Numbers are written
 * as figures before a label (`Gwallau: 2`), which avoids mutating a noun after a figure.
 */
import type { SummaryMessages } from '../en/summary';

export const summaryMessages: SummaryMessages = {
  sheetName: (isoDay) => `Crynodeb y Bwrdd ${isoDay}`,
  defaultBoard: 'Bwrdd Gwella Addysg',
  subtitle: (plans) =>
    plans.length === 0
      ? 'Crynodeb i’r bwrdd'
      : plans.length <= 3
        ? `Crynodeb i’r bwrdd: ${plans.join('; ')}`
        : `Crynodeb i’r bwrdd: ${plans.length} cynllun gyda’i gilydd`,
  dates: (asOf, next, prepared) =>
    `Sefyllfa ar ${asOf}   ·   Cyfarfod nesaf ${next}   ·   Paratowyd ${prepared}`,
  glance: (f) => {
    const attention =
      f.red + f.amber === 0
        ? 'does dim un yn goch nac yn ambr'
        : `angen sylw – coch: ${f.red}, ambr: ${f.amber}` +
          (f.previous === null ? '' : ` (wedi troi’n goch ers ${f.previous}: ${f.newRed})`);
    return (
      `Camau gweithredu: ${f.total}; ${attention}; ` +
      `dyddiadau cau a cherrig milltir erbyn ${f.nextMeeting}: ${f.upcoming}; ` +
      `problemau yn y cynllun: ${f.findings}.`
    );
  },
  columns: {
    ref: 'Cyf.',
    plan: 'Cynllun',
    action: 'Cam gweithredu',
    owner: 'Arweinydd',
    due: 'Dyddiad cau',
    rating: 'Sgôr',
    declared: 'Sgôr a nodwyd',
    change: 'Ers y tro diwethaf',
    reason: 'Pam',
    progress: 'Y cynnydd diweddaraf',
    now: 'Nawr',
    before: 'Cynt',
    what: 'Carreg filltir neu gam gweithredu',
    kind: 'Math',
    problem: 'Y broblem a sut i’w chywiro',
    cell: 'Cell',
    severity: 'Difrifoldeb',
    check: 'Gwiriad',
    errors: 'Gwallau',
    warnings: 'Rhybuddion',
    group: 'Grŵp',
    total: 'Cyfanswm',
    notDeclared: 'Dim wedi’i nodi',
  },
  groupColumn: (rollUp) => (rollUp ? 'Cynllun' : 'Grŵp'),
  allActions: 'Pob cam gweithredu',
  noGroup: 'Dim grŵp',
  ratingsHeading: (asOf) => `Sgorau ar ${asOf}`,
  ratingsNote: (judgement) =>
    judgement
      ? 'Wedi’u cymryd o’r barnau a ysgrifennwyd yn y cynllun (gweler yr allwedd).'
      : 'Wedi’u cyfrifo o’r dyddiadau cau, y cerrig milltir a’r cynnydd yn y cynllun (gweler yr allwedd).',
  declaredHeading: 'Sgorau a ysgrifennwyd yn y cynllun',
  declaredNote: 'Y sgorau a roddodd swyddogion yng ngholofn RAG y cynllun ei hun, er mwyn cymharu.',
  chartAlt: 'Siart bar o nifer y camau gweithredu ym mhob sgôr ym mhob grŵp, yr un rhifau â’r tabl uchod.',
  chartMore: (shown, total) => `Y ${shown} grŵp cyntaf o ${total}; mae’r tabl uchod yn eu rhestru i gyd.`,
  chartTotal: 'Cyfanswm',
  movementHeading: (previous) => `Ers y cyfarfod diwethaf (${previous})`,
  directionHeading: 'Cyfeiriad teithio',
  movementFirst:
    'Dyma’r crynodeb cyntaf a gadwyd yn y llyfr gwaith hwn: bydd cyfeiriad teithio i’w weld o’r cyfarfod nesaf ymlaen.',
  movementLine: (f) =>
    `↑ yn well: ${f.up}   ·   ↓ yn waeth: ${f.down}   ·   → heb newid: ${f.same}   ·   newydd: ${f.new}   ·   ` +
    `wedi’u dileu: ${f.removed}   ·   wedi troi’n goch: ${f.newRed}`,
  movementNone: 'Ni newidiodd sgôr unrhyw gam gweithredu.',
  removed: (list) => `Nid ydynt yn y cynllun mwyach: ${list}.`,
  change: {
    up: (before) => `↑ cynt: ${before}`,
    down: (before) => `↓ cynt: ${before}`,
    same: '→ Dim newid',
    new: 'Newydd',
  },
  exceptionsHeading: 'Eithriadau: camau gweithredu coch ac ambr',
  redHeading: (n) => `Coch (${n})`,
  amberHeading: (n) => `Ambr (${n})`,
  noExceptions: 'Does dim un cam gweithredu’n goch nac yn ambr.',
  upcomingHeading: (asOf, next) => `I ddod: yn ddyledus rhwng ${asOf} a ${next}`,
  noUpcoming: 'Does dim byd yn ddyledus cyn y cyfarfod nesaf.',
  upcomingKinds: { action: 'Cam gweithredu', milestone: 'Carreg filltir', checkpoint: 'Pwynt gwirio' },
  dueAsWritten: (text) => text,
  noDue: 'Dim dyddiad',
  dataQualityHeading: 'Ansawdd y data',
  findingsLine: (errors, warnings) =>
    `Problemau yn y cynllun: ${errors + warnings} (gwallau: ${errors}, rhybuddion: ${warnings}).`,
  noFindings: 'Ni chanfuwyd unrhyw broblem yn y cynllun.',
  worstHeading: (n) => (n === 1 ? 'Yr un i’w chywiro' : `Y ${n} i’w cywiro gyntaf`),
  severity: { error: 'Gwall', warning: 'Rhybudd' },
  ruleTitles: {
    'missing-owner': 'Dim perchennog',
    'missing-due': 'Dim dyddiad cau y gellir ei ddefnyddio',
    'unparsed-date': 'Dyddiad heb ei ddeall',
    'start-after-due': 'Yn dechrau ar ôl y dyddiad cau',
    'milestone-outside-window': 'Carreg filltir y tu allan i ddyddiadau’r cam',
    'milestones-out-of-order': 'Cerrig milltir allan o drefn',
    'after-plan-end': 'Dyddiad ar ôl diwedd y cynllun',
    'review-before-start': 'Adolygu cyn y dechrau',
    'duplicate-ref': 'Cyfeirnod wedi’i ddefnyddio ddwywaith',
    'rating-off-scale': 'Sgôr nad yw ar y raddfa',
    'declared-contradicts-computed': 'Y sgôr a nodwyd yn groes i’r dyddiadau',
    'success-deadline-after-due': 'Terfyn y meini prawf llwyddiant ar ôl y dyddiad cau',
    'ambiguous-date-text': 'Dyddiad wedi’i deipio fel testun amwys',
  },
  keyHeading: 'Allwedd',
  keyDeadlines: {
    complete: 'Wedi’i gwblhau: nodwyd ei fod wedi’i gwblhau, neu mae’r cynnydd diweddaraf yn dweud hynny.',
    green: 'Ar y trywydd iawn: yn ddyledus ar ôl y cyfarfod nesaf, neu’n parhau ac ar waith.',
    yellow: 'Cynnydd cryf (graddfa pedwar pwynt).',
    amber: 'Angen sylw: yn ddyledus cyn y cyfarfod nesaf, neu fe fethwyd carreg filltir.',
    red: 'Hwyr: mae’r dyddiad cau wedi mynd heibio a’r cam heb ei gwblhau.',
    'not-rated':
      'Dim modd rhoi sgôr: dim dyddiad cau y gellir ei ddefnyddio (i’w gadarnhau, yn wag neu heb ei ddeall) a dim carreg filltir â dyddiad.',
  },
  keyNotJudged: 'Does dim barn wedi’i hysgrifennu yn y cynllun.',
  keyJudged: (meaning) => `${meaning}, yn ôl y farn yn y cynllun.`,
  keyArrows:
    'Ers y tro diwethaf: ↑ yn well nag yn y cyfarfod diwethaf, ↓ yn waeth, → heb newid, yn y drefn heb sgôr, coch, ambr, melyn, gwyrdd, cwblhawyd.',
  keySymbols:
    'Mae pob sgôr wedi’i hysgrifennu fel gair gyda symbol, fel bod modd darllen y daflen mewn du a gwyn.',
  footer: 'Tudalen &P o &N',
  snapshot: {
    skipped: (row, why) => `Hepgorwyd rhes ${row} o’r ciplun: ${why}.`,
    badDate: (text) => `nid yw dyddiad y cyfarfod "${text}" yn ddyddiad`,
    noPlan: 'nid yw’n enwi cynllun',
    noRef: 'does dim cyfeirnod ynddi',
    badRating: (text) => `nid yw "${text}" yn sgôr`,
    badDue: (text) => `nid yw’r dyddiad cau "${text}" yn ddyddiad`,
  },
  cli: {
    describe:
      'Llunio’r daflen grynodeb i’r bwrdd (niferoedd, cyfeiriad teithio, eithriadau, beth sy’n ddyledus, ansawdd y data) ' +
      'ar gyfer un llyfr gwaith, neu gyfuno sawl un (un i bob ysgol) yn un crynodeb.',
    describeFiles: 'y llyfr(au) gwaith .xlsx i’w crynhoi; gwneir y copi o’r cyntaf',
    describeAsOf: 'dyddiad y cyfarfod y mae’r crynodeb ar ei gyfer, BBBB-MM-DD (rhagosodiad: heddiw)',
    describeBoard: 'y bwrdd y mae’r crynodeb ar ei gyfer (rhagosodiad: "Bwrdd Gwella Addysg")',
    describeOut:
      'ysgrifennu copi o’r llyfr gwaith cyntaf gyda’r taflenni crynodeb a chiplun yma (ni chaiff y ffeiliau gwreiddiol eu newid)',
    describeLang: 'iaith y daflen grynodeb: en (Saesneg, y rhagosodiad) neu cy (Cymraeg)',
    badLang: (value) =>
      `nid yw --lang "${value}" yn iaith y caiff y crynodeb ei ysgrifennu ynddi: rhowch en neu cy.`,
    heading: (board, asOf, next) => `${board}: crynodeb i’r bwrdd ar ${asOf} (cyfarfod nesaf ${next})`,
    counts: (total, parts) => `Camau gweithredu: ${total} (${parts})`,
    exceptions: (total, red, amber) => `Eithriadau: ${total} (coch: ${red}, ambr: ${amber})`,
    movement: (newRed, previous) => `Ers ${previous}: wedi troi’n goch: ${newRed}`,
    firstSnapshot: 'Dim ciplun cynharach: bydd cyfeiriad teithio i’w weld o’r cyfarfod nesaf ymlaen.',
    written: (file, sheet) => `Wedi’i ysgrifennu i ${file} (taflen "${sheet}")`,
    notWritten: 'Dim wedi’i ysgrifennu: rhowch --out FFEIL.xlsx i gadw’r daflen grynodeb.',
    sheetRenamed: (wanted, used) =>
      `Mae taflen o’r enw "${wanted}" nad ysgrifennwyd gan yr offeryn hwn eisoes yn y llyfr gwaith: fe’i gadawyd fel yr oedd a defnyddiwyd "${used}".`,
    progress: (done, total) => `Yn darllen llyfrau gwaith: ${done} o ${total}`,
    noPlans: (file) => `${file}: ni chanfuwyd cynllun gweithredu (dim i’w grynhoi ynddo).`,
  },
};
