import { HttpResponse } from '@angular/common/http';
import { downloadFileName } from '../../cultivation/shared/cultivation-api.service';
import { saveBlob } from '../../cultivation/shared/download';

/** Saves an exported workbook under the server's file name, or `fallbackName.xlsx`. */
export function saveWorkbook(response: HttpResponse<Blob>, fallbackName: string): void {
  if (response.body) {
    saveBlob(response.body, downloadFileName(response) ?? `${fallbackName}.xlsx`);
  }
}
