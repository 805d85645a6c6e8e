/**
 * Schemas of what the bureau is asked to supply and of the confirmation sheet's own words. Every field the bureau
 * supplies may stay empty: the site shows 暂未公布 and the sheet leaves a line to fill in. Nothing here is invented.
 */
import { z } from 'astro/zod';

/** A value the bureau supplies; empty until it does. */
const supplied = z.string().default('');

/** 重病 only (content/situations/serious_illness.yaml `localList`): the list of serious illnesses that applies. */
export const localIllnessList = z
  .object({
    source: supplied, // the document that sets the list: its name and 文号
    illnesses: z.array(z.string().min(1)).default([]), // one illness (or group of illnesses) per line
  })
  .optional();

/** One 街道办事处 where families apply (content/offices.yaml). */
export const streetOffice = z.object({
  name: supplied, // e.g. ××街道办事处
  address: supplied, // where to go
  window: supplied, // which counter receives the application, e.g. 便民服务中心
  hours: supplied, // office hours
  phone: supplied, // a telephone families may call
});

/** content/offices.yaml: the places families go; filled in from the bureau's answer. */
export const officesSchema = z.object({
  streetOffices: z.array(streetOffice).default([]), // one entry per 街道办事处; entries with every field empty are placeholders
});

export type StreetOffice = z.output<typeof streetOffice>;

const text = z.string().min(2);

/** A fill-in table's heading, a line on what to write, and its column headings. */
const fillIn = <K extends string>(keys: readonly K[]) =>
  z.object({
    heading: text, // e.g. 街道办事处受理地点
    intro: text, // what the bureau is asked to write
    columns: z.object(Object.fromEntries(keys.map((key) => [key, text])) as Record<K, typeof text>), // column headings
  });

/** content/confirmation-sheet.yaml: the words of the confirmation sheet (npm run confirm:sheet). */
export const confirmationSheetSchema = z.object({
  title: text, // the sheet's title, also the file name
  intro: z.array(text).min(1), // what is asked, one paragraph each; {site} {organizer} {count} {date} are filled in
  howToReturn: z.array(text).min(1), // how to answer and return the sheet
  columns: z.object({
    number: text, // 序号
    topic: text, // 事项
    question: text, // 需要确认的问题
    places: text, // 出现位置
    wording: text, // 本站现在的写法
    interim: text, // 确认前本站的做法
    answer: text, // 答复意见
  }),
  wordingNote: text, // one line on where “本站现在的写法” comes from
  supply: z.object({
    heading: text, // heading of the fill-in part
    intro: text, // one line before the tables
    blankRows: z.number().int().min(1).max(30), // empty rows under what content/ already holds, for the bureau to fill in
    offices: fillIn(['name', 'address', 'window', 'hours', 'phone'] as const), // from content/offices.yaml
    contacts: fillIn(['label', 'note', 'value'] as const), // the contacts of content/site.yaml that have no number yet
    illnesses: fillIn(['illness'] as const).extend({ sourceLabel: text }), // content/situations/serious_illness.yaml localList
  }),
  closing: z.object({
    heading: text, // e.g. 答复单位
    handler: text, // 经办人
    reviewer: text, // 审核人
    date: text, // 日期
    seal: text, // 盖章处
  }),
});

export type ConfirmationSheetText = z.output<typeof confirmationSheetSchema>;
