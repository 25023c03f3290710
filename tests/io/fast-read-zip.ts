import { crc32, deflateRawSync } from "zlib";

/** A minimal .zip writer for hand-made .xlsx packages in tests (deflated or stored entries, no zip64). */
export function zipParts(parts: Record<string, string>, stored = false): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const fileName = Buffer.from(name, "utf8");
    const data = Buffer.from(text, "utf8");
    const packed = stored ? data : deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8); // stored or deflated
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * A hand-written .xlsx: `sheets` maps a sheet name to its <sheetData> content; `sharedStrings` is the
 * <si> items. With `prefix` ("x:") every SpreadsheetML element is written with that namespace prefix,
 * and `absoluteTargets` writes relationship targets as absolute part names, as some generators do;
 * `stored` leaves the parts uncompressed.
 */
export function handMadeXlsx(options: {
  sheets: Record<string, string>;
  sharedStrings?: string;
  prefix?: string;
  absoluteTargets?: boolean;
  tail?: Record<string, string>;
  stored?: boolean;
  /** An Excel table on a sheet, written as Excel writes one (xl/tables/tableN.xml through the sheet's rels). */
  tables?: Record<string, { name: string; ref: string; columns: readonly string[] }>;
}): Buffer {
  const p = options.prefix ?? "";
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const names = Object.keys(options.sheets);
  const target = (t: string) => (options.absoluteTargets ? `/xl/${t}` : t);
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${options.absoluteTargets ? "/" : ""}xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets>` +
      names.map((name, i) => `<${p}sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</${p}sheets></${p}workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG}">` +
      names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`).join("") +
      `<Relationship Id="rId${names.length + 1}" Type="${REL}/sharedStrings" Target="${target("sharedStrings.xml")}"/></Relationships>`,
    "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}sst ${ns}>${options.sharedStrings ?? ""}</${p}sst>`,
  };
  names.forEach((name, i) => {
    const table = options.tables?.[name];
    let tableParts = "";
    if (table) {
      tableParts = `<${p}tableParts count="1"><${p}tablePart r:id="rId1"/></${p}tableParts>`;
      parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] =
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table${i + 1}.xml"/></Relationships>`;
      parts[`xl/tables/table${i + 1}.xml`] =
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}table ${ns} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" id="${i + 1}" xr:uid="{00000000-0000-0000-0000-00000000000${i + 1}}" name="${table.name}" displayName="${table.name}" ref="${table.ref}">` +
        `<${p}autoFilter ref="${table.ref}" xr:uid="{00000000-0000-0000-0000-0000000000A${i + 1}}"/><${p}tableColumns count="${table.columns.length}">` +
        table.columns.map((c, k) => `<${p}tableColumn id="${k + 1}" xr3:uid="{00000000-0000-0000-0000-00000000010${k}}" name="${c}"/>`).join("") +
        `</${p}tableColumns><${p}tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></${p}table>`;
    }
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} xmlns:r="${REL}"><${p}sheetData>${options.sheets[name]}</${p}sheetData>${options.tail?.[name] ?? ""}${tableParts}</${p}worksheet>`;
  });
  return zipParts(parts, options.stored);
}
