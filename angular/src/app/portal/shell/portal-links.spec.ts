import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AppConfigStore } from '../../core/config/app-config.store';
import { NotificationBellComponent } from '../../notifications/notification-bell.component';
import { NotificationDto } from '../../proxy/models';
import { testConfig } from '../../testing/app-config';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { PORTAL_LINKS } from './portal-nav';

@Component({ template: '' })
class BlankPage {}

const LIST_URL = '/api/app/notifications';

function note(overrides: Partial<NotificationDto>): NotificationDto {
  return {
    id: 'n1',
    kind: 'NeedAnswered',
    text: '您的诉求已办结答复，请确认并评价',
    subject: '贵阳云岩星辰科技有限公司',
    needId: null,
    dueDate: null,
    createdAt: '2026-03-02T02:00:00Z',
    isRead: true,
    ...overrides,
  };
}

describe('the bell in the portal', () => {
  async function follow(n: NotificationDto): Promise<string> {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: '**', component: BlankPage }]),
    });
    const http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AppConfigStore).load();
    http.expectOne('/api/app/application-configuration').flush(testConfig());
    await loading;
    const fixture = TestBed.createComponent(NotificationBellComponent);
    fixture.componentRef.setInput('links', PORTAL_LINKS);
    await settle();
    http.expectOne(`${LIST_URL}/unread-count`).flush({ count: 0 });
    (
      fixture.nativeElement.querySelector('[data-testid="notification-bell"]') as HTMLElement
    ).click();
    await settle();
    http.expectOne((r) => r.url === LIST_URL).flush({ totalCount: 1, items: [n] });
    await settle();
    (document.querySelector(`[data-testid="notification-${n.id}"]`) as HTMLElement).click();
    await settle();
    http.match(`${LIST_URL}/unread-count`).forEach((r) => r.flush({ count: 0 }));
    const url = TestBed.inject(Router).url;
    fixture.destroy();
    return url;
  }

  it('opens an answered need on the portal needs page', async () => {
    expect(await follow(note({ needId: 'need-1' }))).toBe('/portal/needs/need-1');
  });

  it('opens returned yearly data on the portal yearly-data page', async () => {
    expect(await follow(note({ kind: 'YearlyDataReturned', needId: null }))).toBe(
      '/portal/yearly-data',
    );
  });
});
