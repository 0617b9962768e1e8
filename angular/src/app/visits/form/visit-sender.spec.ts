import 'fake-indexeddb/auto';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTestApp } from '../../testing/providers';
import { VISIT_OUTBOX_DB_NAME, VISIT_OUTBOX_OWNER } from '../offline/visit-outbox';
import { VisitDraftPayload, dataUrlToBlob, toCreateVisitRequest } from './visit-form.model';
import { VisitSubmitter, outcomeOfStatus } from './visit-sender';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

function payload(change: Partial<VisitDraftPayload> = {}): VisitDraftPayload {
  return {
    enterpriseId: 'e1',
    enterpriseName: '云岩科技',
    visitDate: '2026-11-20',
    kind: 'OnSite',
    officerIds: [],
    attendees: [
      { name: ' 张三 ', title: '' },
      { name: '', title: '' },
    ],
    policyCodes: ['HT'],
    operations: ' 营收增长 ',
    innovation: '',
    difficulties: '',
    notes: '',
    attachmentFileIds: [{ id: 'f1', name: 'a.jpg' }],
    signature: null,
    needs: [
      { category: 'Funding', description: ' 贷款 ', isBottleneck: false, responsibleUnitId: 'u1' },
    ],
    ...change,
  };
}

describe('outcomeOfStatus', () => {
  it.each([
    [200, 'sent'],
    [201, 'sent'],
    [400, 'invalid'],
    [403, 'invalid'],
    [409, 'invalid'],
    [422, 'invalid'],
    [0, 'retry'],
    [401, 'retry'],
    [408, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
  ] as const)('maps HTTP %i to %s', (status, outcome) => {
    expect(outcomeOfStatus(status)).toBe(outcome);
  });
});

describe('toCreateVisitRequest', () => {
  it('trims texts, drops empty attendee rows and sends file ids', () => {
    const body = toCreateVisitRequest(payload(), 'key-1', 'sig-1');
    expect(body).toMatchObject({
      clientRequestId: 'key-1',
      enterpriseId: 'e1',
      visitDate: '2026-11-20',
      attendees: [{ name: '张三', title: null }],
      operations: '营收增长',
      innovation: null,
      signatureFileId: 'sig-1',
      attachmentFileIds: ['f1'],
      needs: [
        { category: 'Funding', description: '贷款', isBottleneck: false, responsibleUnitId: 'u1' },
      ],
    });
  });
});

describe('dataUrlToBlob', () => {
  it('decodes a base64 PNG data URL', async () => {
    const blob = dataUrlToBlob(PNG);
    expect(blob.type).toBe('image/png');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});

let database = 0;

describe('VisitSubmitter.send', () => {
  let http: HttpTestingController;
  let submitter: VisitSubmitter;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        ...provideTestApp(),
        { provide: VISIT_OUTBOX_DB_NAME, useValue: `visit-sender-test-${++database}` },
        { provide: VISIT_OUTBOX_OWNER, useValue: () => 'officer-1' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    submitter = TestBed.inject(VisitSubmitter);
  });

  afterEach(() => http.verify());

  const flushMicrotasks = () => new Promise((resolve) => setTimeout(resolve));

  it('uploads the signature, creates the visit with the idempotency key and reports sent', async () => {
    const sending = submitter.send(payload({ signature: PNG }), 'key-1');

    const upload = http.expectOne('/api/app/files');
    const form = upload.request.body as FormData;
    expect(form.get('purpose')).toBe('Signature');
    expect(form.get('enterpriseId')).toBe('e1');
    expect((form.get('file') as File).name).toBe('signature.png');
    upload.flush({ id: 'sig-1' });
    await flushMicrotasks();

    const create = http.expectOne({ method: 'POST', url: '/api/app/visits' });
    expect(create.request.body).toMatchObject({
      clientRequestId: 'key-1',
      signatureFileId: 'sig-1',
    });
    create.flush({ id: 'visit-1' });

    expect(await sending).toBe('sent');
    expect(submitter.createdVisitId('key-1')).toBe('visit-1');
  });

  it('keeps field errors of a 400 for the form and reports invalid', async () => {
    const sending = submitter.send(payload(), 'key-2');
    await flushMicrotasks();
    http
      .expectOne('/api/app/visits')
      .flush(
        { status: 400, errors: { 'needs[0].description': ['请填写诉求内容'] } },
        { status: 400, statusText: 'Bad Request' },
      );

    expect(await sending).toBe('invalid');
    expect(submitter.problem('key-2')?.errors).toEqual({
      'needs[0].description': ['请填写诉求内容'],
    });
  });

  it('reports retry when there is no network or the server fails', async () => {
    const offline = submitter.send(payload(), 'key-3');
    await flushMicrotasks();
    http.expectOne('/api/app/visits').error(new ProgressEvent('error'), { status: 0 });
    expect(await offline).toBe('retry');

    const failing = submitter.send(payload(), 'key-3');
    await flushMicrotasks();
    http.expectOne('/api/app/visits').flush(null, { status: 502, statusText: 'Bad Gateway' });
    expect(await failing).toBe('retry');
    expect(submitter.problem('key-3')).toBeNull();
  });
});
