import { Injectable, computed, effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { NzDateAdapter } from 'ng-zorro-antd/core/time';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import { AppConfigStore } from '../config/app-config.store';
import { formatText } from './format-text';

export const DEFAULT_CULTURE = 'zh-Hans';
const CULTURE_COOKIE = '.AspNetCore.Culture';

/** Texts from the application configuration, the current culture, and switching it. */
@Injectable({ providedIn: 'root' })
export class LocalizationService {
  private readonly store = inject(AppConfigStore);
  private readonly nzI18n = inject(NzI18nService);
  private readonly dateAdapter = inject(NzDateAdapter, { optional: true });
  private readonly title = inject(Title);

  readonly texts = computed(() => this.store.localization().texts ?? {});
  readonly currentCulture = computed(
    () => this.store.localization().currentCulture || DEFAULT_CULTURE,
  );
  readonly languages = computed(() => this.store.localization().languages ?? []);

  constructor() {
    // ng-zorro's own texts (pagination, pickers, empty states) follow the server's culture.
    effect(() => this.applyToComponents(this.currentCulture()));
    effect(() => this.title.setTitle(this.texts()['Layout:AppName'] ?? this.title.getTitle()));
  }

  /** The text for a key, with {0}-style placeholders filled; the key itself when there is no text. */
  t(key: string, ...args: unknown[]): string {
    return formatText(this.texts()[key] ?? key, args);
  }

  /** Stores the culture in ASP.NET Core's request-culture cookie and reloads the configuration. */
  async setCulture(cultureName: string): Promise<void> {
    const value = encodeURIComponent(`c=${cultureName}|uic=${cultureName}`);
    document.cookie = `${CULTURE_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax`;
    await this.store.load();
  }

  private applyToComponents(culture: string): void {
    const chinese = culture.toLowerCase().startsWith('zh');
    this.nzI18n.setLocale(chinese ? zh_CN : en_US);
    this.dateAdapter?.setLocale(chinese ? 'zh-CN' : 'en-US');
    document.documentElement.lang = culture;
  }
}
