import { TestBed } from '@angular/core/testing';
import { AppConfigStore } from '../../core/config/app-config.store';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { HttpTestingController } from '@angular/common/http/testing';
import { REPORT_TEXTS, reportFixture } from '../shared/report-fixture';
import { ReportDocumentComponent } from './report-document.component';
import { SemiAnnualReport } from '../shared/report-api.service';

describe('ReportDocumentComponent', () => {
  async function render(report: SemiAnnualReport): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(testConfig({ texts: REPORT_TEXTS }));
    await loading;
    const fixture = TestBed.createComponent(ReportDocumentComponent);
    fixture.componentRef.setInput('report', report);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const byTestId = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`);

  it('titles the half-year in Chinese and marks a draft as not issued', async () => {
    const page = await render(reportFixture());
    expect(byTestId(page, 'report-title')?.textContent?.trim()).toBe(
      '2025年上半年科技创新工作通报',
    );
    expect(byTestId(page, 'report-draft')?.textContent).toContain('草稿');
    expect(byTestId(page, 'report-issued')).toBeNull();
    expect(byTestId(page, 'report-overview')?.textContent?.trim()).toBe(
      '本半年度共收集企业诉求 7 件，已办结 3 件，办结率 42.9%；期末逾期未办结诉求 3 件。',
    );
  });

  it('shows who issued an issued report and when', async () => {
    const page = await render(
      reportFixture({ status: 'Issued', issuedAt: '2025-07-03', issuedByName: '区科技局管理员' }),
    );
    expect(byTestId(page, 'report-issued')?.textContent?.trim()).toBe(
      '2025-07-03 印发（区科技局管理员）',
    );
    expect(byTestId(page, 'report-draft')).toBeNull();
  });

  it('lists each unit with its figures, letter and escalation, and its tasks with progress', async () => {
    const page = await render(reportFixture());
    const rows = [...page.querySelectorAll('[data-testid="report-unit-row"]')];
    expect(
      rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent?.trim())),
    ).toEqual([
      ['区工业和信息化局', '6', '2', '33.3%', '3', '云科提〔2025〕1号 （已提请区政府督办）'],
      ['区科学技术局', '1', '1', '100.0%', '0', ''],
    ]);
    const tasks = [...page.querySelectorAll('[data-testid="report-unit-tasks"]')];
    expect(
      tasks.map((t) => [...t.querySelectorAll('td')].map((c) => c.textContent?.trim())),
    ).toEqual([
      ['8', '加快专精特新“小巨人”企业培育', '牵头', '已培育 2 家'],
      ['8', '加快专精特新“小巨人”企业培育', '配合', '未填报'],
    ]);
    expect(byTestId(page, 'report-unassigned')?.textContent).toContain('打造集成电路专业孵化器');
  });

  it('reads the indicators in the plan units with the change since the previous half-year', async () => {
    const page = await render(reportFixture());
    const cells = (indicator: string) =>
      [...page.querySelectorAll(`[data-indicator="${indicator}"] td`)].map((c) =>
        c.textContent?.replace(/\s+/g, ' ').trim(),
      );
    expect(cells('HighTechEnterprises')).toEqual([
      '高新技术企业',
      '111 （2022）',
      '220 （2025）',
      '124',
      '130',
      '+6',
    ]);
    expect(cells('RdInvestment').slice(1)).toEqual([
      '2.41 亿元 （2022）',
      '5 亿元 （2025）',
      '2.8 亿元',
      '3 亿元',
      '+0.2 亿元',
    ]);
  });
});
