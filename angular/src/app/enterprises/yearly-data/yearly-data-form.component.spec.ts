import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { YearlyData } from './yearly-data-api.service';
import { YearlyDataFormComponent } from './yearly-data-form.component';
import { emptyFigures } from './yearly-figures';

describe('YearlyDataFormComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<YearlyDataFormComponent>;
  const inDocument = (id: string) => document.querySelector(`[data-testid="${id}"]`);

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http
      .expectOne('/api/app/application-configuration')
      .flush(testConfig({ policies: ['Incubation.YearlyData', 'Incubation.YearlyData.Edit'] }));
    await loading;
    fixture = TestBed.createComponent(YearlyDataFormComponent);
    fixture.componentRef.setInput('enterpriseId', 'e1');
    fixture.componentRef.setInput('editing', { existing: null, takenYears: [2023] });
    await settle();
  });

  afterEach(() => {
    http.verify();
    fixture.destroy();
  });

  it('puts a 400 field error under the domestic R&D expense field', async () => {
    expect(inDocument('yearly-field-domesticRdExpense')).not.toBeNull();
    const component = fixture.componentInstance;
    const form = component['form'];
    form.patchValue({ fiscalYear: 2024, rdExpense: 1000, domesticRdExpense: 2000, employees: 12 });

    const saving = component['save']();
    const request = http.expectOne({
      method: 'PUT',
      url: '/api/app/enterprises/e1/yearly-data/2024',
    });
    expect(request.request.body).toMatchObject({
      rdExpense: 1000,
      domesticRdExpense: 2000,
      employees: 12,
      salesRevenue: null,
      concurrencyStamp: null,
    });
    expect(request.request.body.fiscalYear).toBeUndefined();
    request.flush(
      {
        status: 400,
        title: '输入有误',
        errors: { domesticRdExpense: ['境内研发费用不能大于研发费用。'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await saving;
    await settle();

    expect(form.controls.domesticRdExpense.getError('server')).toBe(
      '境内研发费用不能大于研发费用。',
    );
    expect(inDocument('error-domesticRdExpense')?.textContent).toContain(
      '境内研发费用不能大于研发费用。',
    );
    expect(inDocument('yearly-form-error')).toBeNull();
  });

  it('refuses a year the enterprise has already, without calling the server', async () => {
    const component = fixture.componentInstance;
    component['form'].patchValue({ fiscalYear: 2023 });
    await component['save']();
    await settle();
    expect(component['form'].controls.fiscalYear.hasError('server')).toBe(true);
    http.expectNone(() => true);
  });

  it('sends the stamp of the year it edits', async () => {
    const existing: YearlyData = {
      ...emptyFigures(),
      id: 'y1',
      enterpriseId: 'e1',
      fiscalYear: 2022,
      status: 'Returned',
      provenance: 'EnteredByOfficer',
      salesRevenue: 1234567.5,
      returnComment: '请补充研发费用',
      submittedAt: null,
      verifiedAt: null,
      lastModificationTime: null,
      concurrencyStamp: 'stamp-7',
      figureSources: { salesRevenue: { provenance: 'SelfReported', at: '2026-03-01' } },
    };
    fixture.componentRef.setInput('editing', { existing, takenYears: [2022] });
    await settle();
    const component = fixture.componentInstance;
    expect(component['form'].controls.fiscalYear.disabled).toBe(true);
    // Each stored figure says where it came from and when; a figure without a value says nothing.
    expect(component['sourceOf']('salesRevenue')).toContain('2026-03-01');
    expect(component['sourceOf']('salesRevenue')).toContain('SelfReported');
    expect(component['sourceOf']('rdExpense')).toBe('');

    const saving = component['save']();
    const request = http.expectOne({
      method: 'PUT',
      url: '/api/app/enterprises/e1/yearly-data/2022',
    });
    expect(request.request.body).toMatchObject({
      salesRevenue: 1234567.5,
      concurrencyStamp: 'stamp-7',
    });
    request.flush({ ...existing, status: 'Draft' });
    await saving;
  });
});
