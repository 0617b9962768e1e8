import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { Routes, provideRouter } from '@angular/router';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { APP_ICONS } from '../icons';
import { provideApiConfiguration } from '../proxy/api-configuration';

/** What the app provides, with HttpTestingController standing in for the server. */
export function provideTestApp(routes: Routes = []): (Provider | EnvironmentProviders)[] {
  return [
    provideRouter(routes),
    provideHttpClient(),
    provideHttpClientTesting(),
    provideApiConfiguration(''),
    provideNzI18n(zh_CN),
    provideNzNativeDateAdapter({ locale: 'zh-CN', firstDayOfWeek: 1 }),
    provideNzIcons(APP_ICONS),
  ];
}
