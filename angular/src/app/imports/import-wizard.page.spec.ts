import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AppConfigStore } from '../core/config/app-config.store';
import { testConfig } from '../testing/app-config';
import { provideTestApp } from '../testing/providers';
import { settle } from '../testing/settle';
import { ImportPreview } from './import-api.service';
import { ImportWizardPage } from './import-wizard.page';
import { needsRecheck } from './import-wizard';

const CLEAN: ImportPreview = {
  kind: 'YearlyData',
  fingerprint: 'f'.repeat(64),
  format: 'CsvGbk',
  totalRows: 3,
  newCount: 2,
  updatedCount: 1,
  unchangedCount: 0,
  errorCount: 0,
  errorRowCount: 0,
  errors: [],
  errorsTruncated: false,
  ignoredColumns: [],
  canCommit: true,
};

const WITH_ERRORS: ImportPreview = {
  ...CLEAN,
  newCount: 1,
  updatedCount: 0,
  errorCount: 2,
  errorRowCount: 2,
  canCommit: false,
  ignoredColumns: ['备注'],
  errors: [
    {
      rowNumber: 3,
      field: 'rdExpense',
      column: '研发费用（元）',
      value: 'abc',
      message: '不是有效的数字。',
    },
    {
      rowNumber: 5,
      field: 'unifiedSocialCreditCode',
      column: '*统一社会信用代码',
      value: 'X',
      message: '格式不正确。',
    },
  ],
};

describe('ImportWizardPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ImportWizardPage>;
  const page = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => page().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function render(): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(
      testConfig({
        policies: ['Incubation.Imports'],
        texts: {
          'Import:ErrorsTitle': '{0} 行有 {1} 处错误，未导入任何数据',
          'Import:CleanTitle': '全部 {0} 行检查通过',
          'Import:DoneDescription': '共 {0} 行：新增 {1} 条，更新 {2} 条，{3} 条无变化。',
          'Import:CommitRefused': '数据在预览后发生了变化',
          'Import:Format.CsvGbk': 'CSV（GBK）',
        },
      }),
    );
    await loading;
    fixture = TestBed.createComponent(ImportWizardPage);
    await settle();
  }

  async function toUpload(kind: string): Promise<void> {
    (byTestId(`import-kind-${kind}`)!.querySelector('input') as HTMLInputElement).click();
    await settle();
    byTestId('import-next')!.click();
    await settle();
  }

  async function choose(name = 'roster.csv'): Promise<TestRequest> {
    const input = byTestId('import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], name)], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    return http.expectOne(
      (r) => r.method === 'POST' && r.url === '/api/app/imports/YearlyData/preview',
    );
  }

  afterEach(() => http?.verify());

  it('goes from the kind to a clean preview and imports only on confirmation', async () => {
    await render();
    expect(byTestId('import-step-kind')).not.toBeNull();
    await toUpload('YearlyData');
    expect(byTestId('import-step-upload')).not.toBeNull();

    const preview = await choose();
    expect((preview.request.body as FormData).get('file')).toBeInstanceOf(File);
    preview.flush(CLEAN);
    await settle();

    expect(byTestId('import-clean')!.textContent).toContain('全部 3 行检查通过');
    expect(page().textContent).toContain('CSV（GBK）');
    expect(byTestId('import-errors')).toBeNull();
    byTestId('import-confirm')!.click();
    await settle();
    const commit = http.expectOne(
      (r) => r.method === 'POST' && r.url === '/api/app/imports/YearlyData/commit',
    );
    expect((commit.request.body as FormData).get('fingerprint')).toBe(CLEAN.fingerprint);
    commit.flush({
      kind: 'YearlyData',
      totalRows: 3,
      createdCount: 2,
      updatedCount: 1,
      unchangedCount: 0,
    });
    await settle();

    expect(byTestId('import-step-done')).not.toBeNull();
    expect(byTestId('import-result')!.textContent).toContain(
      '共 3 行：新增 2 条，更新 1 条，0 条无变化。',
    );
    byTestId('import-again')!.click();
    await settle();
    expect(byTestId('import-step-kind')).not.toBeNull();
  });

  it('lists every error by row and column and offers no confirmation', async () => {
    await render();
    await toUpload('YearlyData');
    (await choose()).flush(WITH_ERRORS);
    await settle();

    expect(byTestId('import-errors-summary')!.textContent).toContain(
      '2 行有 2 处错误，未导入任何数据',
    );
    const rows = page().querySelectorAll('[data-testid="import-error-row"]');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('3');
    expect(rows[0].textContent).toContain('研发费用（元）');
    expect(rows[0].textContent).toContain('abc');
    expect(rows[1].textContent).toContain('*统一社会信用代码');
    expect(byTestId('import-ignored')).not.toBeNull();
    expect(byTestId('import-confirm')).toBeNull();

    byTestId('import-choose-another')!.click();
    await settle();
    expect(byTestId('import-step-upload')).not.toBeNull();
  });

  it('says why a file cannot be read and stays at the upload step', async () => {
    await render();
    await toUpload('YearlyData');
    (await choose('old.xls')).flush(
      {
        status: 400,
        code: 'Import:OldExcelFormat',
        detail: '不支持旧版 .xls 格式',
        errors: { file: ['不支持旧版 .xls 格式'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(byTestId('import-step-upload')).not.toBeNull();
    expect(byTestId('import-upload-error')!.textContent).toContain('不支持旧版 .xls 格式');
  });

  it('checks the file again when the commit finds the data changed since the preview', async () => {
    await render();
    await toUpload('YearlyData');
    (await choose()).flush(CLEAN);
    await settle();

    byTestId('import-confirm')!.click();
    await settle();
    http
      .expectOne((r) => r.url === '/api/app/imports/YearlyData/commit')
      .flush(
        {
          status: 400,
          code: 'Incubation:ValidationFailed',
          errors: { 'rows[3].fiscalYear': ['已报送'] },
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    http.expectOne((r) => r.url === '/api/app/imports/YearlyData/preview').flush(WITH_ERRORS);
    await settle();

    expect(byTestId('import-notice')!.textContent).toContain('数据在预览后发生了变化');
    expect(page().querySelectorAll('[data-testid="import-error-row"]').length).toBe(2);
    expect(byTestId('import-confirm')).toBeNull();
  });

  it('downloads the chosen kind’s template under the server’s file name', async () => {
    await render();
    await toUpload('YearlyData');
    const createObjectURL = vi.fn(() => 'blob:template');
    Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    let savedAs = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      savedAs = this.download;
    });

    byTestId('import-template')!.click();
    await settle();
    http.expectOne('/api/app/imports/YearlyData/template').flush(new Blob(['xlsx']), {
      headers: {
        'Content-Disposition':
          "attachment; filename=template.xlsx; filename*=UTF-8''%E5%B9%B4%E5%BA%A6%E6%95%B0%E6%8D%AE%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx",
      },
    });
    await settle();

    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(savedAs).toBe('年度数据导入模板.xlsx');
    click.mockRestore();
  });
});

describe('needsRecheck', () => {
  it('checks again after a stale or changed-data refusal, not after other errors', () => {
    expect(needsRecheck({ kind: 'stale', message: null })).toBe(true);
    expect(
      needsRecheck({ kind: 'refused', message: null, code: 'Import:FileChanged', errors: {} }),
    ).toBe(true);
    expect(
      needsRecheck({
        kind: 'refused',
        message: null,
        code: 'Incubation:ValidationFailed',
        errors: {},
      }),
    ).toBe(true);
    expect(
      needsRecheck({ kind: 'refused', message: null, code: 'Import:NoRows', errors: {} }),
    ).toBe(false);
    expect(needsRecheck({ kind: 'announced' })).toBe(false);
  });
});
