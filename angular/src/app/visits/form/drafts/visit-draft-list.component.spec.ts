import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { AppConfigStore } from '../../../core/config/app-config.store';
import { formatDateText } from '../../../shared/format.pipes';
import { testConfig } from '../../../testing/app-config';
import { provideTestApp } from '../../../testing/providers';
import { VisitDraftListComponent } from './visit-draft-list.component';
import { VisitDraftSummary } from './visit-draft-summary';

const DRAFTS: VisitDraftSummary[] = [
  {
    id: 'd2',
    enterpriseName: '云岩数据服务有限公司',
    visitDate: '2026-11-19',
    savedAt: '2026-11-19T09:30:00Z',
    refused: false,
  },
  {
    id: 'd1',
    enterpriseName: null,
    visitDate: null,
    savedAt: '2026-11-18T02:00:00Z',
    refused: true,
  },
];

describe('VisitDraftListComponent', () => {
  async function render(currentId: string | null) {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const loading = TestBed.inject(AppConfigStore).load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/app/application-configuration')
      .flush(
        testConfig({
          texts: {
            'VisitPage:DraftVisitDate': '走访日期 {0}',
            'VisitPage:DraftSavedAt': '保存于 {0}',
          },
        }),
      );
    await loading;
    const fixture = TestBed.createComponent(VisitDraftListComponent);
    fixture.componentRef.setInput('drafts', DRAFTS);
    fixture.componentRef.setInput('currentId', currentId);
    fixture.detectChanges();
    const events: [string, string?][] = [];
    const list = fixture.componentInstance;
    list.restore.subscribe((id) => events.push(['restore', id]));
    list.discard.subscribe((id) => events.push(['discard', id]));
    list.startNew.subscribe(() => events.push(['startNew']));
    const rows = () =>
      Array.from(
        fixture.nativeElement.querySelectorAll(
          '[data-testid="visit-draft"]',
        ) as NodeListOf<HTMLElement>,
      );
    return { fixture, events, rows };
  }

  it('shows each draft with its enterprise, visit date and saved time, and marks the one being edited', async () => {
    const { rows } = await render('d2');

    const [first, second] = rows();
    expect(first.textContent).toContain('云岩数据服务有限公司');
    expect(first.textContent).toContain('走访日期 2026-11-19');
    expect(first.textContent).toContain(`保存于 ${formatDateText('2026-11-19T09:30:00Z', true)}`);
    expect(first.textContent).toContain('VisitPage:DraftEditing');
    expect(second.textContent).toContain('VisitPage:DraftNoEnterprise');
    expect(second.textContent).toContain('VisitPage:DraftRefused');
    expect(second.textContent).not.toContain('走访日期');
    // The draft being edited is not offered again.
    const restoreButtons = rows().map(
      (row) => row.querySelector('[data-testid="visit-draft-restore"]') as HTMLButtonElement,
    );
    expect(restoreButtons.map((b) => b.disabled)).toEqual([true, false]);
  });

  it('asks to continue the draft chosen', async () => {
    const { rows, events } = await render('d2');

    (rows()[1].querySelector('[data-testid="visit-draft-restore"]') as HTMLButtonElement).click();

    expect(events).toEqual([['restore', 'd1']]);
  });

  it('asks to discard a draft only once the deletion is confirmed', async () => {
    const { fixture, events } = await render('d2');
    const discard = fixture.debugElement.queryAll(By.css('[data-testid="visit-draft-discard"]'))[1];

    discard.nativeElement.click();
    expect(events).toEqual([]);
    discard.triggerEventHandler('nzOnConfirm');

    expect(events).toEqual([['discard', 'd1']]);
  });

  it('asks for a blank visit', async () => {
    const { fixture, events } = await render(null);

    (
      fixture.nativeElement.querySelector('[data-testid="visit-draft-new"]') as HTMLButtonElement
    ).click();

    expect(events).toEqual([['startNew']]);
  });
});
