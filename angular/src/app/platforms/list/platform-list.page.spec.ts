import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { PlatformFormComponent } from '../form/platform-form.component';
import { Platform } from '../shared/platforms-api.service';
import { PlatformListPage } from './platform-list.page';

const LIST = '/api/app/platforms';
const VIEW = 'Incubation.Platforms';
const MANAGE = 'Incubation.Platforms.Manage';

const BY_ENTERPRISE: Platform = {
  id: 'p1',
  name: '黔智科技企业技术中心',
  kind: 'EnterpriseTechCenter',
  level: 'Provincial',
  hostEnterpriseId: 'e1',
  hostEnterpriseName: '贵州黔智科技有限公司',
  hostInstitution: null,
  subDistrictCode: '520103019',
  subDistrictName: '大营路街道',
  approvalNumber: '黔工信〔2022〕8号',
  approvedOn: '2022-03-01',
  status: 'Active',
  endedOn: null,
  note: null,
  creationTime: '2024-01-01T00:00:00Z',
  concurrencyStamp: 's1',
};
const BY_INSTITUTION: Platform = {
  ...BY_ENTERPRISE,
  id: 'p2',
  name: '贵州测试研究院重点实验室',
  kind: 'KeyLaboratory',
  hostEnterpriseId: null,
  hostEnterpriseName: null,
  hostInstitution: '贵州测试研究院',
  status: 'Closed',
  endedOn: '2025-06-30',
  concurrencyStamp: 's2',
};

describe('PlatformListPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const inPage = (id: string) =>
    (harness.routeNativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`);
  // The drawer's content lives in the overlay, outside the page.
  const inDocument = (id: string) => document.querySelector(`[data-testid="${id}"]`);

  async function open(url: string, policies: string[]): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'platforms', component: PlatformListPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies,
        texts: {
          'Enum:PlatformKind.EnterpriseTechCenter': '企业技术中心',
          'Enum:PlatformKind.KeyLaboratory': '重点实验室',
          'Enum:PlatformStatus.Active': '有效',
          'Enum:PlatformStatus.Closed': '已关闭',
          'Platforms:Page.Stale': '该记录已被他人修改',
        },
      }),
    );
    await loading;
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    await settle();
    http
      .match((r) => r.url === '/api/app/lookups/sub-districts')
      .forEach((r) => r.flush([{ code: '520103019', name: '大营路街道', kind: '街道' }]));
    return http.expectOne((r) => r.url === LIST);
  }

  function form(): PlatformFormComponent {
    return harness.fixture.debugElement.query(
      (el) => el.componentInstance instanceof PlatformFormComponent,
    ).componentInstance as PlatformFormComponent;
  }

  afterEach(() => {
    harness?.fixture.destroy();
  });

  it('asks the server for the filters and page in the URL and shows each host', async () => {
    const request = await open('/platforms?kind=KeyLaboratory&status=Closed&filter=研究院&page=2', [
      VIEW,
    ]);

    const params = request.request.params;
    expect([params.get('kind'), params.get('status'), params.get('filter')]).toEqual([
      'KeyLaboratory',
      'Closed',
      '研究院',
    ]);
    expect([params.get('skipCount'), params.get('maxResultCount')]).toEqual(['20', '20']);
    expect(params.has('level')).toBe(false);
    request.flush({ totalCount: 22, items: [BY_ENTERPRISE, BY_INSTITUTION] });
    await settle();

    const rows = (harness.routeNativeElement as HTMLElement).querySelectorAll(
      '[data-testid="platform-row"]',
    );
    expect(rows.length).toBe(2);
    expect(rows[0].querySelector('a')?.textContent).toContain('贵州黔智科技有限公司');
    expect(rows[0].textContent).toContain('企业技术中心');
    expect(rows[1].textContent).toContain('贵州测试研究院');
    expect(rows[1].textContent).toContain('已关闭');
    expect(rows[1].textContent).toContain('2025-06-30');
    // Read-only: no new, edit or delete.
    expect(inPage('platform-new')).toBeNull();
    expect(inPage('platform-edit')).toBeNull();
  });

  it('exports with the same filters as the list', async () => {
    (await open('/platforms?level=National&subDistrict=520103019', [VIEW])).flush({
      totalCount: 0,
      items: [],
    });
    await settle();

    (inPage('platform-export') as HTMLElement).click();
    await settle();

    const exported = http.expectOne((r) => r.url === `${LIST}/export`);
    expect(exported.request.params.get('level')).toBe('National');
    expect(exported.request.params.get('subDistrictCode')).toBe('520103019');
    expect(exported.request.params.has('skipCount')).toBe(false);
    exported.flush(new Blob(['xlsx']));
  });

  it('shows the server field errors under their fields when a new platform is refused', async () => {
    (await open('/platforms', [VIEW, MANAGE])).flush({ totalCount: 0, items: [] });
    await settle();
    (inPage('platform-new') as HTMLElement).click();
    await settle();
    expect(inDocument('platform-name')).not.toBeNull();

    form()['form'].patchValue({
      name: ' 新平台 ',
      kind: 'KeyLaboratory',
      level: 'District',
      hostMode: 'institution',
      hostInstitution: '贵州测试研究院',
      subDistrictCode: '520103019',
      approvedOn: new Date(2024, 4, 6),
    });
    await settle();
    (inDocument('platform-save') as HTMLElement).click();
    await settle();

    const post = http.expectOne({ method: 'POST', url: LIST });
    expect(post.request.body).toMatchObject({
      name: '新平台',
      hostEnterpriseId: null,
      hostInstitution: '贵州测试研究院',
      approvedOn: '2024-05-06',
      status: 'Active',
      endedOn: null,
    });
    post.flush(
      {
        status: 400,
        errors: { subDistrictCode: ['所选街道（镇）不存在。'], somethingElse: ['另一个问题。'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(inDocument('error-subDistrictCode')?.textContent).toContain('所选街道（镇）不存在。');
    expect(inDocument('platform-form-error')?.textContent).toContain('另一个问题。');
  });

  it('reloads the latest version and says so when the edit was stale', async () => {
    (await open('/platforms', [VIEW, MANAGE])).flush({ totalCount: 1, items: [BY_INSTITUTION] });
    await settle();
    (inPage('platform-edit') as HTMLElement).click();
    await settle();
    expect((inDocument('platform-name') as HTMLInputElement).value).toBe(BY_INSTITUTION.name);

    (inDocument('platform-save') as HTMLElement).click();
    await settle();
    const put = http.expectOne({ method: 'PUT', url: `${LIST}/p2` });
    expect(put.request.body).toMatchObject({
      concurrencyStamp: 's2',
      status: 'Closed',
      endedOn: '2025-06-30',
    });
    put.flush(
      { status: 409, code: 'Incubation:ConcurrencyConflict', detail: '已被修改' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    http
      .expectOne({ method: 'GET', url: `${LIST}/p2` })
      .flush({ ...BY_INSTITUTION, name: '改过的名称', concurrencyStamp: 's3' });
    await settle();

    expect(inDocument('platform-form-error')?.textContent).toContain('该记录已被他人修改');
    expect((inDocument('platform-name') as HTMLInputElement).value).toBe('改过的名称');

    (inDocument('platform-save') as HTMLElement).click();
    await settle();
    const again = http.expectOne({ method: 'PUT', url: `${LIST}/p2` });
    expect(again.request.body).toMatchObject({ concurrencyStamp: 's3', name: '改过的名称' });
    again.flush({ ...BY_INSTITUTION, name: '改过的名称', concurrencyStamp: 's4' });
    await settle();
    // Saved: the drawer closes and the list reloads.
    http
      .expectOne((r) => r.method === 'GET' && r.url === LIST)
      .flush({ totalCount: 1, items: [BY_INSTITUTION] });
  });
});
