import { Routes } from '@angular/router';
import { permissionGuard, REQUIRED_POLICY } from '../core/auth/guards';
import { CultivationPolicies } from './shared/cultivation-policies';

/** /cultivation (the parent route already requires Incubation.Cultivation). */
const routes: Routes = [
  {
    path: '',
    loadComponent: () => import('./pool/pool.page').then((m) => m.PoolPage),
  },
  {
    path: 'proposals',
    canActivate: [permissionGuard],
    data: { [REQUIRED_POLICY]: CultivationPolicies.review },
    loadComponent: () => import('./proposals/proposals.page').then((m) => m.ProposalsPage),
  },
];

export default routes;
