import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { EnterpriseListPage } from './enterprise-list.page';

const ROWS = [
  {
    id: '11111111-1111-1111-1111-111111111111',
    name: '贵阳云岩星辰科技有限公司',
    unifiedSocialCreditCode: '91520103MA6DKQ5X1Y',
    subDistrictCode: '520103019',
    subDistrictName: '大营路街道',
    industryFieldCode: '10101',
    industryFieldName: '基础软件',
    incubatorName: '云岩区科技孵化器',
    establishedOn: '2019-05-20',
    isAboveScale: true,
    isSciTechService: false,
    isDemo: true,
    creationTime: '2026-01-02T03:04:05Z',
  },
  {
    id: '22222222-2222-2222-2222-222222222222',
    name: '贵州黔灵数据服务有限公司',
    unifiedSocialCreditCode: '91520103MA6DKQ5X2Z',
    subDistrictCode: '520103020',
    subDistrictName: '黔灵东路街道',
    industryFieldCode: '10102',
    industryFieldName: '嵌入式软件',
    incubatorName: null,
    establishedOn: null,
    isAboveScale: false,
    isSciTechService: false,
    isDemo: false,
    creationTime: '2026-02-03T04:05:06Z',
  },
];

describe('EnterpriseListPage', () => {
  let http: HttpTestingController;

  async function setUp(policies: string[]): Promise<RouterTestingHarness> {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'enterprises', component: EnterpriseListPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies,
        texts: { 'Enterprise:Name': '企业名称', 'EnterprisePage:New': '新增企业' },
      }),
    );
    await loading;
    return RouterTestingHarness.create();
  }

  function flushLookups(): void {
    http
      .expectOne('/api/app/lookups/sub-districts')
      .flush([{ code: '520103019', name: '大营路街道', kind: '街道' }]);
    http.expectOne('/api/app/lookups/tech-fields').flush([]);
  }

  afterEach(() => http?.verify());

  it('renders the rows the server returns, with the query from the URL', async () => {
    const harness = await setUp(['Incubation.Enterprises', 'Incubation.Enterprises.Create']);
    // Pending requests keep the app unstable: answer them before awaiting the navigation.
    const navigation = harness.navigateByUrl(
      '/enterprises?filter=%E7%A7%91%E6%8A%80&sorting=name%20desc&page=2&size=10',
    );
    await settle();
    flushLookups();

    const request = http.expectOne((r) => r.url === '/api/app/enterprises');
    expect(request.request.params.get('filter')).toBe('科技');
    expect(request.request.params.get('sorting')).toBe('name desc');
    expect(request.request.params.get('skipCount')).toBe('10');
    expect(request.request.params.get('maxResultCount')).toBe('10');
    request.flush({ totalCount: 12, items: ROWS });
    await navigation;
    await harness.fixture.whenStable();

    const page = harness.routeNativeElement as HTMLElement;
    const rows = page.querySelectorAll('[data-testid="enterprise-row"]');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('贵阳云岩星辰科技有限公司');
    expect(rows[0].textContent).toContain('91520103MA6DKQ5X1Y');
    expect(rows[0].textContent).toContain('大营路街道');
    expect(rows[1].textContent).toContain('贵州黔灵数据服务有限公司');
    expect(page.querySelector('[data-testid="enterprise-table"] th')?.textContent).toContain(
      '企业名称',
    );
    expect(page.querySelector('[data-testid="enterprise-new"]')?.textContent).toContain('新增企业');
  });

  it('hides the create button without the create permission', async () => {
    const harness = await setUp(['Incubation.Enterprises']);
    const navigation = harness.navigateByUrl('/enterprises');
    await settle();
    flushLookups();
    http.expectOne((r) => r.url === '/api/app/enterprises').flush({ totalCount: 0, items: [] });
    await navigation;
    await harness.fixture.whenStable();

    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('[data-testid="enterprise-new"]')).toBeNull();
    expect(page.querySelectorAll('[data-testid="enterprise-row"]').length).toBe(0);
  });

  it('exports the list as filtered and sorted, without paging', async () => {
    const harness = await setUp(['Incubation.Enterprises']);
    const navigation = harness.navigateByUrl(
      '/enterprises?filter=%E7%A7%91%E6%8A%80&aboveScale=1&sorting=name',
    );
    await settle();
    flushLookups();
    const list = http.expectOne((r) => r.url === '/api/app/enterprises');
    expect(list.request.params.get('isAboveScale')).toBe('true');
    expect(list.request.params.has('isSciTechService')).toBe(false);
    list.flush({ totalCount: 2, items: ROWS });
    await navigation;
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelectorAll('[data-testid="tag-aboveScale"]').length).toBe(1);
    expect(page.querySelector('[data-testid="enterprise-import"]')).toBeNull();
    Object.defineProperty(URL, 'createObjectURL', {
      value: vi.fn(() => 'blob:x'),
      configurable: true,
    });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    let savedAs = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      savedAs = this.download;
    });

    (page.querySelector('[data-testid="enterprise-export"]') as HTMLElement).click();
    await settle();
    const exported = http.expectOne((r) => r.url === '/api/app/enterprises/export');
    expect(exported.request.params.get('filter')).toBe('科技');
    expect(exported.request.params.get('isAboveScale')).toBe('true');
    expect(exported.request.params.get('sorting')).toBe('name');
    expect(exported.request.params.has('skipCount')).toBe(false);
    exported.flush(new Blob(['xlsx']), {
      headers: { 'Content-Disposition': 'attachment; filename=enterprises-20260101.xlsx' },
    });
    await settle();

    expect(savedAs).toBe('enterprises-20260101.xlsx');
    click.mockRestore();
  });

  it('links to the import wizard for whoever may import', async () => {
    const harness = await setUp(['Incubation.Enterprises', 'Incubation.Imports']);
    const navigation = harness.navigateByUrl('/enterprises');
    await settle();
    flushLookups();
    http.expectOne((r) => r.url === '/api/app/enterprises').flush({ totalCount: 0, items: [] });
    await navigation;
    await harness.fixture.whenStable();

    const link = (harness.routeNativeElement as HTMLElement).querySelector(
      '[data-testid="enterprise-import"]',
    );
    expect(link?.getAttribute('href')).toBe('/imports');
  });
});
