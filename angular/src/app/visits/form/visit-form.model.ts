import { CreateVisitRequest, VisitKind } from '../shared/visits-api.service';
import { NeedCategory } from '../../needs/shared/needs-api.service';

/** An uploaded photo: the stored file's id and the name shown. */
export interface VisitPhoto {
  id: string;
  name: string;
}

/**
 * The visit form's state as kept in the outbox (plain JSON: the date as `yyyy-MM-dd`, the
 * signature as a PNG data URL until it is uploaded). Field names follow CreateVisitDto, so the
 * server's 400 field errors land on the matching controls.
 */
export interface VisitDraftPayload {
  enterpriseId: string | null;
  /** Shown in the picker when a draft is restored. */
  enterpriseName: string | null;
  visitDate: string | null;
  kind: VisitKind | null;
  officerIds: string[];
  attendees: { name: string; title: string }[];
  policyCodes: string[];
  operations: string;
  innovation: string;
  difficulties: string;
  notes: string;
  attachmentFileIds: VisitPhoto[];
  signature: string | null;
  needs: {
    category: NeedCategory | null;
    description: string;
    isBottleneck: boolean;
    responsibleUnitId: string | null;
  }[];
}

const orNull = (text: string) => text.trim() || null;

/** The create request for a draft (the signature given as an uploaded file id). */
export function toCreateVisitRequest(
  payload: VisitDraftPayload,
  clientRequestId: string,
  signatureFileId: string | null,
): CreateVisitRequest {
  return {
    clientRequestId,
    enterpriseId: payload.enterpriseId ?? undefined,
    visitDate: payload.visitDate ?? undefined,
    kind: payload.kind ?? undefined,
    officerIds: payload.officerIds,
    attendees: payload.attendees
      .filter((a) => a.name.trim() || a.title.trim())
      .map((a) => ({ name: a.name.trim(), title: orNull(a.title) })),
    policyCodes: payload.policyCodes,
    operations: orNull(payload.operations),
    innovation: orNull(payload.innovation),
    difficulties: orNull(payload.difficulties),
    notes: orNull(payload.notes),
    signatureFileId,
    attachmentFileIds: payload.attachmentFileIds.map((p) => p.id),
    needs: payload.needs.map((n) => ({
      category: n.category ?? undefined,
      description: n.description.trim(),
      isBottleneck: n.isBottleneck,
      responsibleUnitId: n.responsibleUnitId ?? undefined,
    })),
  };
}

/** A `data:image/png;base64,…` URL as a Blob (to upload a signature). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) {
    throw new Error('Not a data URL.');
  }
  const type = match[1] || 'application/octet-stream';
  if (!match[2]) {
    return new Blob([decodeURIComponent(match[3])], { type });
  }
  const binary = atob(match[3]);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return new Blob([bytes], { type });
}
