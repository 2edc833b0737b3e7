/**
 * Messages about rating actions and checking plans (Welsh): the same shape as `../en/rag.ts`.
 * Dates arrive already formatted in Welsh (`31 Hyd 2015`, `Chwef 2015`). Examples of how to write a
 * date stay in English, because the date reader understands English month and term names.
 */
import type { DateField, RagMessages } from '../en/rag';

/** Field names as they follow the article `y` (`y dyddiad cau`, `y garreg filltir`). */
const fieldNames: Record<DateField, string> = {
  start: 'dyddiad dechrau',
  due: 'dyddiad cau',
  review: 'dyddiad adolygu',
  milestone: 'garreg filltir',
};

const quotedList = (names: string[]): string => names.map((name) => `"${name}"`).join(', ');

export const ragMessages: RagMessages = {
  ratingWords: {
    complete: 'Cwblhawyd',
    green: 'Gwyrdd',
    yellow: 'Melyn',
    amber: 'Ambr',
    red: 'Coch',
    'not-rated': 'Heb sgôr',
  },
  meanings: {
    'three-point': {
      complete: 'Cwblhawyd',
      green: 'Ar y trywydd iawn',
      yellow: 'Ar y trywydd iawn',
      amber: 'Mewn perygl',
      red: 'Oddi ar y trywydd',
    },
    'four-point': {
      complete: 'Cwblhawyd',
      green: 'Cynnydd da iawn',
      yellow: 'Cynnydd cryf',
      amber: 'Cynnydd boddhaol',
      red: 'Cynnydd cyfyngedig',
    },
  },
  cadence: {
    weekly: 'bob wythnos',
    fortnightly: 'bob pythefnos',
    monthly: 'bob mis',
    'half-termly': 'bob hanner tymor',
    termly: 'bob tymor',
    quarterly: 'bob chwarter',
    'twice-yearly': 'ddwywaith y flwyddyn',
    annually: 'bob blwyddyn',
    ongoing: 'parhaus',
  },
  reason: {
    completeDeclared: (written) => `Cwblhawyd: y sgôr a roddwyd yw ${written}`,
    completeProgress: (excerpt) => `Cwblhawyd: mae'r cynnydd yn dweud "${excerpt}"`,
    noDueDate: () => 'Heb sgôr: dim dyddiad cau',
    noUsableDueDate: (written) => `Heb sgôr: dim dyddiad cau y gellir ei ddefnyddio ("${written}")`,
    overdue: (due, n, asOf) => `Hwyr: y dyddiad cau oedd ${due}, ${n} diwrnod cyn ${asOf}`,
    withinGrace: (due, n, asOf, grace) =>
      `Newydd fynd heibio'r dyddiad cau: ${due}, ${n} diwrnod cyn ${asOf} (o fewn y ${grace} diwrnod a ganiateir)`,
    milestoneMissed: (milestone, due, others) =>
      `Carreg filltir wedi'i methu: roedd "${milestone}" i fod erbyn ${due}` +
      (others > 0 ? ` (${others} arall hefyd)` : ''),
    dueBeforeNextMeeting: (due, meeting, next) =>
      `Yn ddyledus cyn y cyfarfod nesaf: erbyn ${due} (cyfarfod ${meeting}, yr un nesaf ${next})`,
    dueWithinDays: (due, windowDays, asOf) =>
      `Yn ddyledus o fewn ${windowDays} diwrnod: erbyn ${due} (ar ${asOf})`,
    onTrack: (due, fromMilestone) =>
      `Ar y trywydd iawn: erbyn ${due}` + (fromMilestone ? ' (y garreg filltir olaf)' : ''),
    inProgress: (cadence, since) => {
      const how = cadence === null ? 'parhaus' : ragMessages.cadence[cadence];
      return since === null ? `Ar y gweill: ${how}` : `Ar y gweill: ${how} ers ${since}`;
    },
    notStarted: (cadence, startsOn) => {
      const how = cadence === null ? 'parhaus' : ragMessages.cadence[cadence];
      return `Heb ddechrau eto: ${how} o ${startsOn} ymlaen`;
    },
    judged: (colour, meaning, written) => `Barn: ${colour} (${meaning}): ysgrifennwyd "${written}"`,
    judgedOnSmallerScale: (colour, meaning, written) =>
      `Barn: ${colour} (${meaning}): ysgrifennwyd "${written}", sy'n cyfrif fel ${colour} ar raddfa tri phwynt`,
    noJudgement: () => 'Heb sgôr: ni nodwyd barn',
    judgementOffScale: (written) => `Heb sgôr: nid yw "${written}" ar raddfa'r cynllun`,
  },
  finding: {
    missingOwner: (ref) =>
      `Nid oes gan gam gweithredu ${ref} berchennog: rhowch enw'r person sy'n gyfrifol yn y golofn perchennog.`,
    missingDue: (ref, written) =>
      (written === ''
        ? `Nid oes gan gam gweithredu ${ref} ddyddiad cau`
        : `Nid oes gan gam gweithredu ${ref} ddyddiad cau y gellir ei ddefnyddio ("${written}")`) +
      ": rhowch y diwrnod, y mis neu'r tymor erbyn pryd y dylid ei wneud, er mwyn gallu rhoi sgôr iddo.",
    unparsedDate: (field, written) =>
      `Ni ellid darllen y ${fieldNames[field]} "${written}" fel dyddiad: ` +
      'ysgrifennwch ddiwrnod, mis neu dymor, er enghraifft "31 Jul 2016", "Jul 2016" neu "Summer term 2016".',
    startAfterDue: (start, due) =>
      `Mae'r cam gweithredu'n dechrau (${start}) ar ôl ei ddyddiad cau (${due}): ` +
      "gwiriwch y flwyddyn, neu cyfnewidiwch y dyddiad dechrau a'r dyddiad cau.",
    milestoneBeforeStart: (milestone, when, start) =>
      `Mae carreg filltir "${milestone}" (${when}) cyn i'r cam gweithredu ddechrau (${start}): gwiriwch y flwyddyn.`,
    milestoneAfterDue: (milestone, when, due) =>
      `Mae carreg filltir "${milestone}" (${when}) ar ôl dyddiad cau'r cam gweithredu (${due}): ` +
      'symudwch y dyddiad cau, neu gwiriwch ddyddiad y garreg filltir.',
    milestoneOutOfOrder: (milestone, when, previous, previousWhen) =>
      `Mae carreg filltir "${milestone}" (${when}) wedi'i rhestru ar ôl "${previous}" (${previousWhen}) ` +
      'ond mae ei dyddiad yn gynharach: gwiriwch y flwyddyn, neu rhestrwch y cerrig milltir yn nhrefn eu dyddiadau.',
    dueAfterPlanEnd: (due, planEnd) =>
      `Mae'r dyddiad cau (${due}) ar ôl diwedd y cynllun (${planEnd}): ` +
      "dewch ag ef o fewn cyfnod y cynllun, neu symudwch y cam gweithredu i'r cynllun nesaf.",
    milestoneAfterPlanEnd: (milestone, when, planEnd) =>
      `Mae carreg filltir "${milestone}" (${when}) ar ôl diwedd y cynllun (${planEnd}): ` +
      "dewch â hi o fewn cyfnod y cynllun, neu symudwch hi i'r cynllun nesaf.",
    reviewBeforeStart: (review, start) =>
      `Mae'r dyddiad adolygu (${review}) cyn i'r cam gweithredu ddechrau (${start}): ` +
      'gwiriwch y flwyddyn, neu symudwch yr adolygiad i ddyddiad ar ôl y dechrau.',
    duplicateRef: (ref, firstCell) =>
      `Mae cyfeirnod ${ref} wedi'i ddefnyddio eto (y tro cyntaf yn ${firstCell}): ` +
      'rhowch ei gyfeirnod ei hun i bob cam gweithredu.',
    ratingOffScale: (written, scale) =>
      `Nid yw'r sgôr "${written}" ar raddfa'r cynllun: ysgrifennwch ` +
      (scale === 'four-point'
        ? 'Blue (glas: cwblhawyd), Green (gwyrdd), Yellow (melyn), Amber (ambr) neu Red (coch)'
        : 'Blue (glas: cwblhawyd), Green (gwyrdd), Amber (ambr) neu Red (coch)') +
      ', neu gadewch y gell yn wag.',
    declaredButRed: (declared, computedReason) =>
      `Nodwyd ${declared}, ond mae'r dyddiadau'n dweud Coch (${computedReason}): ` +
      'adolygwch y sgôr, neu diweddarwch y dyddiad cau os yw wedi symud.',
    declaredCompleteButProgress: (written, phrase) =>
      `Nodwyd ei fod wedi'i gwblhau ("${written}"), ond mae'r cynnydd diweddaraf yn dweud "${phrase}": ` +
      'diweddarwch y cynnydd, neu newidiwch y sgôr.',
    successDeadlineAfterDue: (mention, when, due) =>
      `Mae'r meini prawf llwyddiant yn dweud "${mention}" (${when}), sy'n hwyrach na'r dyddiad cau (${due}): ` +
      "cysonwch y dyddiad cau â'r meini prawf llwyddiant, neu cywirwch y terfyn amser.",
    ambiguousDateText: (field, written, readAs, writeAs) =>
      `Mae "${written}" yn y ${fieldNames[field]} yn destun y gellid ei ddarllen mewn dwy ffordd` +
      (readAs === null || writeAs === null
        ? ': rhowch ddyddiad go iawn, neu ysgrifennwch y mis fel gair (er enghraifft "4 Jul 2014").'
        : `; fe'i darllenir gyda'r diwrnod yn gyntaf, fel ${readAs}: rhowch ddyddiad go iawn, neu ysgrifennwch "${writeAs}".`),
  },
  ruleSet: {
    prefix: (source) => `Set reolau ${source}: `,
    mustBe: (field, expected, got) =>
      (field === null ? "Rhaid i'r set reolau" : `Rhaid i "${field}"`) +
      ` fod ${expected}, ` +
      (got === null ? 'ond mae ar goll.' : `ond cafwyd ${got}.`),
    unknownField: (field, known) =>
      `Nid yw "${field}" yn un o feysydd set reolau: defnyddiwch ${quotedList(known)}.`,
    notJson: (detail) => `nid yw'r testun yn JSON dilys (${detail}).`,
    unknownName: (name, builtIns) =>
      `nid oes set reolau adeiledig o'r enw "${name}": defnyddiwch ${quotedList(builtIns)}, neu rhowch set reolau JSON.`,
    expected: {
      text: 'yn destun',
      nonEmptyText: "yn destun nad yw'n wag",
      kind: 'yn un o "deadlines", "judgement"',
      scale: 'yn un o "three-point", "four-point"',
      days: 'yn nifer cyfan o ddiwrnodau (0 neu fwy)',
      yesNo: 'yn true neu false',
      labels: 'yn set o enwau lliwiau, pob un â thestun',
      object: 'yn wrthrych JSON',
    },
  },
};
