import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AppConfigStore } from '../config/app-config.store';

/** Route data key naming the policy a route needs, e.g. `{ requiredPolicy: 'Incubation.Enterprises' }`. */
export const REQUIRED_POLICY = 'requiredPolicy';

/** Lets signed-in users through; sends others to /login with the wanted URL. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const store = inject(AppConfigStore);
  return store.isAuthenticated()
    ? true
    : inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Keeps signed-in users away from the login page. */
export const guestGuard: CanActivateFn = () =>
  inject(AppConfigStore).isAuthenticated() ? inject(Router).createUrlTree(['/']) : true;

/** Lets through when the policy in route data is granted; otherwise shows the forbidden page. */
export const permissionGuard: CanActivateFn = (route) => {
  const policy = route.data[REQUIRED_POLICY] as string | undefined;
  const store = inject(AppConfigStore);
  if (store.isGranted(policy)) {
    return true;
  }
  return store.isAuthenticated()
    ? inject(Router).createUrlTree(['/forbidden'])
    : inject(Router).createUrlTree(['/login']);
};
