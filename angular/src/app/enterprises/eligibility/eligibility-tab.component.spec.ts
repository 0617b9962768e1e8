import { HttpRequest } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { EligibilityProfile } from './eligibility-api.service';
import { ASSESSMENT, ELIGIBILITY_TEXTS } from './eligibility.fixtures';
import { EligibilityTabComponent } from './eligibility-tab.component';
import { chinaToday } from './eligibility-view';
import { ProfileFormComponent } from './profile-form.component';

const ELIGIBILITY_URL = '/api/app/enterprises/e1/eligibility';
const PROFILE_URL = '/api/app/enterprises/e1/eligibility-profile';

const PROFILE: EligibilityProfile = {
  segmentMarketSince: '2019-04-01',
  rdInstitutionLevel: 'City',
  noMajorIncidentLastYear: null,
  techSmeRdOption: null,
  concurrencyStamp: 'stamp-1',
};

describe('EligibilityTabComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EligibilityTabComponent>;
  const root = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => root().querySelector(`[data-testid="${id}"]`);
  const allByTestId = (id: string, within: Element = root()) =>
    Array.from(within.querySelectorAll(`[data-testid="${id}"]`));
  const card = (kind: string) =>
    root().querySelector(`[data-testid="kind-card"][data-kind="${kind}"]`)!;
  const assessmentRequest = (asOf: string) =>
    http.expectOne(
      (r: HttpRequest<unknown>) =>
        r.method === 'GET' && r.url === ELIGIBILITY_URL && r.params.get('asOf') === asOf,
    );

  async function open(policies: string[], results = ASSESSMENT): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies: ['Incubation.Enterprises', 'Incubation.Qualifications', ...policies],
        texts: ELIGIBILITY_TEXTS,
      }),
    );
    await loading;
    fixture = TestBed.createComponent(EligibilityTabComponent);
    fixture.componentRef.setInput('enterpriseId', 'e1');
    await settle();
    assessmentRequest(chinaToday()).flush(results);
    http.expectOne({ method: 'GET', url: PROFILE_URL }).flush(PROFILE);
    await settle();
  }

  afterEach(() => {
    http?.verify();
    fixture?.destroy();
  });

  it('assesses as of today in China and shows a card per kind, 高企 first', async () => {
    await open([]);

    expect(allByTestId('kind-card').map((c) => c.getAttribute('data-kind'))).toEqual([
      'HighTech',
      'TechSme',
      'LittleGiant',
    ]);
    const highTech = card('HighTech');
    expect(highTech.querySelector('[data-testid="kind-verdict"]')?.textContent).toContain('不符合');
    expect(highTech.querySelector('[data-testid="kind-ruleset"]')?.textContent).toContain(
      'HighTech-2016',
    );
    expect(highTech.querySelector('[data-testid="kind-ruleset"]')?.textContent).toContain(
      '国科发火〔2016〕32号',
    );
    expect(highTech.querySelector('[data-testid="kind-ruleset"]')?.textContent).toContain(
      '2026-06-15',
    );
  });

  it('sums up each kind with its verdict and its first two gaps', async () => {
    await open([]);

    const lines = allByTestId('summary-line');
    expect(lines.map((l) => l.getAttribute('data-kind'))).toEqual([
      'HighTech',
      'TechSme',
      'LittleGiant',
    ]);
    const gaps = allByTestId('summary-gap', lines[0]);
    expect(gaps.map((g) => g.getAttribute('data-code'))).toEqual([
      'HTE.TechStaffShare',
      'HTE.RdRatio',
    ]);
    // The server's sentence names the gap: it is highlighted there, not repeated.
    expect(gaps[1].textContent).toContain('近三年研发费用占比 3.1%，低于 5%。还差 120万元。');
    expect(gaps[1].querySelector('.summary__amount')?.textContent).toBe('120万元');
    // This one does not: the gap follows it.
    expect(gaps[0].querySelector('.summary__amount')?.textContent).toBe('差 2个百分点');
    expect(allByTestId('summary-gap', lines[1])).toHaveLength(0);
  });

  it('draws the score range and the pass mark, with a text for screen readers', async () => {
    await open([]);

    const bar = card('HighTech').querySelector('[data-testid="score-bar"]') as HTMLElement;
    expect(bar.getAttribute('aria-label')).toBe('预计得分 52 至 78 分，达标线 71 分');
    expect(bar.getAttribute('data-outcome')).toBe('open');
    const band = bar.querySelector('[data-testid="score-band"]') as HTMLElement;
    expect(band.style.left).toBe('52%');
    expect(band.style.width).toBe('26%');
    expect((bar.querySelector('[data-testid="score-mark"]') as HTMLElement).style.left).toBe('71%');
    expect(card('LittleGiant').querySelector('[data-testid="score-bar"]')).toBeNull();
  });

  it('lists the conditions with status and gap, and folds the score items away', async () => {
    await open([]);
    const highTech = card('HighTech');

    const conditions = allByTestId('criterion-row', highTech);
    expect(conditions.map((r) => r.getAttribute('data-status'))).toEqual([
      'passed',
      'failed',
      'failed',
      'failed',
      'unknown',
    ]);
    const rdRatio = highTech.querySelector('[data-code="HTE.RdRatio"]')!;
    expect(rdRatio.textContent).toContain('3.1%');
    expect(rdRatio.textContent).toContain('5%');
    expect(rdRatio.querySelector('[data-testid="criterion-gap"]')?.textContent).toBe('120万元');
    expect(highTech.querySelector('[data-testid="score-details"]')).toBeNull();

    const toggle = highTech.querySelector('[data-testid="score-details-toggle"]') as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await settle();

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = highTech.querySelector('[data-testid="score-details"]')!;
    const items = allByTestId('criterion-row', details);
    expect(items.map((r) => r.getAttribute('data-code'))).toEqual([
      'HTE.Score.Ip',
      'HTE.Score.Growth',
    ]);
    expect(items[0].querySelector('[data-testid="criterion-points"]')?.textContent).toBe(
      '7–24 / 30',
    );
  });

  it('assesses again on another date', async () => {
    await open([]);
    fixture.componentInstance['onAsOf'](new Date(2025, 0, 31));
    await settle();
    assessmentRequest('2025-01-31').flush({ ...ASSESSMENT, asOf: '2025-01-31', results: [] });
    await settle();

    expect(byTestId('kind-card')).toBeNull();
    expect(byTestId('eligibility-no-rules')).not.toBeNull();
  });

  it('saves the profile with its stamp and assesses again', async () => {
    await open(['Incubation.YearlyData.Edit']);
    const profile = fixture.debugElement.query(
      (el) => el.componentInstance instanceof ProfileFormComponent,
    ).componentInstance as ProfileFormComponent;
    profile['form'].patchValue({ noMajorIncidentLastYear: 'yes', techSmeRdOption: 'SalesRatio' });
    profile['form'].markAsDirty();
    await settle();
    (byTestId('profile-save') as HTMLButtonElement).click();
    await settle();

    const put = http.expectOne({ method: 'PUT', url: PROFILE_URL });
    expect(put.request.body).toEqual({
      segmentMarketSince: '2019-04-01',
      rdInstitutionLevel: 'City',
      noMajorIncidentLastYear: true,
      techSmeRdOption: 'SalesRatio',
      concurrencyStamp: 'stamp-1',
    });
    put.flush({ ...PROFILE, noMajorIncidentLastYear: true, concurrencyStamp: 'stamp-2' });
    await settle();
    assessmentRequest(chinaToday()).flush(ASSESSMENT);
    await settle();
  });

  it('reloads the profile and the assessment when the save was stale', async () => {
    await open(['Incubation.YearlyData.Edit']);
    const profile = fixture.debugElement.query(
      (el) => el.componentInstance instanceof ProfileFormComponent,
    ).componentInstance as ProfileFormComponent;
    profile['form'].patchValue({ rdInstitutionLevel: 'Provincial' });
    profile['form'].markAsDirty();
    await settle();
    (byTestId('profile-save') as HTMLButtonElement).click();
    await settle();

    http
      .expectOne({ method: 'PUT', url: PROFILE_URL })
      .flush(
        { status: 409, code: 'Incubation:ConcurrencyConflict', detail: '数据已被他人修改。' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    http
      .expectOne({ method: 'GET', url: PROFILE_URL })
      .flush({ ...PROFILE, rdInstitutionLevel: 'National', concurrencyStamp: 'stamp-9' });
    assessmentRequest(chinaToday()).flush(ASSESSMENT);
    await settle();
    expect(profile['form'].getRawValue().rdInstitutionLevel).toBe('National');
    expect(profile['form'].pristine).toBe(true);
  });

  it('shows the profile read-only without the yearly-data edit permission', async () => {
    await open([]);
    expect(byTestId('profile-form')).not.toBeNull();
    expect(byTestId('profile-save')).toBeNull();
    const profile = fixture.debugElement.query(
      (el) => el.componentInstance instanceof ProfileFormComponent,
    ).componentInstance as ProfileFormComponent;
    expect(profile['form'].disabled).toBe(true);
  });

  it('opens the what-if drawer on the assessed facts', async () => {
    await open([]);
    expect(document.querySelectorAll('[data-testid="what-if-kind"]')).toHaveLength(0);
    (byTestId('what-if-open') as HTMLButtonElement).click();
    await settle();
    expect(document.querySelector('[data-testid="what-if"]')).not.toBeNull();
    expect(document.querySelectorAll('[data-testid="what-if-kind"]')).toHaveLength(3);
  });
});
