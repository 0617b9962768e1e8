import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideApiConfiguration } from '../../proxy/api-configuration';
import { testConfig } from '../../testing/app-config';
import { AppConfigStore } from '../config/app-config.store';
import { formatText } from './format-text';
import { LocalizationService } from './localization.service';
import { TPipe } from './t.pipe';

describe('formatText', () => {
  it('fills .NET-style placeholders', () => {
    expect(formatText('共 {0} 条，第 {1} 页', [42, 2])).toBe('共 42 条，第 2 页');
  });

  it('leaves placeholders without an argument alone', () => {
    expect(formatText('{0} and {1}', ['a'])).toBe('a and {1}');
  });
});

describe('LocalizationService and the t pipe', () => {
  let http: HttpTestingController;

  async function loadConfig(texts: Record<string, string>, culture = 'zh-Hans'): Promise<void> {
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(testConfig({ texts, culture }));
    await loading;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideApiConfiguration('')],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('translates a key from the application configuration', async () => {
    await loadConfig({ 'Menu:Enterprises': '企业库' });
    const service = TestBed.inject(LocalizationService);
    expect(service.t('Menu:Enterprises')).toBe('企业库');
  });

  it('falls back to the key when there is no text', async () => {
    await loadConfig({});
    expect(TestBed.inject(LocalizationService).t('Ui:Missing')).toBe('Ui:Missing');
  });

  it('formats arguments through the pipe', async () => {
    await loadConfig({ 'Ui:TotalItems': '共 {0} 条' });
    const pipe = TestBed.runInInjectionContext(() => new TPipe());
    expect(pipe.transform('Ui:TotalItems', 7)).toBe('共 7 条');
    expect(pipe.transform(null)).toBe('');
  });

  it('follows a reloaded configuration (language switch)', async () => {
    await loadConfig({ 'Ui:Save': '保存' });
    const service = TestBed.inject(LocalizationService);
    expect(service.t('Ui:Save')).toBe('保存');

    const switching = service.setCulture('en');
    http
      .expectOne('/api/app/application-configuration')
      .flush(testConfig({ texts: { 'Ui:Save': 'Save' }, culture: 'en' }));
    await switching;

    expect(service.currentCulture()).toBe('en');
    expect(service.t('Ui:Save')).toBe('Save');
    expect(document.cookie).toContain('.AspNetCore.Culture=c%3Den%7Cuic%3Den');
  });
});
