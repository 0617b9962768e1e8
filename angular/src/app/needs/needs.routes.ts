import { Routes } from '@angular/router';

/** /needs (the parent route already requires Incubation.Needs). */
const routes: Routes = [
  {
    path: '',
    loadComponent: () => import('./ledger/need-ledger.page').then((m) => m.NeedLedgerPage),
  },
  {
    path: 'board',
    loadComponent: () => import('./board/need-board.page').then((m) => m.NeedBoardPage),
  },
  {
    path: ':id',
    loadComponent: () => import('./detail/need-detail.page').then((m) => m.NeedDetailPage),
  },
];

export default routes;
