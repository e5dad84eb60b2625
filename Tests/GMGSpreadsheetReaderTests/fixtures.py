"""Writes the spreadsheets the reader tests read, into the folder given as the first argument.

Made by programs nobody here wrote (openpyxl; LibreOffice when asked with --libreoffice), by hand
in the shape Excel writes, and spoiled on purpose (bombs, traversal, foreign files). Nothing made
here is committed: the tests run this script each time.
"""
import datetime, os, struct, subprocess, sys, tempfile, zipfile, zlib

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import PatternFill
from openpyxl.utils.datetime import CALENDAR_MAC_1904

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
path = lambda name: os.path.join(out, name)


def openpyxl_book(name, epoch=None):
    book = openpyxl.Workbook()
    if epoch is not None:
        book.epoch = epoch
    notes = book.active
    notes.title = "Notes"
    notes["A1"] = "Read me first"
    data = book.create_sheet("Data")
    data.append(["Name", "Day", "Amount", "Flag"])
    data.append([CellRichText(["Rich ", TextBlock(InlineFont(b=True), "text")]), datetime.date(2014, 12, 1), 12.5, True])
    data.append(["Typed as text", "2014-12-01", "12,000", False])
    data.append(["  spaced  ", datetime.datetime(2015, 2, 28, 18, 30), -3, None])
    data.append(["Ünïcödé — “quotes” & <angle>", None, 1e-3, None])
    for row in range(40, 61):  # empty trailing rows that only carry a fill
        data.cell(row=row, column=1).fill = PatternFill("solid", fgColor="FFFF00")
    secret = book.create_sheet("Secret")
    secret["A1"] = "hidden value"
    secret.sheet_state = "hidden"
    book.move_sheet("Data", offset=-1)  # Data first, Notes second: parts no longer follow tab order
    book.custom_doc_props.append(StringProperty(name="Template", value="demo-1"))
    book.save(path(name))


openpyxl_book("openpyxl.xlsx")
openpyxl_book("openpyxl-1904.xlsx", epoch=CALENDAR_MAC_1904)

if "--libreoffice" in sys.argv:
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as converted:
        source = os.path.join(converted, "source")
        os.mkdir(source)
        os.link(path("openpyxl.xlsx"), os.path.join(source, "libreoffice.xlsx"))
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "xlsx",
                        "--outdir", out + "/lo", os.path.join(source, "libreoffice.xlsx")],
                       check=True, capture_output=True)
        os.replace(out + "/lo/libreoffice.xlsx", path("libreoffice.xlsx"))
        os.rmdir(out + "/lo")


def write_zip(name, parts, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path(name), "w", method) as archive:
        for part, text in parts:
            archive.writestr(part, text)


CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="' + REL + '/officeDocument" Target="xl/workbook.xml"/></Relationships>')


def book_parts(sheet_xml, strings=None, workbook_pr=""):
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="' + REL + '/worksheet" Target="worksheets/sheet1.xml"/>')
    if strings is not None:
        rels += '<Relationship Id="rId2" Type="' + REL + '/sharedStrings" Target="sharedStrings.xml"/>'
    rels += "</Relationships>"
    parts = [("[Content_Types].xml", CT), ("_rels/.rels", ROOT_RELS),
             ("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="' + REL + '">'
              + workbook_pr + '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
             ("xl/_rels/workbook.xml.rels", rels), ("xl/worksheets/sheet1.xml", sheet_xml)]
    if strings is not None:
        parts.append(("xl/sharedStrings.xml", strings))
    return parts


def sheet(rows):
    return '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + rows + "</sheetData></worksheet>"


# As Excel writes: prefixed namespaces, shared strings with rich runs and phonetic text, absolute
# and relative targets, tabs in another order than the parts, cells without r, cached formulas,
# a custom date format, the 1904 date system and an ISO date cell.
main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
write_zip("excel-like.xlsx", [
    ("[Content_Types].xml", CT), ("_rels/.rels", ROOT_RELS),
    ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<x:workbook xmlns:x="' + main + '" xmlns:r="' + REL + '">'
     '<x:workbookPr date1904="1"/><x:sheets><x:sheet name="Second" sheetId="2" r:id="rId7"/>'
     '<x:sheet name="First" sheetId="1" state="veryHidden" r:id="rId3"/></x:sheets></x:workbook>'),
    ("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     '<Relationship Id="rId3" Type="' + REL + '/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
     '<Relationship Id="rId7" Type="' + REL + '/worksheet" Target="worksheets/../worksheets/sheet1.xml"/>'
     '<Relationship Id="rId9" Type="' + REL + '/sharedStrings" Target="sharedStrings.xml"/>'
     '<Relationship Id="rId4" Type="' + REL + '/styles" Target="styles.xml"/>'
     '<Relationship Id="rId5" Type="' + REL + '/hyperlink" Target="http://example.com/" TargetMode="External"/>'
     '</Relationships>'),
    ("xl/sharedStrings.xml", '<sst xmlns="' + main + '" count="3" uniqueCount="3"><si><t>Plain</t></si>'
     '<si><r><t xml:space="preserve">Rich </t></r><r><rPr><b/></rPr><t>runs</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>'
     '<si><t xml:space="preserve"> padded </t></si></sst>'),
    ("xl/styles.xml", '<styleSheet xmlns="' + main + '"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>'
     '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="3"/></cellXfs></styleSheet>'),
    ("xl/worksheets/sheet1.xml", sheet('<row r="1"><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c r="D1" s="1"><v>0</v></c></row>'
     '<row><c r="A2" s="2"><v>41609.5</v></c><c r="B2" s="3"><v>1234567</v></c><c r="C2"><f>1+1</f><v>2</v></c>'
     '<c r="D2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2" t="d"><v>2014-12-01T00:00:00</v></c></row>'
     '<row r="9"><c r="A9" s="1"/></row>').replace("<worksheet ", "<x:worksheet ").replace("</worksheet>", "</x:worksheet>")
     .replace('xmlns="', 'xmlns:x="').replace("<sheetData>", "<x:sheetData>").replace("</sheetData>", "</x:sheetData>")
     .replace("<row", "<x:row").replace("</row>", "</x:row>").replace("<c ", "<x:c ").replace("</c>", "</x:c>")
     .replace("<v>", "<x:v>").replace("</v>", "</x:v>").replace("<f>", "<x:f>").replace("</f>", "</x:f>").replace("<c t", "<x:c t")),
    ("xl/worksheets/sheet2.xml", sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')),
])

# Spoiled files.
with open(path("not-a-zip.xlsx"), "w") as f:
    f.write("activity,status\nmawp-2014-x,delivered\n")
with open(path("legacy.xls"), "wb") as f:
    f.write(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504)
write_zip("traversal.xlsx", book_parts(sheet("")) + [("../../evil.txt", "owned")])
write_zip("absolute.xlsx", book_parts(sheet("")) + [("/etc/evil.txt", "owned")])

laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
    '<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10) for i in range(1, 10)) + "]>"
write_zip("entity-bomb.xlsx", book_parts(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
                                         strings='<?xml version="1.0"?>' + laughs + '<sst xmlns="' + main + '"><si><t>&lol9;</t></si></sst>'))
write_zip("external-entity.xlsx", book_parts(
    '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>')))
parts = book_parts(sheet(""))
parts[-1] = ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-16"?>'.encode("utf-16") + sheet("").encode("utf-16-le"))
write_zip("utf16.xlsx", parts)

# A million rows: about 40 MB of XML, 7 MB deflated.
rows = "".join('<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (i, i, i) for i in range(1, 1_000_001))
write_zip("million-rows.xlsx", book_parts(sheet(rows)))

# ZIP bombs: one that states its size honestly (300 MiB), one whose directory claims 1 KiB.
def bomb(name, lie):
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in book_parts(sheet("")):
            if part != "xl/worksheets/sheet1.xml":
                archive.writestr(part, text)
        with archive.open("xl/worksheets/sheet1.xml", "w") as entry:
            entry.write(b"<worksheet>")
            chunk = b" " * (1 << 20)
            for _ in range(300):
                entry.write(chunk)
    if lie:
        data = bytearray(open(path(name), "rb").read())
        index = 0
        while True:
            at = data.find(b"PK\x01\x02", index)
            if at < 0:
                break
            name_length = struct.unpack("<H", data[at + 28:at + 30])[0]
            if data[at + 46:at + 46 + name_length] == b"xl/worksheets/sheet1.xml":
                data[at + 24:at + 28] = struct.pack("<I", 1024)
            index = at + 4
        open(path(name), "wb").write(bytes(data))

bomb("bomb.xlsx", lie=False)
bomb("bomb-lying.xlsx", lie=True)

# A deflate stream cut short at the end of the file (ZIPFoundation 0.9.20's Archive.extract loops on it for ever).
info = zipfile.ZipInfo("xl/workbook.xml")
with zipfile.ZipFile(path("truncated.xlsx"), "w") as archive:
    archive.writestr(info, bytes([0x00]) + struct.pack("<HH", 0xFFFF, 0x0000) + b"abc")
data = bytearray(open(path("truncated.xlsx"), "rb").read())
data[8:10] = struct.pack("<H", 8)
at = data.find(b"PK\x01\x02")
data[at + 10:at + 12] = struct.pack("<H", 8)
open(path("truncated.xlsx"), "wb").write(bytes(data))

# A workbook whose sheet part is damaged (CRC mismatch).
write_zip("bad-crc.xlsx", book_parts(sheet('<row r="1"><c r="A1"><v>1</v></c></row>')), method=zipfile.ZIP_STORED)
data = bytearray(open(path("bad-crc.xlsx"), "rb").read())
at = data.find(b'<c r="A1"><v>1</v>')
data[at + 13] = ord("2")
open(path("bad-crc.xlsx"), "wb").write(bytes(data))
