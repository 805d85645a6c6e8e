/**
 * Components that content/pages/*.mdx may use without importing them. Components with their own stylesheet
 * (the questionnaire, the case list) are imported by the one page that uses them instead, so that their CSS
 * is loaded by that page only and not by every guide page.
 */
import Amount from './Amount.astro';
import Cite from './Cite.astro';
import ConfirmationList from './ConfirmationList.astro';
import Confirmed from './Confirmed.astro';
import ContactList from './ContactList.astro';
import DocumentList from './DocumentList.astro';
import EverydayWords from './EverydayWords.astro';
import FaqList from './FaqList.astro';
import GlossaryList from './GlossaryList.astro';
import OfficeList from './OfficeList.astro';
import OverlapRules from './OverlapRules.astro';
import Pending from './Pending.astro';
import SituationList from './SituationList.astro';
import StandardsTable from './StandardsTable.astro';
import StepsDiagram from './StepsDiagram.astro';
import StepsList from './StepsList.astro';
import WayIn from './WayIn.astro';

export const mdxComponents = {
  Amount,
  Cite,
  ConfirmationList,
  Confirmed,
  ContactList,
  DocumentList,
  EverydayWords,
  FaqList,
  GlossaryList,
  OfficeList,
  OverlapRules,
  Pending,
  SituationList,
  StandardsTable,
  StepsDiagram,
  StepsList,
  WayIn,
};
