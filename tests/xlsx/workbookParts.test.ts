/** The package parts that list sheets, edited when rollup sheets are swapped inside the zip. */
import { editAppSheetList, parseRelationships, partsLeavingWith } from "../../src/xlsx/packageParts";
import { swapWorkbookSheets, workbookSheets } from "../../src/xlsx/workbookPart";

const WORKBOOK =
  `<workbook xmlns:r="r"><bookViews><workbookView activeTab="3" firstSheet="0"/></bookViews><sheets>` +
  `<sheet name="Lists" sheetId="1" r:id="rId1"/><sheet name="周报" sheetId="2" r:id="rId2"/>` +
  `<sheet name="Daily Report" sheetId="3" r:id="rId3"/><sheet name="Scorecard" sheetId="7" r:id="rId4"/></sheets>` +
  `<definedNames><definedName name="SP_Salespeople">Salespeople[Name]</definedName>` +
  `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'周报'!$A$1:$B$2</definedName>` +
  `<definedName name="_xlnm.Print_Titles" localSheetId="2">'Daily Report'!$1:$1</definedName></definedNames></workbook>`;

/** A relationship part as packages hold it: the root element in the package relationships namespace. */
const relsXml = (relationships: string): string =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`;

describe("xlsx workbook parts when owned sheets are swapped", () => {
  it("drops the old owned sheets, appends the new ones and keeps workbook names", () => {
    const xml = swapWorkbookSheets(WORKBOOK, new Set([1, 3]), [
      { name: "Weekly report", relId: "rIdSP1" },
      { name: "Scorecard", relId: "rIdSP2" },
    ]);
    expect(workbookSheets(xml)).toEqual([
      { name: "Lists", relId: "rId1", sheetId: 1 },
      { name: "Daily Report", relId: "rId3", sheetId: 3 },
      { name: "Weekly report", relId: "rIdSP1", sheetId: 8 },
      { name: "Scorecard", relId: "rIdSP2", sheetId: 9 },
    ]);
    expect(xml).toContain(`<definedName name="SP_Salespeople">Salespeople[Name]</definedName>`);
  });

  it("a sheet-scoped name follows its sheet to its new position, and leaves with a dropped sheet", () => {
    const xml = swapWorkbookSheets(WORKBOOK, new Set([1, 3]), []);
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">`);
    expect(xml).not.toContain("_FilterDatabase");
  });

  it("the active tab follows its sheet, or falls back to the first when its sheet was dropped", () => {
    expect(swapWorkbookSheets(WORKBOOK, new Set([1]), [])).toContain(`activeTab="2"`);
    expect(swapWorkbookSheets(WORKBOOK, new Set([3]), [])).toContain(`activeTab="0"`);
  });

  it("docProps/app.xml lists the sheets after the swap under the worksheet heading", () => {
    const app =
      `<Properties><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant>` +
      `<vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant>` +
      `<vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr">` +
      `<vt:lpstr>Lists</vt:lpstr><vt:lpstr>周报</vt:lpstr><vt:lpstr>Lists!Print_Area</vt:lpstr></vt:vector></TitlesOfParts></Properties>`;
    const edited = editAppSheetList(app, ["Lists", "周报"], ["Lists", "Weekly report", "Facts"]);
    expect(edited).toContain(
      `<vt:vector size="4" baseType="lpstr"><vt:lpstr>Lists</vt:lpstr><vt:lpstr>Weekly report</vt:lpstr>` +
        `<vt:lpstr>Facts</vt:lpstr><vt:lpstr>Lists!Print_Area</vt:lpstr></vt:vector>`,
    );
    expect(edited).toContain(`<vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4>`);
  });

  it("a dropped sheet takes its own tables and drawings along, not what another sheet still uses", () => {
    const rels = new Map([
      ["", parseRelationships("", relsXml(`<Relationship Id="a" Type="t" Target="xl/workbook.xml"/>`))],
      [
        "xl/workbook.xml",
        parseRelationships(
          "xl/workbook.xml",
          relsXml(
            `<Relationship Id="r1" Type="t" Target="worksheets/sheet1.xml"/><Relationship Id="r2" Type="t" Target="/xl/worksheets/sheet2.xml"/>`,
          ),
        ),
      ],
      [
        "xl/worksheets/sheet1.xml",
        parseRelationships(
          "xl/worksheets/sheet1.xml",
          relsXml(`<Relationship Id="r1" Type="t" Target="../media/logo.png"/>`),
        ),
      ],
      [
        "xl/worksheets/sheet2.xml",
        parseRelationships(
          "xl/worksheets/sheet2.xml",
          relsXml(
            `<Relationship Id="r1" Type="t" Target="../tables/table3.xml"/><Relationship Id="r2" Type="t" Target="../drawings/drawing1.xml"/>` +
              `<Relationship Id="r3" Type="t" Target="https://example.com" TargetMode="External"/>`,
          ),
        ),
      ],
      [
        "xl/drawings/drawing1.xml",
        parseRelationships(
          "xl/drawings/drawing1.xml",
          relsXml(
            `<Relationship Id="r1" Type="t" Target="../media/logo.png"/><Relationship Id="r2" Type="t" Target="../charts/chart1.xml"/>`,
          ),
        ),
      ],
    ]);
    expect([...partsLeavingWith(new Set(["xl/worksheets/sheet2.xml"]), rels)].sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/tables/table3.xml",
      "xl/worksheets/sheet2.xml",
    ]);
  });
});
