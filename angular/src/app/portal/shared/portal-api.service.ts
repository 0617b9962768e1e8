import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  ColleagueDto,
  CreateNeedDto,
  InviteColleagueDto,
  PagedResultDtoOfVisitListItemDto,
  PortalProfileDto,
  ProfileChangeDto,
  UnreadCountDto,
  UpdatePortalProfileDto,
} from '../../proxy/models';
import {
  NeedService,
  NotificationService,
  PortalService,
  VisitService,
} from '../../proxy/services';
import { Need } from '../../needs/shared/needs-api.service';

/*
 * The portal's view of the generated client: pages import these names only, so a renamed generated
 * type or method is fixed here. Everything is the caller's own enterprise; the server looks it up from
 * the account, never from an id sent.
 */
export type PortalProfile = PortalProfileDto;
export type ProfileChange = ProfileChangeDto;
export type UpdateProfileRequest = UpdatePortalProfileDto;
export type Colleague = ColleagueDto;
export type InviteRequest = InviteColleagueDto;
export type RaiseNeedRequest = CreateNeedDto;
export type VisitPage = PagedResultDtoOfVisitListItemDto;

@Injectable({ providedIn: 'root' })
export class PortalApi {
  private readonly portal = inject(PortalService);
  private readonly needs = inject(NeedService);
  private readonly visits = inject(VisitService);
  private readonly notifications = inject(NotificationService);

  getProfile(): Observable<PortalProfile> {
    return this.portal.portalGetProfile();
  }

  updateProfile(body: UpdateProfileRequest): Observable<PortalProfile> {
    return this.portal.portalUpdateProfile({ body });
  }

  getColleagues(): Observable<Colleague[]> {
    return this.portal.portalGetColleagues();
  }

  invite(body: InviteRequest): Observable<Colleague> {
    return this.portal.portalInviteColleague({ body });
  }

  remove(id: string): Observable<void> {
    return this.portal.portalRemoveColleague({ id });
  }

  /** A need raised by the enterprise itself; without a unit the bureau routes it. */
  raiseNeed(body: RaiseNeedRequest): Observable<Need> {
    return this.needs.needCreate({ body });
  }

  /** The visits recorded with the enterprise, newest first. */
  getVisits(enterpriseId: string, maxResultCount: number): Observable<VisitPage> {
    return this.visits.visitGetList({ enterpriseId, maxResultCount });
  }

  unreadCount(): Observable<UnreadCountDto> {
    return this.notifications.notificationGetUnreadCount();
  }
}
