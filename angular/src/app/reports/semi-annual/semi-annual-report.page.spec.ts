import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { Notifier } from '../../core/notify/notifier';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { chinaToday } from '../../shared/china-date';
import { defaultHalfYear } from '../shared/half-year';
import { REPORT_TEXTS, reportFixture } from '../shared/report-fixture';
import { SemiAnnualReportPage } from './semi-annual-report.page';

const REPORT = '/api/app/reports/semi-annual';
const BUREAU = ['Incubation.Reports', 'Incubation.Reports.Issue'];

describe('SemiAnnualReportPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string, policies: string[]): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'reports/semi-annual', component: SemiAnnualReportPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http
      .expectOne('/api/app/application-configuration')
      .flush(testConfig({ policies, texts: REPORT_TEXTS }));
    await loading;
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    await settle();
    http.expectOne(`${REPORT}/issued`).flush([]);
    return http.expectOne((r) => r.url === REPORT);
  }

  async function render(): Promise<HTMLElement> {
    await settle();
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const byTestId = (page: HTMLElement, id: string) => page.querySelector(`[data-testid="${id}"]`);

  afterEach(() => http?.verify());

  it('opens on the last half-year that has ended and offers the bureau to issue its draft', async () => {
    const expected = defaultHalfYear(chinaToday());
    const request = await open('/reports/semi-annual', BUREAU);
    expect([request.request.params.get('year'), request.request.params.get('half')]).toEqual([
      String(expected.year),
      String(expected.half),
    ]);
    request.flush(reportFixture({ year: expected.year, half: expected.half }));
    const page = await render();

    expect(byTestId(page, 'report-title')).not.toBeNull();
    expect(byTestId(page, 'report-print')?.getAttribute('href')).toBe(
      `/reports/semi-annual/${expected.year}/${expected.half}/print`,
    );

    (byTestId(page, 'report-issue') as HTMLButtonElement).click();
    await settle();
    document.querySelector<HTMLButtonElement>('.ant-popover-buttons .ant-btn-primary')!.click();
    await settle();
    const issue = http.expectOne(`${REPORT}/issue`);
    expect(issue.request.body).toEqual({ year: expected.year, half: expected.half });
    const success = vi.spyOn(TestBed.inject(Notifier), 'success');
    issue.flush(
      reportFixture({ status: 'Issued', issuedAt: '2025-07-03T01:00:00Z', issuedByName: 'admin' }),
    );
    await settle();
    expect(success).toHaveBeenCalled();
    http
      .expectOne((r) => r.url === REPORT)
      .flush(reportFixture({ status: 'Issued', issuedAt: '2025-07-03T01:00:00Z' }));
    http.expectOne(`${REPORT}/issued`).flush([]);
    expect(byTestId(await render(), 'report-issue')).toBeNull();
  });

  it('does not offer to issue an issued report, nor a draft to a reader without the permission', async () => {
    const request = await open('/reports/semi-annual?year=2025&half=1', ['Incubation.Reports']);
    expect(request.request.params.get('year')).toBe('2025');
    request.flush(reportFixture());
    const page = await render();
    expect(byTestId(page, 'report-issue')).toBeNull();
    expect(byTestId(page, 'report-export')).not.toBeNull();
  });

  it('tells a unit officer when the half-year has no issued report yet', async () => {
    const request = await open('/reports/semi-annual?year=2025&half=2', ['Incubation.Reports']);
    request.flush(
      { status: 404, code: 'Incubation:ReportNotIssued', detail: '该半年度的通报尚未印发。' },
      { status: 404, statusText: 'Not Found' },
    );
    const page = await render();
    expect(byTestId(page, 'report-not-issued')?.textContent).toContain('尚未印发');
    expect(byTestId(page, 'report-document')).toBeNull();
  });
});
