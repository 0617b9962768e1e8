import { HttpResponse } from '@angular/common/http';
import { Observable, firstValueFrom } from 'rxjs';
import { downloadFileName } from '../../cultivation/shared/cultivation-api.service';
import { saveBlob } from '../../cultivation/shared/download';

/** Downloads an export and saves it under the server's file name (or the fallback); false when it failed. */
export async function downloadExport(
  request: Observable<HttpResponse<Blob>>,
  fallbackName: string,
): Promise<boolean> {
  try {
    const response = await firstValueFrom(request);
    if (response.body) {
      saveBlob(response.body, downloadFileName(response) ?? `${fallbackName}.xlsx`);
    }
    return true;
  } catch {
    return false;
  }
}
