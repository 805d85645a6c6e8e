/** Components that content/pages/*.mdx may use without importing them. */
import Amount from './Amount.astro';
import CaseList from './training/CaseList.astro';
import Cite from './Cite.astro';
import ContactList from './ContactList.astro';
import DocumentList from './DocumentList.astro';
import EverydayWords from './EverydayWords.astro';
import FaqList from './FaqList.astro';
import GlossaryList from './GlossaryList.astro';
import OverlapRules from './OverlapRules.astro';
import Pending from './Pending.astro';
import QuestionnaireIsland from './QuestionnaireIsland.astro';
import SituationList from './SituationList.astro';
import StandardsTable from './StandardsTable.astro';
import StepsDiagram from './StepsDiagram.astro';
import StepsList from './StepsList.astro';
import WayIn from './WayIn.astro';

export const mdxComponents = {
  Amount,
  CaseList,
  Cite,
  ContactList,
  DocumentList,
  EverydayWords,
  FaqList,
  GlossaryList,
  OverlapRules,
  Pending,
  QuestionnaireIsland,
  SituationList,
  StandardsTable,
  StepsDiagram,
  StepsList,
  WayIn,
};
