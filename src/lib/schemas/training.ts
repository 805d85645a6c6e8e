/** Schema of the training kit's own wording (content/training.yaml); policy facts come from the other collections. */
import { z } from 'astro/zod';
import { TRAP_KEYS } from '../training/traps';
import { pendingNote, siteLink, slotted, wording, wordingFor } from './common';
import { confirmedNote } from '../confirmation/record';

export const trainingSchema = z.object({
  traps: wordingFor(TRAP_KEYS), // a short label for each trap tag, shown with a case's answer
  choice: z.object({
    legend: wording, // the question above the four outcomes on a case page
    hint: wording, // what to do: read, choose, then open the answer
    reveal: wording, // the line that opens the answer and the reasons
    feedback: z.object({
      right: wording, // {choice} was right
      wrong: wording, // {choice} was chosen, {answer} is right
      none: wording, // nothing chosen; {answer} is right
    }),
  }),
  parentPlaceholder: wording, // what {parent} becomes in the table of situation rules, e.g. 父（母）
  cases: z.object({
    title: slotted('number', 'title'), // a case's name in the list, headings, <title> and navigation: 案例{number}：{title}
    short: slotted('number'), // a case's short name, in the breadcrumb trail: 案例{number}
    description: slotted('summary'), // a case page's meta description
    story: wording, // heading of the narrative, on the case page and the worksheet
    answer: wording, // before the outcome in the answer (case page and presenter)
    traps: wording, // before the mistakes the case trains against (易错点：…)
    discussion: wording, // heading of the discussion questions
    worksheet: wording, // the link to a case's worksheet in the list of cases
    kuasheng: slotted('link'), // a case with a child registered elsewhere: {link} becomes the link below
    kuashengLink: siteLink, // the section on applying away from home (label and path)
    questionnaire: z.object({
      heading: wording, // heading of how the case is answered in the questionnaire
      caption: wording, // caption of that table of answers
      open: wording, // the link that opens the case in the questionnaire with its answers filled in
      openNote: wording, // after that link: what the trainee will see
    }),
    nav: z.object({
      name: wording, // what screen readers call the navigation under a case
      worksheet: wording, // link to print the worksheet
      presenter: wording, // link to the case in the presenter
      previous: wording, // before the link to the previous case
      next: wording, // before the link to the next case
      all: wording, // link to the list of all cases
    }),
  }),
  worksheet: z.object({
    title: slotted('number'), // the worksheet's heading, <title> and breadcrumb: 练习单：案例{number}
    crumb: wording, // its step in the breadcrumb trail
    description: slotted('summary'), // its meta description
    note: slotted('link'), // on screen only: there is no answer; {link} becomes the link to the case page
    caseLink: slotted('number'), // that link's text
    why: wording, // heading of the room for the reasons
    parentQuestion: slotted('parent'), // a question about each parent ({parent}: 父亲, 母亲)
    proofQuestion: wording, // the question about the proof to prepare
    notes: wording, // the room to write down the discussion
  }),
  presenter: z.object({
    title: wording, // heading, <title> and breadcrumb of /peixun/yanshi/
    description: wording, // its meta description
    status: slotted('n', 'total', 'title'), // announced on each case: {n} of {total}, {title} (filled in by the page's script)
    help: wording, // the keys that work the presenter
    counter: slotted('number', 'total'), // above each case's heading: 案例 {number} / {total}
    casePage: slotted('number'), // under the answer: link to the case's own page
    previous: wording, // button: the previous case
    next: wording, // button: the next case
    show: wording, // button: show the answer
    hide: wording, // the same button once the answer shows
    fullscreen: wording, // button: full screen
    exitFullscreen: wording, // the same button in full screen
  }),
  decisions: z.object({
    title: wording, // heading, <title> and breadcrumb of /peixun/juece/
    description: wording, // its meta description
    intro: slotted('questionnaire', 'cases'), // the opening paragraph; {questionnaire} and {cases} become links
    questionnaireLink: wording, // that link to the questionnaire
    casesLink: wording, // that link to the training cases
    chartHeading: wording, // heading of the flowchart (its id stays liuchengtu)
    tableHeading: wording, // heading of the decision table (id juecebiao)
    tableIntro: slotted('count', 'categories'), // under it: the {count} standings, {categories} listed
    rulesHeading: wording, // heading of the situation rules (id guilei)
    rulesIntro: slotted('parent'), // under it; {parent} is parentPlaceholder
    table: z.object({
      caption: slotted('count'), // the decision table's caption: the {count} combinations for a child under 18
      columns: wordingFor(['number', 'outcome', 'reason']), // its column heads besides 父亲 and 母亲
      older: wording, // label of the line for a child of 18 or older
      olderText: slotted('outcome'), // that line: whatever the parents, the outcome is {outcome}
    }),
    matrixCaption: slotted('father', 'mother'), // the grid's caption: rows {father}, columns {mother}
    rules: z.object({
      caption: slotted('count'), // caption of the table of situation rules
      columns: wordingFor(['situation', 'reason', 'standing']), // its column heads
    }),
  }),
  flowchart: z.object({
    title: wording, // the chart's heading and <title>
    download: wording, // the link to download the chart as an SVG file
    textHeading: wording, // heading of the chart's steps in words
    ageQuestion: wording, // the first check, e.g. 孩子已满18周岁？
    classify: wording, // the step that classes each parent
    conditions: z.object({
      both: wording, // {a}: both parents have this standing
      oneEach: wording, // {a} and {b}: one parent each
      either: wording, // {a}: at least one parent
      bothWithin: wording, // {list}: both parents among these standings
    }),
    question: wording, // a condition as a question: {condition}？
    otherwise: wording, // the last box's condition: 其他情况（{condition}）
    yes: z.string().min(1), // label of the arrow to an outcome
    no: z.string().min(1), // label of the arrow to the next check
    listSeparator: z.string().min(1), // between standings in a list, e.g. 、
    steps: z.object({
      question: wording, // one check as a sentence: {question} {outcome} {reason}
      classify: wording, // the classification as a sentence: {classify} {standings}
      last: wording, // the last box as a sentence: {otherwise} {outcome} {reason}
    }),
  }),
  card: z.object({
    title: wording, // the card's heading, e.g. 认定条件速查卡
    description: wording, // the card page's meta description
    intro: wording, // one line: who it is for, and that the 区民政局 decides
    printNote: wording, // after the intro, on screen only: the card fits one A4 page
    definition: z.object({
      heading: wording, // e.g. 谁是事实无人抚养儿童
      lead: wording, // the age condition, before the two branches
      branches: z.array(wording).min(2), // the two branches of the definition
      pending: pendingNote, // a reading of the branches that awaits confirmation, marked after them
      confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
      notes: z.array(wording).default([]), // what is easily confused (孤儿, one parent able to raise the child …)
    }),
    situationsHeading: wording, // heading of the table of 死亡、失踪 and the eight situations
    columns: wordingFor(['situation', 'requirement', 'proof']), // that table's column heads
    apply: z.object({
      heading: wording, // e.g. 怎么申请
      points: z.array(wording).min(1), // who applies, where, the form, how the 街道 checks
    }),
    report: z.object({
      heading: wording, // e.g. 发现孩子受到伤害：立即报告
      points: z.array(wording).min(1), // who must report, to whom, and 110
    }),
    stepsHeading: wording, // heading of the steps (from content/procedure.yaml)
    otherHelpHeading: wording, // heading of the help for children who do not qualify (next steps of the questionnaire)
  }),
});

/** The training kit's wording. */
export type TrainingContent = z.output<typeof trainingSchema>;
