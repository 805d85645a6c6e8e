/**
 * Schemas of the policy content: site settings, documents, situations, standards, the procedure, FAQ entries and
 * the glossary. Each field is commented; citations are checked against content/documents.
 */
import { z } from 'astro/zod';
import { SITUATION_KINDS } from '../eligibility/schema';
import type { SituationKind } from '../eligibility/types';
import { amountNoteProblem, noteFigureProblem } from '../note-figures';
import { isOrigin } from '../portal';
import { partialDate, pendingNote, slotted, webAddress, wording, wordingFor } from './common';
import { confirmedNote } from '../confirmation/record';
import { localIllnessList } from './confirmation';

/** How far a policy document was checked; content/site.yaml words each for the document page. */
export const VERIFICATIONS = ['official', 'text-republished', 'number-only', 'republished'] as const;

/** A telephone or other contact channel; an empty value means "not published yet" and is never invented. */
const contact = z.object({
  label: z.string().min(1), // who or what the contact is, e.g. 区民政局儿童福利工作咨询电话
  value: z.string().default(''), // the number or address; empty until the bureau confirms it
  note: z.string().optional(), // when to use it, in plain words
  pending: pendingNote, // set while the contact is not confirmed
  confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
});

/** The policy schemas, given how a citation of a document is checked (common.ts, documentCitation). */
export function policySchemas<R extends z.ZodType>(documentRef: () => R) {
  const sources = z.array(documentRef()).min(1, '至少引用一份政策文件'); // citations by document id

  const site = z.object({
    name: z.string().min(2), // site name shown in the header and titles
    shortName: z.string().min(2), // short name for narrow screens and breadcrumbs
    description: z.string().min(10), // one sentence for search engines and the home page
    organizer: z.string().min(2), // 主办单位, e.g. 西山区民政局
    portal: z.object({
      siteCode: z.string().default(''), // 网站标识码
      icp: z.string().default(''), // ICP 备案号
      icpUrl: webAddress, // where the ICP number links (the MIIT filing system); empty: plain text
      psb: z.string().default(''), // 公安备案号; empty until known, then rendered
      errorReportUrl: webAddress, // link slot for the portal's 我为政府网站找错
      sitemapUrl: webAddress, // link slot for the portal's 网站地图
      origin: z.string().refine((value) => value === '' || isOrigin(value), '应只写协议和域名，例如 https://www.kmxs.gov.cn').default(''), // the portal that frames the embed page; PORTAL_ORIGIN overrides it for a build
    }),
    contacts: z.array(contact).default([]), // contact entries; empty values are never rendered as numbers
    dataAsOf: partialDate, // the date the policy facts were last checked
    verificationLabels: z.record(z.enum(VERIFICATIONS), z.string().min(4)), // how a document page states each level of checking
    sourceNote: z.string().min(4), // one line on where the facts come from, for the 关于本站 page and footer
    labels: z.object({
      sources: z.string().min(2), // heading of the documents a page rests on, e.g. 政策依据
      noSources: z.string().min(2), // shown when a page cites no document
      updated: z.string().min(2), // before the date of the page's last change, e.g. 最近更新
      breadcrumbs: z.string().min(2), // accessible name of the breadcrumb trail, e.g. 当前位置
      menu: z.string().min(2), // the header's menu button on phones, e.g. 菜单
      navigation: z.string().min(2), // accessible name of the main navigation, e.g. 主导航
      contents: z.string().min(2), // above the list of a long page's sections, e.g. 本页内容
      display: z.object({
        mode: z.string().min(2), // name of the one choice between the two versions, e.g. 显示方式
        standard: z.string().min(2), // the standard version, e.g. 标准版
        elder: z.string().min(2), // the version for older readers (larger text and controls), e.g. 长辈版
        contrast: z.string().min(2), // the separate switch for black text and deeper colours, e.g. 高对比度
      }),
      skipLink: wording, // the first link of every page, to its main text (shown on keyboard focus)
      home: wording, // the first step of the breadcrumb trail, linking to the home page
      pageAddress: slotted('url'), // printed under a page's text: {url} is the page's address
      unpublished: wording, // wherever a number, address or office hours have not been supplied yet (暂未公布)
      basis: wording, // before the documents or reasons a section rests on (依据：…), on pages, FAQ and glossary
      everyday: wording, // before the everyday words families use for a term (常见说法：…)
      seeAlso: wording, // glossary: before the link to the section that explains a term (详见：…)
      situation: z.object({
        threshold: wording, // before the condition a situation must meet (要件：…) on 认定条件 and in the glossary
        notCounted: wording, // before a common case that does not count
        proof: wording, // before the list of documents usually asked for
        proofIsExample: wording, // after it, when the list comes from other places' guides, e.g. （参考）
      }),
      standards: z.object({
        caption: wording, // caption of the table of amounts on 保障标准
        columns: wordingFor(['name', 'appliesTo', 'amount', 'sources']), // the table's column heads (also before each cell on phones)
        effective: slotted('date'), // after a row's sources: from when it applies, {date} filled in
      }),
      offices: z.object({
        empty: wording, // on 求助与联系 while content/offices.yaml lists no office yet
        caption: wording, // caption of the table of 街道办事处
        columns: wordingFor(['name', 'address', 'window', 'hours', 'phone']), // the table's column heads
      }),
      confirmations: z.object({
        empty: wording, // on 关于本站 while no pending point has been confirmed
        caption: slotted('count'), // caption of the table of confirmed points; {count} is their number
        columns: wordingFor(['topic', 'subject', 'date', 'by', 'reference']), // the table's column heads
      }),
      document: z.object({
        fields: wordingFor(['number', 'issuer', 'date', 'effective', 'verification']), // a policy document page's details: 文号, 发布机关 …
        meaning: wording, // heading of what the document means for families
        points: wording, // heading of its points that matter for this site
        back: wording, // the link back to the list of documents
      }),
      footer: z.object({
        organizer: wording, // before the 主办单位's name
        dataAsOf: wording, // before the date the facts were last checked
        siteCode: wording, // before the 网站标识码
        errorReport: wording, // the portal's 我为政府网站找错 link (when portal.errorReportUrl is set)
        sitemap: wording, // the portal's 网站地图 link (when portal.sitemapUrl is set)
        privacy: wording, // the last line: nothing is collected
      }),
      notFound: z.object({
        title: wording, // heading and <title> of the page shown for an unknown address
        description: wording, // its meta description
        lead: wording, // the sentence before the links back in
        pages: z.array(z.string().regex(/^[a-z0-9-]+$/, '写内容页的文件名，例如 tiaojian')).min(1), // the pages it links to (content/pages file names)
      }),
      embed: z.object({
        credit: slotted('organizer', 'link'), // under the embedded questionnaire: who provides it; {link} becomes the link to the site
        link: slotted('name'), // that link's text; {name} is the site's name
      }),
    }),
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
    confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
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
    localList: localIllnessList, // 重病 only: the list that applies locally, empty until the bureau supplies it
    pending: pendingNote, // what about this situation still awaits confirmation
    confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
  });

  const amount = z
    .object({
      kind: z.literal('amount'),
      name: z.string().min(2), // what the amount is called
      appliesTo: z.string().min(2), // the children it applies to
      amount: z.number().positive(), // value in 元
      unit: z.literal('元/人/月'), // unit, always per person per month
      effective: partialDate.optional(), // date from which it applies, when known
      sources, // documents that state it
      order: z.number().int(), // row order in the table
      pending: pendingNote, // e.g. the effective date is not confirmed; never repeats the amount
      confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
    })
    .superRefine((entry, ctx) => {
      // A yuan figure is refused for every note (common.ts); here any other number too, since it sits beside the amount.
      const problem = entry.pending && !noteFigureProblem(entry.pending.note) && amountNoteProblem(entry.pending.note, entry.amount);
      if (problem) ctx.addIssue({ code: 'custom', path: ['pending', 'note'], message: problem });
    });

  const rule = z.object({
    kind: z.literal('rule'),
    name: z.string().min(2), // name of the rule, e.g. 补差
    text: z.string().min(10), // the rule in plain words
    basis: z.string().min(2), // where the rule comes from, in words (e.g. 云南省的现行做法)
    sources: z.array(documentRef()).default([]), // documents that state it, when one is known
    order: z.number().int(), // position after the table
    pending: pendingNote, // the part not yet confirmed
    confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
  });

  const standard = z.discriminatedUnion('kind', [amount, rule]);

  const faq = z.object({
    question: z.string().min(4), // the question as a family would ask it
    order: z.number().int(), // position in the list
    sources: z.array(documentRef()).default([]), // documents the answer rests on
    pending: pendingNote, // set when the answer is not confirmed
    confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
  });

  const step = z.object({
    name: z.string().min(2), // short name of the step, shown in the diagram
    actor: z.string().min(2), // who does it: 申请人, 街道办事处, 区民政局
    detail: z.string().min(10), // what happens, in plain words
    order: z.number().int(), // position in the procedure
    sources: z.array(documentRef()).default([]), // documents the step rests on
    pending: pendingNote, // the part of the step not yet confirmed
    confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
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
      confirmed: confirmedNote, // the bureau's confirmation once it has answered (replaces pending): topic, date, by, reference
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

  return { site, document, situation, standard, faq, step, glossaryTerm, sources };
}
