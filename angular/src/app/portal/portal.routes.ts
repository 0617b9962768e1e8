import { Routes } from '@angular/router';
import { providePortalIcons } from './shell/portal-nav';

/** /portal: the enterprise's workspace (the parent route requires Incubation.Portal). */
const routes: Routes = [
  {
    path: '',
    providers: [providePortalIcons()],
    loadComponent: () =>
      import('./shell/portal-shell.component').then((m) => m.PortalShellComponent),
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () =>
          import('./overview/portal-overview.page').then((m) => m.PortalOverviewPage),
      },
      {
        path: 'profile',
        loadComponent: () =>
          import('./profile/portal-profile.page').then((m) => m.PortalProfilePage),
      },
      {
        path: 'yearly-data',
        loadComponent: () =>
          import('./yearly-data/portal-yearly-data.page').then((m) => m.PortalYearlyDataPage),
      },
      {
        path: 'self-assessment',
        loadComponent: () =>
          import('./self-assessment/portal-self-assessment.page').then(
            (m) => m.PortalSelfAssessmentPage,
          ),
      },
      {
        path: 'pool',
        loadComponent: () => import('./pool/portal-pool.page').then((m) => m.PortalPoolPage),
      },
      {
        path: 'needs',
        loadComponent: () => import('./needs/portal-needs.page').then((m) => m.PortalNeedsPage),
      },
      {
        // A need opened from a notification: the same page, with that need open.
        path: 'needs/:needId',
        loadComponent: () => import('./needs/portal-needs.page').then((m) => m.PortalNeedsPage),
      },
      {
        path: 'colleagues',
        loadComponent: () =>
          import('./colleagues/portal-colleagues.page').then((m) => m.PortalColleaguesPage),
      },
      { path: '**', redirectTo: '' },
    ],
  },
];

export default routes;
