import { Routes } from '@angular/router';

/** /certification (the parent route already requires Incubation.Qualifications). */
const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'candidates' },
  {
    path: 'candidates',
    loadComponent: () => import('./candidates/candidates.page').then((m) => m.CandidatesPage),
  },
  {
    path: 'recertifications',
    loadComponent: () =>
      import('./recertifications/recertifications.page').then((m) => m.RecertificationsPage),
  },
];

export default routes;
