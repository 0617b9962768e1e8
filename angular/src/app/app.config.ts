import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import zh from '@angular/common/locales/zh';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { routes } from './app.routes';
import { AppConfigStore } from './core/config/app-config.store';
import { httpErrorsInterceptor } from './core/http/http-errors.interceptor';
import { APP_ICONS } from './icons';
import { provideApiConfiguration } from './proxy/api-configuration';

registerLocaleData(zh);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // The API is served from the same origin (and proxied by `ng serve`): relative URLs keep XSRF on.
    provideApiConfiguration(''),
    provideHttpClient(
      withXsrfConfiguration({}),
      withInterceptors([httpErrorsInterceptor]),
    ),
    provideRouter(routes, withComponentInputBinding()),
    provideNzI18n(zh_CN),
    provideNzNativeDateAdapter({ locale: 'zh-CN', firstDayOfWeek: 1 }),
    provideNzIcons(APP_ICONS),
    provideAppInitializer(() => inject(AppConfigStore).load()),
  ],
};
