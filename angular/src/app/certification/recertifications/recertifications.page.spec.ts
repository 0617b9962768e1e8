import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { RecertificationItem } from '../shared/certification-api.service';
import { chinaYear } from './recertification-query';
import { RecertificationsPage } from './recertifications.page';

const LIST = '/api/app/recertifications';

function item(change: Partial<RecertificationItem>): RecertificationItem {
  return {
    qualificationId: 'q1',
    enterpriseId: 'e1',
    enterpriseName: '贵阳云岩星辰科技有限公司',
    certificateNumber: 'GR202352000123',
    issuedOn: '2023-11-20',
    expiresOn: '2026-11-19',
    daysLeft: 30,
    subDistrictCode: '520103019',
    subDistrictName: '大营路街道',
    incubatorName: '云岩区科技孵化器',
    renewed: false,
    ...change,
  };
}

describe('RecertificationsPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'certification/recertifications', component: RecertificationsPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies: ['Incubation.Qualifications'],
        texts: {
          'RecertPage:DaysLeftValue': '{0} 天',
          'RecertPage:Expired': '已过期 {0} 天',
          'Recertification:Renewed': '已重新认定',
        },
      }),
    );
    await loading;
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    await settle();
    http.expectOne('/api/app/lookups/sub-districts').flush([]);
    http.expectOne('/api/app/lookups/incubators').flush([]);
    return http.expectOne((r) => r.url === LIST);
  }

  async function render(): Promise<HTMLElement> {
    await settle();
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => http?.verify());

  it('asks for this year by default and marks how close each certificate is', async () => {
    const list = await open('/certification/recertifications');
    expect(list.request.params.get('year')).toBe(String(chinaYear()));
    expect(list.request.params.get('skipCount')).toBe('0');
    expect(list.request.params.has('subDistrictCode')).toBe(false);
    list.flush({
      totalCount: 3,
      items: [
        item({ qualificationId: 'q1', daysLeft: 30 }),
        item({ qualificationId: 'q2', enterpriseId: 'e2', daysLeft: 120 }),
        item({ qualificationId: 'q3', enterpriseId: 'e3', daysLeft: -5, renewed: true }),
      ],
    });
    const page = await render();

    const rows = page.querySelectorAll('[data-testid="recert-row"]');
    expect(rows.length).toBe(3);
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/enterprises/e1');
    expect(rows[0].textContent).toContain('GR202352000123');
    const days = [...page.querySelectorAll('[data-testid="recert-days-left"]')];
    expect(days.map((d) => d.getAttribute('data-status'))).toEqual(['urgent', 'soon', 'expired']);
    expect(days[0].querySelector('nz-tag')?.classList).toContain('ant-tag-red');
    expect(days[0].textContent?.trim()).toBe('30 天');
    expect(days[1].querySelector('nz-tag')?.classList).toContain('ant-tag-orange');
    expect(days[2].textContent?.trim()).toBe('已过期 5 天');
    expect(days[2].querySelector('nz-tag')).toBeNull();
    expect(rows[2].querySelector('[data-testid="recert-renewed"]')?.textContent).toContain(
      '已重新认定',
    );
    expect(rows[0].querySelector('[data-testid="recert-renewed"]')).toBeNull();
  });

  it('filters by the year and places in the URL, and exports them without paging', async () => {
    const list = await open(
      '/certification/recertifications?year=2027&subDistrict=520103019&incubator=i1&page=2',
    );
    expect(list.request.params.get('year')).toBe('2027');
    expect(list.request.params.get('subDistrictCode')).toBe('520103019');
    expect(list.request.params.get('incubatorId')).toBe('i1');
    expect(list.request.params.get('skipCount')).toBe('20');
    list.flush({ totalCount: 0, items: [] });
    const page = await render();

    Object.defineProperty(URL, 'createObjectURL', {
      value: vi.fn(() => 'blob:x'),
      configurable: true,
    });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);

    (page.querySelector('[data-testid="recert-export"]') as HTMLElement).click();
    await settle();
    const exported = http.expectOne((r) => r.url === `${LIST}/export`);
    expect(exported.request.params.get('year')).toBe('2027');
    expect(exported.request.params.get('subDistrictCode')).toBe('520103019');
    expect(exported.request.params.get('incubatorId')).toBe('i1');
    expect(exported.request.params.has('skipCount')).toBe(false);
    exported.flush(new Blob(['xlsx']), {
      headers: { 'Content-Disposition': 'attachment; filename=recertifications-20260501.xlsx' },
    });
    await settle();
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});
