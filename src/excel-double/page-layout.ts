/**
 * `worksheet.pageLayout` in the double (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.pagelayout):
 * orientation, zoom and print-title rows, recorded on the sheet and refused where Excel refuses them.
 */
import { officeError } from "./errors";
import { ProxyDouble } from "./proxy";
import type { PageState, SheetState } from "./sheet-state";
import type { WorksheetDouble } from "./worksheet";

const PAGE_LAYOUT_MINOR = 9;

/** Whole rows, `$1:$3` or `1:3`, optionally after this sheet's name. */
const WHOLE_ROWS = /^(?:(?:'(?:[^']|'')+'|[^!]+)!)?\$?(\d+):\$?(\d+)$/;

function invalid(message: string): Error {
  return officeError("InvalidArgument", message);
}

/**
 * Scale 10–400 "can be null if fit to page tall or wide is specified", and the fits are page counts
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions): one or the other, whole
 * numbers, a count of 0 leaving that direction automatic.
 */
function checkedZoom(zoom: Excel.PageLayoutZoomOptions): PageState["zoom"] {
  const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = zoom;
  const fits = wide !== undefined || tall !== undefined;
  if (scale !== undefined && fits)
    throw invalid("A page zoom has either a scale or pages to fit to, not both.");
  if (scale !== undefined) {
    if (!Number.isInteger(scale) || scale < 10 || scale > 400)
      throw invalid(`Page scale ${scale} is not 10–400.`);
    return { scale };
  }
  for (const pages of [wide, tall]) {
    if (pages !== undefined && (!Number.isInteger(pages) || pages < 0))
      throw invalid(`${pages} is not a number of pages.`);
  }
  if (!fits) throw invalid("A page zoom needs a scale or pages to fit to.");
  return { horizontalFitToPages: wide ?? 0, verticalFitToPages: tall ?? 0 };
}

export class PageLayoutDouble extends ProxyDouble<SheetState> {
  constructor(sheet: WorksheetDouble) {
    super(sheet.context, () => sheet.resolve());
  }

  get orientation(): "Portrait" | "Landscape" {
    return this.loadedValue("orientation");
  }
  set orientation(orientation: "Portrait" | "Landscape") {
    this.command(orientation, (state) => {
      this.context.requireApi(PAGE_LAYOUT_MINOR, "PageLayout.orientation");
      // https://learn.microsoft.com/javascript/api/excel/excel.pageorientation
      if (orientation !== "Portrait" && orientation !== "Landscape")
        throw invalid(`"${String(orientation)}" is not a page orientation.`);
      state.page.orientation = orientation;
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this.loadedValue("zoom");
  }
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this.command(zoom, (state) => {
      this.context.requireApi(PAGE_LAYOUT_MINOR, "PageLayout.zoom");
      state.page.zoom = checkedZoom(zoom);
    });
  }

  /**
   * "The range must span the entire row to be valid"
   * (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprinttitlerows-member).
   */
  setPrintTitleRows(rows: string): void {
    this.command(rows, (state) => {
      this.context.requireApi(PAGE_LAYOUT_MINOR, "PageLayout.setPrintTitleRows");
      const match = WHOLE_ROWS.exec(rows);
      const first = Number(match?.[1]);
      const last = Number(match?.[2]);
      if (!match || first < 1 || last < first)
        throw invalid(`Print title rows "${rows}" are not whole rows of the sheet.`);
      state.page.printTitleRows = { first, last };
    });
  }

  protected read(state: SheetState, prop: string): unknown {
    this.context.requireApi(PAGE_LAYOUT_MINOR, "PageLayout");
    switch (prop) {
      case "orientation":
        return state.page.orientation;
      case "zoom":
        return { ...state.page.zoom };
      default:
        throw invalid(`PageLayout.${prop} is not a property the double loads.`);
    }
  }

  protected describe(): string {
    return "PageLayout";
  }
}
