import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { KindAssessment } from './eligibility-api.service';
import {
  ASSESSMENT,
  ELIGIBILITY_TEXTS,
  HIGH_TECH,
  LITTLE_GIANT,
  TECH_SME,
  kind,
} from './eligibility.fixtures';
import { WHAT_IF_DEBOUNCE_MS, WhatIfDrawerComponent } from './what-if-drawer.component';

const ASSESS_URL = '/api/app/eligibility/assess';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 高企 after more R&D: the ratio passes, the verdict turns, the score rises. */
const IMPROVED: KindAssessment = kind('HighTech', {
  verdict: 'Eligible',
  score: { min: 72, max: 78, passMark: 71 },
  criteria: HIGH_TECH.criteria.map((c) =>
    c.code === 'HTE.RdRatio'
      ? { ...c, passed: true, gap: null, message: '近三年研发费用占比 5.2%' }
      : c,
  ),
});

describe('WhatIfDrawerComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<WhatIfDrawerComponent>;
  // The drawer's content lives in the overlay, outside the fixture.
  const inDocument = (id: string) => document.querySelector(`[data-testid="${id}"]`);
  const all = (id: string) => Array.from(document.querySelectorAll(`[data-testid="${id}"]`));
  const form = () => fixture.componentInstance['form'];

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http
      .expectOne('/api/app/application-configuration')
      .flush(testConfig({ policies: ['Incubation.Qualifications'], texts: ELIGIBILITY_TEXTS }));
    await loading;
    fixture = TestBed.createComponent(WhatIfDrawerComponent);
    fixture.componentRef.setInput('baseline', ASSESSMENT);
    fixture.componentRef.setInput('open', true);
    await settle();
  });

  afterEach(() => {
    http.verify();
    fixture.destroy();
  });

  it('opens on a copy of the assessed facts and shows the baseline without asking the server', async () => {
    expect(inDocument('what-if')).not.toBeNull();
    const salesRevenue = inDocument('what-if-salesRevenue-2024')?.querySelector('input');
    expect(salesRevenue?.value).toBe('12,000,000');
    expect(all('what-if-kind').map((k) => k.getAttribute('data-kind'))).toEqual([
      'HighTech',
      'TechSme',
      'LittleGiant',
    ]);
    expect(all('what-if-change')).toHaveLength(0);
    await wait(WHAT_IF_DEBOUNCE_MS + 50);
    http.expectNone(ASSESS_URL);
  });

  it('asks once after a burst of changes, with the edited facts', async () => {
    const year2024 = form().controls.years.at(1);
    year2024.patchValue({ rdExpense: 500_000 });
    year2024.patchValue({ rdExpense: 600_000 });
    year2024.patchValue({ rdExpense: 700_000 });

    await wait(WHAT_IF_DEBOUNCE_MS / 2);
    http.expectNone(ASSESS_URL);
    year2024.patchValue({ rdExpense: 900_000 });
    await wait(WHAT_IF_DEBOUNCE_MS + 50);

    const request = http.expectOne({ method: 'POST', url: ASSESS_URL });
    expect(request.request.body.asOf).toBe('2026-06-15');
    expect(
      request.request.body.facts.years.map((y: { fiscalYear: number }) => y.fiscalYear),
    ).toEqual([2022, 2023, 2024]);
    expect(request.request.body.facts.years[2]).toMatchObject({
      rdExpense: 900_000,
      netProfit: 800_000,
    });
    request.flush({ asOf: '2026-06-15', results: [IMPROVED, TECH_SME, LITTLE_GIANT] });
    await settle();
  });

  it('shows each kind against the baseline and the criteria that changed', async () => {
    fixture.componentInstance['quick']('rd');
    await wait(WHAT_IF_DEBOUNCE_MS + 50);
    http
      .expectOne(ASSESS_URL)
      .flush({ asOf: '2026-06-15', results: [IMPROVED, TECH_SME, LITTLE_GIANT] });
    await settle();

    const highTech = document.querySelector('[data-testid="what-if-kind"][data-kind="HighTech"]')!;
    expect(highTech.getAttribute('data-direction')).toBe('better');
    const verdict = highTech.querySelector('[data-testid="what-if-verdict"]')!.textContent!;
    expect(verdict.replace(/\s+/g, '')).toBe('不符合→符合条件');
    const score = highTech.querySelector('[data-testid="what-if-score"]')!.textContent!;
    expect(score.replace(/\s+/g, '')).toContain('52–78→72–78');
    const changes = Array.from(highTech.querySelectorAll('[data-testid="what-if-change"]'));
    expect(changes.map((c) => c.getAttribute('data-code'))).toEqual(['HTE.RdRatio']);
    expect(changes[0].textContent).toContain('近三年研发费用占比 5.2%');

    const techSme = document.querySelector('[data-testid="what-if-kind"][data-kind="TechSme"]')!;
    expect(techSme.getAttribute('data-direction')).toBe('same');
    expect(techSme.querySelector('[data-testid="what-if-verdict"]')!.textContent).not.toContain(
      '→',
    );
  });

  it('shows a 400 next to the field the server names, through the years sent', async () => {
    form().controls.years.at(1).patchValue({ techStaff: 80 });
    await wait(WHAT_IF_DEBOUNCE_MS + 50);
    http.expectOne(ASSESS_URL).flush(
      {
        status: 400,
        title: '输入有误',
        errors: {
          // The request's years are 2022, 2023, 2024: index 2 is the form's second year.
          'facts.years[2].techStaff': ['“科技人员数”不能大于“职工总数（全年月平均）”。'],
          asOf: ['评估日期超出范围。'],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(inDocument('error-years[1].techStaff')?.textContent).toContain('不能大于');
    expect(inDocument('what-if-invalid')?.textContent).toContain('输入有误，结果未更新');
    expect(inDocument('what-if-invalid')?.textContent).toContain('评估日期超出范围。');
    // The last good results stay.
    expect(
      document
        .querySelector('[data-testid="what-if-kind"][data-kind="HighTech"]')
        ?.getAttribute('data-direction'),
    ).toBe('same');

    form().controls.years.at(1).patchValue({ techStaff: 8 });
    await wait(WHAT_IF_DEBOUNCE_MS + 50);
    http.expectOne(ASSESS_URL).flush({ asOf: '2026-06-15', results: ASSESSMENT.results });
    await settle();
    expect(inDocument('error-years[1].techStaff')).toBeNull();
    expect(inDocument('what-if-invalid')).toBeNull();
  });

  it('drops a pending change on reset and goes back to the assessed facts', async () => {
    form().controls.years.at(1).patchValue({ rdExpense: 5_000_000 });
    (inDocument('what-if-reset') as HTMLElement).click();
    await wait(WHAT_IF_DEBOUNCE_MS + 50);

    http.expectNone(ASSESS_URL);
    expect(form().controls.years.at(1).value.rdExpense).toBe(400_000);
  });

  it('ignores the answer to an older request once a newer change is made', async () => {
    form().controls.years.at(1).patchValue({ rdExpense: 5_000_000 });
    await wait(WHAT_IF_DEBOUNCE_MS + 50);
    const first = http.expectOne(ASSESS_URL);

    form().controls.years.at(1).patchValue({ rdExpense: 450_000 });
    await wait(WHAT_IF_DEBOUNCE_MS + 50);
    expect(first.cancelled).toBe(true);
    http.expectOne(ASSESS_URL).flush({ asOf: '2026-06-15', results: ASSESSMENT.results });
    await settle();
    expect(all('what-if-change')).toHaveLength(0);
  });
});
