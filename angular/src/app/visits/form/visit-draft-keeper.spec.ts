import 'fake-indexeddb/auto';
import { TestBed } from '@angular/core/testing';
import { NzModalService } from 'ng-zorro-antd/modal';
import { Notifier } from '../../core/notify/notifier';
import { provideTestApp } from '../../testing/providers';
import { VISIT_OUTBOX_DB_NAME, VISIT_OUTBOX_OWNER, VisitOutbox } from '../offline/visit-outbox';
import { EnterpriseOptions } from './enterprise-options';
import { VisitDraftKeeper } from './visit-draft-keeper';
import { VisitDraftPayload } from './visit-form.model';

let database = 0;

function payload(change: Partial<VisitDraftPayload> = {}): VisitDraftPayload {
  return {
    enterpriseId: 'e1',
    enterpriseName: '贵阳星辰科技有限公司',
    visitDate: '2026-11-20',
    kind: 'OnSite',
    officerIds: [],
    attendees: [{ name: '张三', title: '总经理' }],
    policyCodes: [],
    operations: '',
    innovation: '',
    difficulties: '',
    notes: '',
    attachmentFileIds: [],
    signature: null,
    needs: [],
    ...change,
  };
}

/** Stands in for NzModalService.confirm: answers as told, and records what was asked. */
class FakeModal {
  answer: 'ok' | 'cancel' = 'ok';
  readonly asked: string[] = [];

  confirm(options: { nzContent: string; nzOnOk: () => void; nzOnCancel: () => void }) {
    this.asked.push(options.nzContent);
    queueMicrotask(() => (this.answer === 'ok' ? options.nzOnOk() : options.nzOnCancel()));
    return { afterClose: { subscribe: () => undefined } };
  }
}

describe('VisitDraftKeeper', () => {
  let keeper: VisitDraftKeeper;
  let outbox: VisitOutbox<VisitDraftPayload>;
  let modal: FakeModal;

  /** Drafts saved one after the other (so their saved times differ). */
  async function saved(...payloads: VisitDraftPayload[]): Promise<string[]> {
    const ids: string[] = [];
    for (const p of payloads) {
      ids.push((await outbox.saveDraft({ payload: p })).id);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return ids;
  }

  beforeEach(() => {
    modal = new FakeModal();
    TestBed.configureTestingModule({
      providers: [
        ...provideTestApp(),
        { provide: VISIT_OUTBOX_DB_NAME, useValue: `visit-draft-keeper-${++database}` },
        { provide: VISIT_OUTBOX_OWNER, useValue: () => 'officer-1' },
        { provide: NzModalService, useValue: modal },
        { provide: Notifier, useValue: { success: vi.fn(), error: vi.fn() } },
        EnterpriseOptions,
        VisitDraftKeeper,
      ],
    });
    keeper = TestBed.inject(VisitDraftKeeper);
    outbox = TestBed.inject(VisitOutbox<VisitDraftPayload>);
  });

  it('brings back the draft saved last and lists every unsent one with enterprise, date and saved time', async () => {
    const [older, newer] = await saved(
      payload({ enterpriseId: 'e1', enterpriseName: '贵阳星辰科技', visitDate: '2026-11-18' }),
      payload({ enterpriseId: 'e2', enterpriseName: '云岩数据服务', visitDate: '2026-11-19' }),
    );
    const queued = (await outbox.saveDraft({ payload: payload({ enterpriseName: '已提交' }) })).id;
    await outbox.enqueue(queued);

    await keeper.restoreLatest();

    expect(keeper.draftId()).toBe(newer);
    expect(keeper.form.controls.enterpriseId.value).toBe('e2');
    expect(keeper.restored()).toBe(true);
    expect(keeper.listOpen()).toBe(true);
    expect(keeper.list().map((d) => [d.id, d.enterpriseName, d.visitDate])).toEqual([
      [newer, '云岩数据服务', '2026-11-19'],
      [older, '贵阳星辰科技', '2026-11-18'],
    ]);
    expect(keeper.list()[0].savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('continues an older draft and keeps the changes made to the one in the form', async () => {
    const [older, newer] = await saved(
      payload({ enterpriseId: 'e1', notes: '第一次走访' }),
      payload({ enterpriseId: 'e2', notes: '' }),
    );
    await keeper.restoreLatest();
    keeper.form.controls.notes.setValue('补充：企业计划扩产');
    keeper.form.markAsDirty();

    await keeper.restore(older);

    expect(keeper.draftId()).toBe(older);
    expect(keeper.form.controls.enterpriseId.value).toBe('e1');
    expect(keeper.form.controls.notes.value).toBe('第一次走访');
    expect(keeper.form.controls.attendees.length).toBe(1);
    expect(keeper.form.dirty).toBe(false);
    expect((await outbox.getDraft(newer))!.payload.notes).toBe('补充：企业计划扩产');
    expect(keeper.list()).toHaveLength(2);
  });

  it('discards another draft and leaves the form as it is', async () => {
    const [older, newer] = await saved(
      payload({ enterpriseId: 'e1' }),
      payload({ enterpriseId: 'e2' }),
    );
    await keeper.restoreLatest();

    await keeper.discard(older);

    expect(await outbox.getDraft(older)).toBeUndefined();
    expect(keeper.list().map((d) => d.id)).toEqual([newer]);
    expect(keeper.draftId()).toBe(newer);
    expect(keeper.form.controls.enterpriseId.value).toBe('e2');
  });

  it('discards the draft in the form and starts a blank visit', async () => {
    const [id] = await saved(payload({ enterpriseId: 'e1', attendees: [] }));
    await keeper.restoreLatest();

    await keeper.discard(id);

    expect(await outbox.listDrafts()).toEqual([]);
    expect(keeper.list()).toEqual([]);
    expect(keeper.draftId()).toBeNull();
    expect(keeper.restored()).toBe(false);
    expect(keeper.form.controls.enterpriseId.value).toBeNull();
  });

  it('keeps the draft in the form when a blank visit is started, then saves the new one apart', async () => {
    keeper.form.controls.enterpriseId.setValue('e1');
    keeper.form.markAsDirty();

    await keeper.startNew();
    await new Promise((resolve) => setTimeout(resolve, 5));
    keeper.form.controls.notes.setValue('另一家企业');
    await keeper.save();

    const drafts = await outbox.listDrafts();
    expect(drafts.map((d) => d.payload.enterpriseId)).toEqual(['e1', null]);
    expect(keeper.list()).toHaveLength(2);
  });

  it('makes a single draft when the form is saved twice at once', async () => {
    await Promise.all([keeper.save(), keeper.save()]);

    expect(await outbox.listDrafts()).toHaveLength(1);
  });

  it('removes the photos when the enterprise changes, after the officer agrees', async () => {
    await saved(payload({ enterpriseId: 'e1', attachmentFileIds: [{ id: 'f1', name: 'a.jpg' }] }));
    await keeper.restoreLatest();

    keeper.form.controls.enterpriseId.setValue('e2');
    await keeper.changeEnterprise('e2');

    expect(modal.asked).toHaveLength(1);
    expect(keeper.form.controls.enterpriseId.value).toBe('e2');
    expect(keeper.form.controls.attachmentFileIds.value).toEqual([]);
  });

  it('keeps the photos and the enterprise when the officer declines', async () => {
    await saved(payload({ enterpriseId: 'e1', attachmentFileIds: [{ id: 'f1', name: 'a.jpg' }] }));
    await keeper.restoreLatest();
    modal.answer = 'cancel';

    keeper.form.controls.enterpriseId.setValue('e2');
    await keeper.changeEnterprise('e2');

    expect(keeper.form.controls.enterpriseId.value).toBe('e1');
    expect(keeper.form.controls.attachmentFileIds.value).toEqual([{ id: 'f1', name: 'a.jpg' }]);
  });

  it('asks nothing when there are no photos, or when the enterprise is only cleared', async () => {
    await saved(payload({ enterpriseId: 'e1', attachmentFileIds: [{ id: 'f1', name: 'a.jpg' }] }));
    await keeper.restoreLatest();

    await keeper.changeEnterprise(null);
    await keeper.changeEnterprise('e1');

    expect(modal.asked).toEqual([]);
    expect(keeper.form.controls.attachmentFileIds.value).toHaveLength(1);
  });
});
