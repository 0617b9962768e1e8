import { Routes } from '@angular/router';
import { BenefitPolicies } from './benefits/shared/benefit-policies';
import { guestGuard, permissionGuard, REQUIRED_POLICY, signedInGuard } from './core/auth/guards';
import { Policies } from './core/auth/policies';
import { CultivationPolicies } from './cultivation/shared/cultivation-policies';
import { ImportPolicies } from './imports/import-policies';
import { KeyTaskPolicies } from './key-tasks/shared/key-task-policies';
import { PlanningPolicies } from './planning/planning-policies';
import { PlatformPolicies } from './platforms/shared/platform-policies';
import { PortalPolicies, portalHomeGuard } from './portal/portal-access';
import { applicantGuard } from './registration/applicant.guard';
import { ReviewPolicies } from './registrations-review/review-policies';
import { ReportPolicies } from './reports/shared/report-policies';
import { VisitPolicies } from './visits/shared/visit-policies';

export const routes: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadComponent: () => import('./login/login.page').then((m) => m.LoginPage),
  },
  // Enterprise sign-up, the pages its emails link to, and the applicant's status (no shell).
  { path: 'register', loadChildren: () => import('./registration/registration.routes') },
  {
    // The enterprise's workspace, with its own frame.
    path: 'portal',
    canActivate: [signedInGuard, permissionGuard],
    data: { [REQUIRED_POLICY]: PortalPolicies.portal },
    loadChildren: () => import('./portal/portal.routes'),
  },
  {
    // The 半年通报 on its own A4 page, without the app's frame (printed or saved as PDF).
    path: 'reports/semi-annual/:year/:half/print',
    canActivate: [signedInGuard, permissionGuard],
    data: { [REQUIRED_POLICY]: ReportPolicies.view },
    loadComponent: () => import('./reports/print/report-print.page').then((m) => m.ReportPrintPage),
  },
  {
    path: '',
    canActivate: [signedInGuard],
    loadComponent: () => import('./layout/shell.component').then((m) => m.ShellComponent),
    children: [
      {
        path: '',
        pathMatch: 'full',
        canActivate: [applicantGuard, portalHomeGuard],
        loadComponent: () => import('./home/home.page').then((m) => m.HomePage),
      },
      {
        path: 'enterprises',
        canActivate: [permissionGuard],
        data: { [REQUIRED_POLICY]: Policies.enterprises },
        loadChildren: () => import('./enterprises/enterprises.routes'),
      },
      {
        path: 'imports',
        canActivate: [permissionGuard],
        data: { [REQUIRED_POLICY]: ImportPolicies.import },
        loadComponent: () => import('./imports/import-wizard.page').then((m) => m.ImportWizardPage),
      },
      {
        path: 'cultivation',
        canActivate: [permissionGuard],
        data: { [REQUIRED_POLICY]: CultivationPolicies.view },
        loadChildren: () => import('./cultivation/cultivation.routes'),
      },
      {
        path: 'certification',
        canActivate: [permissionGuard],
        data: { [REQUIRED_POLICY]: CultivationPolicies.qualifications },
        loadChildren: () => import('./certification/certification.routes'),
      },
      {
        path: 'visits',
        canActivate: [permissionGuard],
        data: { [REQUIRED_POLICY]: VisitPolicies.visits },
        loadChildren: () => import('./visits/visits.routes'),
      },
      {
        path: 'needs',
        canActivate: [permissionGuard],
        data: { [REQUIRED_POLICY]: VisitPolicies.needs },
        loadChildren: () => import('./needs/needs.routes'),
      },
      {
        path: 'reminder-letters',
        canActivate: [permissionGuard],
        data: { [REQUIRED_POLICY]: VisitPolicies.reminderLetters },
        loadComponent: () =>
          import('./reminder-letters/reminder-letters.page').then((m) => m.ReminderLettersPage),
      },
      {
        path: 'planning',
        canActivate: [permissionGuard],
        data: { [REQUIRED_POLICY]: PlanningPolicies.dashboard },
        loadChildren: () => import('./planning/planning.routes'),
      },
      {
        path: 'platforms',
        canActivate: [permissionGuard],
        data: { [REQUIRED_POLICY]: PlatformPolicies.view },
        loadChildren: () => import('./platforms/platforms.routes'),
      },
      {
        path: 'benefits',
        canActivate: [permissionGuard],
        data: { [REQUIRED_POLICY]: BenefitPolicies.view },
        loadChildren: () => import('./benefits/benefits.routes'),
      },
      {
        path: 'reports',
        canActivate: [permissionGuard],
        data: { [REQUIRED_POLICY]: ReportPolicies.view },
        loadChildren: () => import('./reports/reports.routes'),
      },
      {
        path: 'key-tasks',
        canActivate: [permissionGuard],
        data: { [REQUIRED_POLICY]: KeyTaskPolicies.view },
        loadChildren: () => import('./key-tasks/key-tasks.routes'),
      },
      {
        path: 'registrations',
        canActivate: [permissionGuard],
        data: { [REQUIRED_POLICY]: ReviewPolicies.view },
        loadComponent: () =>
          import('./registrations-review/registrations-review.page').then(
            (m) => m.RegistrationsReviewPage,
          ),
      },
      {
        path: 'forbidden',
        loadComponent: () => import('./home/forbidden.page').then((m) => m.ForbiddenPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
