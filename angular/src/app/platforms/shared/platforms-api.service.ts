import { HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  CreateIncubatorDto,
  CreateInnovationPlatformDto,
  CreateTechTransferProjectDto,
  IncubatorDto,
  IncubatorKind as IncubatorKindModel,
  InnovationPlatformDto,
  PagedResultDtoOfIncubatorDto,
  PagedResultDtoOfInnovationPlatformDto,
  PagedResultDtoOfTechTransferProjectDto,
  PlatformKind as PlatformKindModel,
  PlatformLevel as PlatformLevelModel,
  PlatformStatus as PlatformStatusModel,
  TechTransferProjectDto,
  TechTransferStatus as TechTransferStatusModel,
  UpdateIncubatorDto,
  UpdateInnovationPlatformDto,
  UpdateTechTransferProjectDto,
} from '../../proxy/models';
import {
  IncubatorService,
  InnovationPlatformService,
  TechTransferProjectService,
} from '../../proxy/services';

/*
 * The Platforms module's view of the generated client: pages import these names only.
 * Dates are `yyyy-MM-dd`; amounts are yuan.
 */
export type PlatformKind = PlatformKindModel;
/** The generated type admits null (an incubator may have no level); a chosen level never is. */
export type PlatformLevel = NonNullable<PlatformLevelModel>;
export type PlatformStatus = PlatformStatusModel;
export type TechTransferStatus = TechTransferStatusModel;
export type IncubatorKind = IncubatorKindModel;
export type Platform = InnovationPlatformDto;
export type PlatformPage = PagedResultDtoOfInnovationPlatformDto;
export type PlatformRequest = CreateInnovationPlatformDto;
export type PlatformUpdate = UpdateInnovationPlatformDto;
export type Project = TechTransferProjectDto;
export type ProjectPage = PagedResultDtoOfTechTransferProjectDto;
export type ProjectRequest = CreateTechTransferProjectDto;
export type ProjectUpdate = UpdateTechTransferProjectDto;
export type Incubator = IncubatorDto;
export type IncubatorPage = PagedResultDtoOfIncubatorDto;
export type IncubatorRequest = CreateIncubatorDto;
export type IncubatorUpdate = UpdateIncubatorDto;

export const PLATFORM_KINDS: readonly PlatformKind[] = [
  'EngineeringResearchCenter',
  'KeyLaboratory',
  'EnterpriseTechCenter',
  'NewRdInstitution',
  'Incubator',
  'MakerSpace',
  'AcademicianWorkstation',
  'PostdoctoralWorkstation',
  'Other',
];
export const PLATFORM_LEVELS: readonly PlatformLevel[] = [
  'National',
  'Provincial',
  'Municipal',
  'District',
];
export const PLATFORM_STATUSES: readonly PlatformStatus[] = ['Active', 'Revoked', 'Closed'];
export const PROJECT_STATUSES: readonly TechTransferStatus[] = [
  'Applied',
  'Funded',
  'Completed',
  'Terminated',
];
export const INCUBATOR_KINDS: readonly IncubatorKind[] = [
  'Incubator',
  'MakerSpace',
  'InnovationBase',
];

/** Mirrors PlatformConsts on the server (which enforces them anyway). */
export const PlatformLimits = {
  name: 200,
  hostInstitution: 200,
  approvalNumber: 100,
  note: 1000,
  incubatorName: 128,
  operator: 200,
  minApprovalYear: 1949,
  minProjectYear: 2000,
  maxAmount: 1_000_000_000,
  maxTarget: 10_000,
  planBaseIncubated: 30,
  planBaseHighTech: 10,
} as const;

export interface PlatformFilters {
  kind?: PlatformKind | null;
  level?: PlatformLevel | null;
  status?: PlatformStatus | null;
  subDistrictCode?: string | null;
  filter?: string | null;
}

export interface ProjectFilters {
  year?: number | null;
  status?: TechTransferStatus | null;
  enterpriseId?: string | null;
  filter?: string | null;
}

export interface IncubatorFilters {
  kind?: IncubatorKind | null;
  subDistrictCode?: string | null;
  filter?: string | null;
}

@Injectable({ providedIn: 'root' })
export class PlatformsApi {
  private readonly platforms = inject(InnovationPlatformService);
  private readonly projects = inject(TechTransferProjectService);
  private readonly incubators = inject(IncubatorService);

  getPlatforms(
    filters: PlatformFilters,
    skipCount: number,
    maxResultCount: number,
  ): Observable<PlatformPage> {
    return this.platforms.innovationPlatformGetList({
      ...platformParams(filters),
      skipCount,
      maxResultCount,
    });
  }

  /** The register as .xlsx with the list's filters; the response is kept for its file name. */
  exportPlatforms(filters: PlatformFilters): Observable<HttpResponse<Blob>> {
    return this.platforms.innovationPlatformExport$Response(platformParams(filters));
  }

  createPlatform(body: PlatformRequest): Observable<Platform> {
    return this.platforms.innovationPlatformCreate({ body });
  }

  updatePlatform(id: string, body: PlatformUpdate): Observable<Platform> {
    return this.platforms.innovationPlatformUpdate({ id, body });
  }

  getPlatform(id: string): Observable<Platform> {
    return this.platforms.innovationPlatformGet({ id });
  }

  deletePlatform(id: string): Observable<void> {
    return this.platforms.innovationPlatformDelete({ id });
  }

  getProjects(
    filters: ProjectFilters,
    skipCount: number,
    maxResultCount: number,
  ): Observable<ProjectPage> {
    return this.projects.techTransferProjectGetList({
      ...projectParams(filters),
      skipCount,
      maxResultCount,
    });
  }

  exportProjects(filters: ProjectFilters): Observable<HttpResponse<Blob>> {
    return this.projects.techTransferProjectExport$Response(projectParams(filters));
  }

  createProject(body: ProjectRequest): Observable<Project> {
    return this.projects.techTransferProjectCreate({ body });
  }

  updateProject(id: string, body: ProjectUpdate): Observable<Project> {
    return this.projects.techTransferProjectUpdate({ id, body });
  }

  getProject(id: string): Observable<Project> {
    return this.projects.techTransferProjectGet({ id });
  }

  deleteProject(id: string): Observable<void> {
    return this.projects.techTransferProjectDelete({ id });
  }

  getIncubators(
    filters: IncubatorFilters,
    skipCount: number,
    maxResultCount: number,
  ): Observable<IncubatorPage> {
    return this.incubators.incubatorGetList({
      ...incubatorParams(filters),
      skipCount,
      maxResultCount,
    });
  }

  exportIncubators(filters: IncubatorFilters): Observable<HttpResponse<Blob>> {
    return this.incubators.incubatorExport$Response(incubatorParams(filters));
  }

  createIncubator(body: IncubatorRequest): Observable<Incubator> {
    return this.incubators.incubatorCreate({ body });
  }

  updateIncubator(id: string, body: IncubatorUpdate): Observable<Incubator> {
    return this.incubators.incubatorUpdate({ id, body });
  }

  getIncubator(id: string): Observable<Incubator> {
    return this.incubators.incubatorGet({ id });
  }
}

function platformParams(filters: PlatformFilters) {
  return {
    kind: filters.kind ?? undefined,
    level: filters.level ?? undefined,
    status: filters.status ?? undefined,
    subDistrictCode: filters.subDistrictCode || undefined,
    filter: filters.filter || undefined,
  };
}

function projectParams(filters: ProjectFilters) {
  return {
    year: filters.year ?? undefined,
    status: filters.status ?? undefined,
    enterpriseId: filters.enterpriseId || undefined,
    filter: filters.filter || undefined,
  };
}

function incubatorParams(filters: IncubatorFilters) {
  return {
    kind: filters.kind ?? undefined,
    subDistrictCode: filters.subDistrictCode || undefined,
    filter: filters.filter || undefined,
  };
}
