import { BenefitPolicies } from '../benefits/shared/benefit-policies';
import { ApplicationPolicies } from '../certification/pipeline/application-policies';
import { Policies } from '../core/auth/policies';
import { CultivationPolicies } from '../cultivation/shared/cultivation-policies';
import { ImportPolicies } from '../imports/import-policies';
import { KeyTaskPolicies } from '../key-tasks/shared/key-task-policies';
import { PlanningPolicies } from '../planning/planning-policies';
import { PlatformPolicies } from '../platforms/shared/platform-policies';
import { ReviewPolicies } from '../registrations-review/review-policies';
import { ReportPolicies } from '../reports/shared/report-policies';
import { VisitPolicies } from '../visits/shared/visit-policies';

export interface MenuEntry {
  /** Text key. */
  text: string;
  icon: string;
  link: string;
  /** Shown only when this policy is granted. */
  policy?: string;
  testId: string;
  exact?: boolean;
}

export const MENU: readonly MenuEntry[] = [
  { text: 'Menu:Home', icon: 'home', link: '/', exact: true, testId: 'menu-home' },
  {
    text: 'Menu:Planning',
    icon: 'fund',
    link: '/planning',
    policy: PlanningPolicies.dashboard,
    testId: 'menu-planning',
  },
  {
    text: 'Menu:Enterprises',
    icon: 'database',
    link: '/enterprises',
    policy: Policies.enterprises,
    testId: 'menu-enterprises',
  },
  {
    text: 'Import:Menu',
    icon: 'cloud-upload',
    link: '/imports',
    policy: ImportPolicies.import,
    testId: 'menu-imports',
  },
  {
    text: 'Menu:Cultivation',
    icon: 'rise',
    link: '/cultivation',
    policy: CultivationPolicies.view,
    testId: 'menu-cultivation',
    exact: true,
  },
  {
    text: 'Menu:CultivationProposals',
    icon: 'audit',
    link: '/cultivation/proposals',
    policy: CultivationPolicies.review,
    testId: 'menu-proposals',
  },
  {
    text: 'Menu:Candidates',
    icon: 'audit',
    link: '/certification/candidates',
    policy: CultivationPolicies.qualifications,
    testId: 'menu-candidates',
  },
  {
    text: 'Menu:Recertifications',
    icon: 'bell',
    link: '/certification/recertifications',
    policy: CultivationPolicies.qualifications,
    testId: 'menu-recertifications',
  },
  {
    text: 'Menu:Pipeline',
    icon: 'project',
    link: '/certification/pipeline',
    policy: ApplicationPolicies.view,
    testId: 'menu-pipeline',
  },

  {
    text: 'Review:Menu',
    icon: 'audit',
    link: '/registrations',
    policy: ReviewPolicies.view,
    testId: 'menu-registrations',
  },
  {
    text: 'Menu:Visits',
    icon: 'solution',
    link: '/visits',
    policy: VisitPolicies.visits,
    testId: 'menu-visits',
  },
  {
    text: 'Menu:Needs',
    icon: 'unordered-list',
    link: '/needs',
    policy: VisitPolicies.needs,
    testId: 'menu-needs',
    exact: true,
  },
  {
    text: 'Menu:NeedBoard',
    icon: 'project',
    link: '/needs/board',
    policy: VisitPolicies.needs,
    testId: 'menu-need-board',
  },
  {
    text: 'Menu:ReminderLetters',
    icon: 'mail',
    link: '/reminder-letters',
    policy: VisitPolicies.reminderLetters,
    testId: 'menu-reminder-letters',
  },
  {
    text: 'Platforms:Menu',
    icon: 'global',
    link: '/platforms',
    policy: PlatformPolicies.view,
    testId: 'menu-platforms',
    exact: true,
  },
  {
    text: 'Platforms:MenuIncubators',
    icon: 'home',
    link: '/platforms/incubators',
    policy: PlatformPolicies.view,
    testId: 'menu-incubators',
  },
  {
    text: 'Platforms:MenuProjects',
    icon: 'file-text',
    link: '/platforms/projects',
    policy: PlatformPolicies.view,
    testId: 'menu-tech-transfer-projects',
  },
  {
    text: 'Benefits:Menu',
    icon: 'audit',
    link: '/benefits',
    policy: BenefitPolicies.view,
    testId: 'menu-benefits',
  },
  {
    text: 'KeyTasks:Menu',
    icon: 'project',
    link: '/key-tasks',
    policy: KeyTaskPolicies.view,
    testId: 'menu-key-tasks',
    exact: true,
  },
  {
    text: 'KeyTasks:ProgressMenu',
    icon: 'edit',
    link: '/key-tasks/progress',
    policy: KeyTaskPolicies.progress,
    testId: 'menu-key-task-progress',
  },
  {
    text: 'Reports:Menu',
    icon: 'file-text',
    link: '/reports/semi-annual',
    policy: ReportPolicies.view,
    testId: 'menu-reports',
  },
];
