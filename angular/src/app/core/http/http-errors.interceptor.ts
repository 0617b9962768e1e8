import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AppConfigStore } from '../config/app-config.store';
import { LocalizationService } from '../localization/localization.service';
import { problemMessage, toProblemDetails } from './problem-details';
import { Notifier } from '../notify/notifier';

const LOGIN_URL = '/api/account/login';

/**
 * Handles what no page should handle itself: 401 (session gone → /login), 403, 5xx and network failures
 * (a message). The error is passed on, so forms still map 400/409 to their fields.
 */
export const httpErrorsInterceptor: HttpInterceptorFn = (req, next) => {
  const router = inject(Router);
  const store = inject(AppConfigStore);
  const message = inject(Notifier);
  const localization = inject(LocalizationService);

  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && !req.url.endsWith(LOGIN_URL)) {
        const problem = toProblemDetails(error);
        if (error.status === 401) {
          const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
          void store.load().then(() => router.navigate(['/login'], { queryParams: { returnUrl } }));
        } else if (error.status === 403) {
          message.error(problem.detail || localization.t('Ui:Forbidden'));
        } else if (error.status === 0 || error.status >= 500) {
          message.error(problemMessage(problem) || localization.t('Ui:ServerUnavailable'));
        }
      }
      return throwError(() => error);
    }),
  );
};
