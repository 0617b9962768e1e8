import { Routes } from '@angular/router';

/** /platforms (the parent route already requires Incubation.Platforms). */
const routes: Routes = [
  {
    path: '',
    loadComponent: () => import('./list/platform-list.page').then((m) => m.PlatformListPage),
  },
  {
    path: 'projects',
    loadComponent: () => import('./projects/project-list.page').then((m) => m.ProjectListPage),
  },
  {
    path: 'incubators',
    loadComponent: () =>
      import('./incubators/incubator-list.page').then((m) => m.IncubatorListPage),
  },
];

export default routes;
