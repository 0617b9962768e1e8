import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { AppConfigStore } from '../core/config/app-config.store';
import { RegistrationService } from '../proxy/services';

/** Whether the signed-in user holds any permission at all (a self-registered applicant holds none). */
export function hasAnyPolicy(store: AppConfigStore): boolean {
  return Object.values(store.grantedPolicies()).some((granted) => granted === true);
}

/**
 * On the home route: a signed-in user without any permission who registered an enterprise sees the
 * status of that registration instead of an empty home page. Everyone else passes untouched.
 */
export const applicantGuard: CanActivateFn = () => {
  const store = inject(AppConfigStore);
  if (!store.isAuthenticated() || hasAnyPolicy(store)) {
    return true;
  }
  const router = inject(Router);
  return inject(RegistrationService)
    .registrationGetMine()
    .pipe(
      map((mine) => (mine ? router.createUrlTree(['/register/status']) : true)),
      catchError(() => of(true)),
    );
};
