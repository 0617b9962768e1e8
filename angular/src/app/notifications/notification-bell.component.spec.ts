import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AppConfigStore } from '../core/config/app-config.store';
import { NotificationDto } from '../proxy/models';
import { testConfig } from '../testing/app-config';
import { provideTestApp } from '../testing/providers';
import { settle } from '../testing/settle';
import { NotificationBellComponent } from './notification-bell.component';

@Component({ template: '' })
class BlankPage {}

const LIST_URL = '/api/app/notifications';

/** What an enterprise user finds in the bell: texts come localised from the server. */
const ANSWERED: NotificationDto = {
  id: 'n-answered',
  kind: 'NeedAnswered',
  text: '您的诉求已办结答复，请确认并评价',
  subject: '贵阳某某科技有限公司',
  needId: 'need-1',
  dueDate: null,
  createdAt: '2026-03-02T02:00:00Z',
  isRead: false,
};
const RETURNED: NotificationDto = {
  id: 'n-returned',
  kind: 'YearlyDataReturned',
  text: '年度数据被退回，请修改后重新提交',
  subject: '2025 · 贵阳某某科技有限公司',
  needId: null,
  dueDate: null,
  createdAt: '2026-03-01T02:00:00Z',
  isRead: false,
};

describe('NotificationBellComponent for an enterprise user', () => {
  let http: HttpTestingController;
  let router: Router;
  let fixture: ComponentFixture<NotificationBellComponent>;
  // The drawer's content lives in the overlay, outside the fixture.
  const inDocument = (id: string) =>
    document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: '**', component: BlankPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(testConfig());
    await loading;
    fixture = TestBed.createComponent(NotificationBellComponent);
    await settle();
    http.expectOne(`${LIST_URL}/unread-count`).flush({ count: 2 });
    await settle();

    (
      fixture.nativeElement.querySelector('[data-testid="notification-bell"]') as HTMLElement
    ).click();
    await settle();
    http.expectOne((r) => r.url === LIST_URL).flush({ totalCount: 2, items: [ANSWERED, RETURNED] });
    await settle();
  });

  afterEach(() => {
    http.verify();
    fixture.destroy();
  });

  it('lists the new kinds with their text and subject', () => {
    expect(inDocument(`notification-${ANSWERED.id}`)?.textContent).toContain(ANSWERED.text);
    expect(inDocument(`notification-${ANSWERED.id}`)?.textContent).toContain(ANSWERED.subject);
    expect(inDocument(`notification-${RETURNED.id}`)?.textContent).toContain(RETURNED.text);
    expect(inDocument(`notification-${RETURNED.id}`)?.textContent).toContain(RETURNED.subject);
  });

  it('marks an answered need read and opens the need', async () => {
    inDocument(`notification-${ANSWERED.id}`)?.click();
    await settle();
    http.expectOne(`${LIST_URL}/${ANSWERED.id}/read`).flush(null);
    await settle();
    http.match(`${LIST_URL}/unread-count`).forEach((r) => r.flush({ count: 1 }));

    expect(router.url).toBe('/needs/need-1');
  });

  it('marks returned yearly data read and stays where it is', async () => {
    const before = router.url;
    inDocument(`notification-${RETURNED.id}`)?.click();
    await settle();
    http.expectOne(`${LIST_URL}/${RETURNED.id}/read`).flush(null);
    await settle();

    expect(router.url).toBe(before);
  });
});
