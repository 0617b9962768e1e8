import { Routes } from '@angular/router';
import { REQUIRED_POLICY, permissionGuard } from '../core/auth/guards';
import { ApplicationPolicies } from './pipeline/application-policies';

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
  {
    path: 'pipeline',
    canActivate: [permissionGuard],
    data: { [REQUIRED_POLICY]: ApplicationPolicies.view },
    loadComponent: () => import('./pipeline/pipeline.page').then((m) => m.PipelinePage),
  },
];

export default routes;
