/**
 * Zod schemas for everything in content/. Kept free of astro:content so unit tests can use them;
 * src/content.config.ts passes in Astro's reference() for citations between collections.
 */
import { z } from 'astro/zod';
import { SITUATION_FIELDS, SITUATION_KINDS } from './eligibility/schema';
import type { SituationKind } from './eligibility/types';
import { GENERAL_MATERIALS, NEXT_STEPS, OUTCOME_RULE_KEYS, PARENT_RULE_KEYS, SITUATION_RULE_KEYS } from './eligibility/keys';
import { PICKABLE_KINDS, UNKNOWN, fieldKeys, isAlias } from './questionnaire/values';
import { isOrigin } from './portal';
import type { PendingMarker } from './pending';
import { assess, InvalidAnswersError, parseAnswers } from './eligibility';
import { draftOf } from './questionnaire/draft';
import { OUTCOMES } from './training/standings';
import { TRAP_KEYS } from './training/traps';

/** How far a policy document was checked; content/site.yaml words each for the document page. */
export const VERIFICATIONS = ['official', 'text-republished', 'number-only', 'republished'] as const;

/** Builds the schema of a document citation after its id is checked: Astro's reference('documents') in the build. */
export type DocumentRef = () => z.ZodType;

/** A date as precise as the source allows: 2016, 2020-12 or 2025-09-25. YAML dates are accepted too. */
export const partialDate = z
  .union([z.date(), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '日期应写作 2025、2025-09 或 2025-09-25')])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value));

/** The id of a question for the bureau in content/pending-topics.yaml (checked against that list at build start). */
const topicId = z.string().regex(/^[a-z0-9-]+$/, '写 content/pending-topics.yaml 中的问题 id，例如 lost-contact-start');

/**
 * A statement not yet confirmed by the district: the question it belongs to (one topic id, or several) and what
 * exactly awaits confirmation. Pages receive it as { topics, note }.
 */
export const pendingMarker = z
  .object({
    topic: z.union([topicId, z.array(topicId).min(1)]), // the question(s) for the bureau, in content/pending-topics.yaml
    note: z.string().min(4, '请写明哪一点有待区民政局确认'), // what exactly awaits confirmation, in plain words
  })
  .strict()
  .transform(({ topic, note }): PendingMarker => ({ topics: Array.isArray(topic) ? topic : [topic], note }));
export const pendingNote = pendingMarker.optional();

/** One question for the bureau (content/pending-topics.yaml). */
export const pendingTopicSchema = z.object({
  number: z.number().int().positive(), // the question's number on the confirmation sheet
  title: z.string().min(2), // the topic in a few words
  question: z.string().min(10), // the question, in plain words, as the bureau will read it
  interim: z.string().min(10), // what the site says or does until the bureau answers
});

/** A telephone or other contact channel; an empty value means "not published yet" and is never invented. */
const contact = z.object({
  label: z.string().min(1), // who or what the contact is, e.g. 区民政局儿童福利工作咨询电话
  value: z.string().default(''), // the number or address; empty until the bureau confirms it
  note: z.string().optional(), // when to use it, in plain words
  pending: pendingNote, // set while the contact is not confirmed
});

/** The document id in a citation: the raw string, or the id of Astro's resolved reference. */
function citedId(value: unknown): string {
  return typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : String(value);
}

/**
 * The schemas, given the ids of the documents in content/documents. An unknown id in a citation fails
 * validation with a message naming the id (Astro adds the file and field).
 */
export function makeSchemas<Ref extends DocumentRef>(documentIds: ReadonlySet<string>, toReference: Ref) {
  const documentRef = () =>
    (toReference() as z.ZodType).refine((value: unknown) => documentIds.has(citedId(value)), {
      error: (issue) => `引用了不存在的政策文件 “${citedId(issue.input)}”：政策文件目录中没有这个 id`,
    }) as ReturnType<Ref>;
  const sources = z.array(documentRef()).min(1, '至少引用一份政策文件'); // citations by document id

  const site = z.object({
    name: z.string().min(2), // site name shown in the header and titles
    shortName: z.string().min(2), // short name for narrow screens and breadcrumbs
    description: z.string().min(10), // one sentence for search engines and the home page
    organizer: z.string().min(2), // 主办单位, e.g. 西山区民政局
    portal: z.object({
      siteCode: z.string().default(''), // 网站标识码
      icp: z.string().default(''), // ICP 备案号
      icpUrl: z.union([z.literal(''), z.url()]).default(''), // where the ICP number links (the MIIT filing system); empty: plain text
      psb: z.string().default(''), // 公安备案号; empty until known, then rendered
      errorReportUrl: z.string().default(''), // link slot for the portal's 我为政府网站找错
      sitemapUrl: z.string().default(''), // link slot for the portal's 网站地图
      origin: z.string().refine((value) => value === '' || isOrigin(value), '应只写协议和域名，例如 https://www.kmxs.gov.cn').default(''), // the portal that frames the embed page; PORTAL_ORIGIN overrides it for a build
    }),
    contacts: z.array(contact).default([]), // contact entries; empty values are never rendered as numbers
    dataAsOf: partialDate, // the date the policy facts were last checked
    verificationLabels: z.record(z.enum(VERIFICATIONS), z.string().min(4)), // how a document page states each level of checking
    sourceNote: z.string().min(4), // one line on where the facts come from, for the 关于本站 page and footer
  });

  const document = z.object({
    title: z.string().min(4), // full title with 《》
    shortTitle: z.string().min(2), // short name used in running text
    number: z.string().default(''), // 文号, e.g. 民发〔2019〕62号; empty for letters without one
    issuer: z.string().min(2), // issuing body or bodies
    date: partialDate, // date issued, as precise as known
    effective: partialDate.optional(), // date it took effect, when known
    verification: z.enum(VERIFICATIONS), // how far it was checked: official (number and text at an official source), text-republished (number and date official, text only in copies), number-only (number official, text not checked), republished (only copies)
    summary: z.string().min(10), // what the document means for families, in plain words
    points: z.array(z.string()).default([]), // the points that matter for this site
    order: z.number().int(), // position in the document list
    pending: pendingNote, // what about this document still awaits confirmation
  });

  const situation = z.object({
    name: z.string().min(2), // short name as used in the policy, e.g. 重残
    group: z.enum(['absence', 'situation']), // absence: 死亡/失踪; situation: one of the eight
    meaning: z.string().min(10), // what counts, in plain words
    threshold: z.string().optional(), // the condition that must be met, e.g. 6 个月以上
    notCounted: z.string().optional(), // a common case that does not count
    proof: z.array(z.string()).min(1), // documents usually asked for
    proofIsExample: z.boolean().default(false), // true when the proof list comes from other places' guides
    sources, // documents the situation rests on
    order: z.number().int(), // position in lists
    pending: pendingNote, // what about this situation still awaits confirmation
  });

  const amount = z.object({
    kind: z.literal('amount'),
    name: z.string().min(2), // what the amount is called
    appliesTo: z.string().min(2), // the children it applies to
    amount: z.number().positive(), // value in 元
    unit: z.literal('元/人/月'), // unit, always per person per month
    effective: partialDate.optional(), // date from which it applies, when known
    sources, // documents that state it
    order: z.number().int(), // row order in the table
    pending: pendingNote, // e.g. the effective date is not confirmed
  });

  const rule = z.object({
    kind: z.literal('rule'),
    name: z.string().min(2), // name of the rule, e.g. 补差
    text: z.string().min(10), // the rule in plain words
    basis: z.string().min(2), // where the rule comes from, in words (e.g. 云南省的现行做法)
    sources: z.array(documentRef()).default([]), // documents that state it, when one is known
    order: z.number().int(), // position after the table
    pending: pendingNote, // the part not yet confirmed
  });

  const standard = z.discriminatedUnion('kind', [amount, rule]);

  const page = z.object({
    title: z.string().min(2), // the page's h1 and <title>
    navTitle: z.string().optional(), // shorter name in navigation, when different
    description: z.string().min(10), // one-sentence summary for search results and the meta description
    kind: z.enum(['home', 'guide', 'policy', 'faq', 'glossary', 'help', 'about', 'training']), // what sort of page it is (also the search filter)
    nav: z.number().int().optional(), // position in the main navigation; absent = not in navigation
    updated: partialDate, // 最近更新
    sources: z.array(documentRef()).default([]), // 政策依据 listed at the foot of the page
    pending: pendingNote, // a page-level item awaiting confirmation
  });

  const faq = z.object({
    question: z.string().min(4), // the question as a family would ask it
    order: z.number().int(), // position in the list
    sources: z.array(documentRef()).default([]), // documents the answer rests on
    pending: pendingNote, // set when the answer is not confirmed
  });

  const step = z.object({
    name: z.string().min(2), // short name of the step, shown in the diagram
    actor: z.string().min(2), // who does it: 申请人, 街道办事处, 区民政局
    detail: z.string().min(10), // what happens, in plain words
    order: z.number().int(), // position in the procedure
    sources: z.array(documentRef()).default([]), // documents the step rests on
    pending: pendingNote, // the part of the step not yet confirmed
  });

  const glossaryTerm = z
    .object({
      term: z.string().min(2), // the term as the site writes it (GLOSSARY.md), e.g. 服刑在押
      definition: z.string().min(10).optional(), // what it means, in plain words; omitted for a situation (taken from content/situations)
      everyday: z.array(z.string().min(2)).default([]), // words families type for it, e.g. 坐牢; search finds the defining section
      page: z.string().regex(/^[a-z0-9-]+$/, '写内容页的文件名，例如 tiaojian'), // content page that explains the term
      anchor: z.string().min(1), // id of the section on that page, e.g. situation-imprisoned
      situation: z.enum(SITUATION_KINDS as [SituationKind, ...SituationKind[]]).optional(), // the situation it names: its meaning, sources and pending note come from content/situations
      sources: z.array(documentRef()).default([]), // documents the definition rests on (not for a situation)
      pending: pendingNote, // the part of the definition not yet confirmed (not for a situation)
    })
    .superRefine((entry, ctx) => {
      // A situation's meaning is written once, in content/situations/<kind>.yaml; other terms carry their own.
      if (!entry.situation && !entry.definition) ctx.addIssue({ code: 'custom', path: ['definition'], message: '请写释义' });
      if (!entry.situation) return;
      for (const field of ['definition', 'pending'] as const) {
        if (entry[field]) ctx.addIssue({ code: 'custom', path: [field], message: `情形的${field === 'definition' ? '释义' : '待确认说明'}取自 content/situations/${entry.situation}.yaml，这里不要重复写` });
      }
      if (entry.sources.length > 0) ctx.addIssue({ code: 'custom', path: ['sources'], message: `情形的依据取自 content/situations/${entry.situation}.yaml，这里不要重复写` });
    });

  /** A training case (content/cases/*.md): the narrative is the Markdown body. Checked against the engine itself. */
  const caseStudy = z
    .object({
      title: z.string().min(2), // a neutral title that does not give the answer away, e.g. 小雨的爸爸妈妈
      order: z.number().int(), // position in the case library: 案例1, 案例2 …
      summary: z.string().min(10), // one line for the case list, without the answer
      answers: engineAnswers, // the case in the engine's contract (design notes, Answers); a wrong field is named, e.g. answers.father.0.grade
      expected: z.enum(OUTCOMES), // the outcome the trainer teaches; must equal the engine's outcome for `answers`
      explanation: z.string().min(20), // why, in plain words: the clause of the definition and the documents it rests on
      sources, // documents the explanation cites
      discussion: z.array(z.string().min(4)).min(2, '至少写2个讨论题').max(3, '最多写3个讨论题'), // questions for the group
      traps: z.array(z.enum(TRAP_KEYS)).default([]), // the mistakes the case trains against; labels in content/training.yaml
      kuasheng: z.boolean().default(false), // the child's 户籍 is elsewhere: the answer shows 跨省通办
      pending: pendingNote, // what in the case awaits the district's confirmation
    })
    .superRefine((data, ctx) => {
      const { outcome } = assess(data.answers);
      if (outcome !== data.expected) {
        ctx.addIssue({ code: 'custom', path: ['expected'], message: `与判断规则不一致：按 answers，规则给出的结果是 “${outcome}”` });
      }
      if (!draftOf(data.answers)) {
        ctx.addIssue({ code: 'custom', path: ['answers'], message: '同一位家长的同一种情况只能写一次（自助判断无法表示重复的情况）' });
      }
    });

  return { site, document, situation, standard, page, faq, step, glossaryTerm, caseStudy };
}

/** Answers in the engine's contract, validated by the engine's own parseAnswers; its error path becomes the field path. */
const engineAnswers = z.unknown().transform((value, ctx) => {
  try {
    return parseAnswers(value);
  } catch (error) {
    if (!(error instanceof InvalidAnswersError)) throw error;
    const path = error.path.split(/[.[\]]+/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    ctx.addIssue({ code: 'custom', path, message: `回答不符合判断规则的格式：${error.message}` });
    return z.NEVER;
  }
});

// ---- The questionnaire's wording (content/questionnaire.yaml) ---------------------------------------------------
// Keyed by the engine's key lists, so a rule, next step or question without its text fails the build, naming the key.

/** A sentence or short paragraph; {parent} stands for 父亲 or 母亲 where a parent is meant. */
const wording = z.string().min(2);

/** Wording for every key of a list, and no other key. */
const wordingFor = (keys: readonly string[]) => z.record(z.enum(keys as [string, ...string[]]), wording);

/** A link to a page of this site; the base path is added when the page is built. */
const siteLink = z.object({
  label: wording, // the link text
  path: z.string().regex(/^\/[\w\-/]*(#[\w\-\p{Script=Han}]+)?$/u, '请写本站的页面路径，例如 /shenqing/'), // e.g. /shenqing/ or /tiaojian/#situation-lost_contact
});

/** One follow-up question about a situation (details.<situation>.<field>). */
const followUp = (field: Parameters<typeof fieldKeys>[0]) =>
  z.object({
    legend: wording, // the question: the fieldset legend and the screen's heading
    hint: wording, // explains the legal term being asked about
    review: wording, // the row label on the check-your-answers screen
    options: wordingFor(fieldKeys(field)), // answer labels, in display order: yes/no/unknown, 1–4/unknown, or the types
    changes: wordingFor(fieldKeys(field).filter((key) => key !== UNKNOWN && !isAlias(field, key))), // each answer but 不清楚 (and options standing for it), as a condition "如果…"
  });

/** details.<situation>: the follow-up questions of each situation that has any. */
const followUps = z.object(
  Object.fromEntries(
    Object.entries(SITUATION_FIELDS)
      .filter(([, fields]) => fields.length > 0)
      .map(([kind, fields]) => [kind, z.object(Object.fromEntries(fields.map((field) => [field, followUp(field)])))]),
  ),
);

/** Text for one next step of the result. */
const nextStep = z.object({
  text: wording, // what to do, in plain words
  link: siteLink.optional(), // a page that explains more
  pending: pendingNote, // the part of the step not yet confirmed
});

export const questionnaireSchema = z.object({
  parents: wordingFor(['father', 'mother']), // 父亲, 母亲: what {parent} becomes
  start: z.object({
    heading: wording, // heading of the start screen
    intro: z.array(wording).min(1), // what the questionnaire does and about how long it takes, one paragraph each
    privacyHeading: wording, // heading of the privacy promise
    privacy: z.array(wording).min(1), // the privacy promise: nothing personal is asked, nothing leaves the phone
    note: wording, // that the 区民政局 decides
    button: wording, // the button that starts the questions
  }),
  nav: z.object({
    back: wording, // back to the previous screen
    continue: wording, // submit a question and go on
    restart: wording, // clear every answer and start again
    changeAnswers: wording, // from the result back to the check-your-answers screen
    print: wording, // print the result
  }),
  progress: z.object({
    template: wording, // e.g. 第{current}部分，共{total}部分：{section}
    sections: wordingFor(['age', 'father', 'mother', 'review']), // names of the parts
  }),
  errorSummary: z.object({
    heading: wording, // heading of the error box shown when a question is left unanswered
    prefix: wording, // read before an error message by screen readers, e.g. 错误：
  }),
  age: z.object({
    legend: wording, // the question about the child's age
    hint: wording, // how to count 未满18周岁
    review: wording, // the row label on the check-your-answers screen
    options: wordingFor(['yes', 'no']), // yes = under 18
    error: wording, // shown when the question is left unanswered
  }),
  situations: z.object({
    legend: wording, // the question about one parent's situations
    hint: wording, // that several may be ticked
    review: wording, // the row label on the check-your-answers screen
    or: wording, // separates the situations from 以上都没有 and 不清楚
    optionHints: wordingFor(PICKABLE_KINDS), // a short explanation under each situation's name (names come from content/situations)
    everydayWords: wording, // after the hint: the words families use for it, from content/glossary.yaml; {words} = 坐牢、判刑
    none: wording, // 以上都没有
    noneHint: wording, // an example of 以上都没有
    unknown: wording, // 不清楚{parent}的情况
    unknownHint: wording, // under 不清楚: an example, and that a child whose birth parents cannot be found is a 孤儿 case
    error: wording, // shown when nothing is ticked
    exclusiveError: wording, // shown when 以上都没有 or 不清楚 is ticked with a situation
  }),
  followUpError: wording, // shown when a follow-up question is left unanswered
  details: followUps, // the follow-up questions, by situation and field
  review: z.object({
    heading: wording, // heading of the check-your-answers screen
    intro: wording, // one line on what to do there
    change: wording, // the 修改 link text
    submit: wording, // the button that shows the result
  }),
  result: z.object({
    outcomes: z.record(
      z.enum(['orphan', 'eligible', 'possibly_eligible', 'not_eligible']),
      z.object({
        headline: wording, // e.g. 初步判断：符合
        short: wording, // the outcome in a few words, used in "what would change the result"
        summary: wording, // what the outcome means for the family
      }),
    ),
    overAge: z.object({
      headline: wording, // the result when the child is 18 or older: 不符合, not 暂不符合
      short: wording, // that outcome in a few words, where an outcome is named (decision table, flowchart)
      summary: wording, // why the parents' situations do not matter then
    }),
    decides: wording, // that this is a first estimate, and who decides (the 户籍 place's 民政部门)
    whyHeading: wording, // heading of the reasons
    ageHeading: wording, // label of the reason about the child's age
    basisLabel: wording, // before the cited document numbers, e.g. 依据
    standings: wordingFor(['absent', 'qualifying', 'not_qualifying', 'unknown']), // a parent's standing in a few words
    rules: wordingFor([...SITUATION_RULE_KEYS, ...PARENT_RULE_KEYS, ...OUTCOME_RULE_KEYS]), // why, for every rule branch
    rulePending: z
      .array(
        z.object({
          rule: z.enum([...SITUATION_RULE_KEYS, ...PARENT_RULE_KEYS, ...OUTCOME_RULE_KEYS]), // the rule branch
          pending: pendingMarker, // what about the reading behind it awaits confirmation
        }),
      )
      .default([]), // rules whose result rests on a reading not yet confirmed: the note shows beside the reason
    prepareHeading: wording, // heading of the checklist of documents
    prepareIntro: wording, // that the 街道 checks records first
    proofs: z.object({
      label: wording, // before each situation's proof list, e.g. {situation}的证明（参考）：
      pending: pendingNote, // the district's own document checklist is not published
    }),
    materials: wordingFor(GENERAL_MATERIALS), // the items needed whatever the situations
    nextHeading: wording, // heading of the next steps
    nextSteps: z.record(z.enum(NEXT_STEPS as unknown as [string, ...string[]]), nextStep), // every next step of the engine
    changesHeading: wording, // heading of "what would change the result"
    changesIntro: wording, // one line before that list
    changeTemplate: wording, // e.g. 如果{condition}，初步判断会是“{outcome}”。
    ageChanges: wordingFor(['yes', 'no']), // the child's age as a condition
    noChanges: wording, // when no single answer would change the result
  }),
  share: z.object({
    heading: wording, // heading of the share section
    intro: wording, // what the link holds and what it is for
    warning: wording, // anyone with the link sees the answers
    label: wording, // label of the read-only field with the link
    copy: wording, // the copy button
    copied: wording, // announced after copying
    copyFailed: wording, // announced when the browser does not allow copying
  }),
  pendingNote: z.object({
    tag: wording, // e.g. 待确认：
    suffix: wording, // the fixed note 以街道办事处、区民政局答复为准。
  }),
  linkError: z.object({
    heading: wording, // heading of the message about a share link that cannot be read
    version: wording, // the link comes from an older version of the site
    malformed: wording, // the link is cut short or was changed
    invalid: wording, // the link is intact but its answers are not valid
    fresh: wording, // what to do now
  }),
});

/** The questionnaire's wording, as the island receives it. */
export type QuestionnaireContent = z.output<typeof questionnaireSchema>;

// ---- The training kit's wording (content/training.yaml) ---------------------------------------------------------
// Policy facts on the training pages come from the other collections; this file holds the kit's own words.

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
  flowchart: z.object({
    title: wording, // the chart's heading and <title>
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
    intro: wording, // one line: who it is for, and that the 区民政局 decides
    definition: z.object({
      heading: wording, // e.g. 谁是事实无人抚养儿童
      lead: wording, // the age condition, before the two branches
      branches: z.array(wording).min(2), // the two branches of the definition
      pending: pendingNote, // a reading of the branches that awaits confirmation, marked after them
      notes: z.array(wording).default([]), // what is easily confused (孤儿, one parent able to raise the child …)
    }),
    situationsHeading: wording, // heading of the table of 死亡、失踪 and the eight situations
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
