"""Fills returns made by `gmg returns make` as agencies would, and spoils copies of them.

    python3 returns_corpus.py fill MADE OUT      filled returns, one resaved through LibreOffice
    python3 returns_corpus.py spoil MADE OUT     the spoiled-returns corpus

openpyxl and LibreOffice are programs nobody here wrote; nothing made here is committed.
"""
import datetime, os, re, shutil, subprocess, sys, tempfile, zipfile

import openpyxl

command, made, out = sys.argv[1:4]
os.makedirs(out, exist_ok=True)


def load(name):
    return openpyxl.load_workbook(os.path.join(made, name))


def columns(sheet):
    return {cell.value: cell.column for cell in sheet[3]}


def row_of(sheet, activity):
    return next(row[0].row for row in sheet.iter_rows(min_row=4) if row[0].value == activity)


def put(sheet, activity, **values):
    header, row = columns(sheet), row_of(sheet, activity)
    for name, value in values.items():
        sheet.cell(row=row, column=header[name.replace("_", " ").capitalize() if name != "as_of" else "As of"], value=value)


def resave_with_libreoffice(path):
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "in")
        os.mkdir(source)
        shutil.copy(path, source)
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "xlsx",
                        "--outdir", work, os.path.join(source, os.path.basename(path))], check=True, capture_output=True)
        shutil.copy(os.path.join(work, os.path.basename(path)), path)


def fill():
    # ILO: two deliveries (a real date, a date typed as text), one in progress with a cost typed as text.
    book = load("return-2014-ilo.xlsx")
    sheet = book["Activities"]
    put(sheet, "mawp-2014-human-rights-gender-o2-a1", status="Delivered", as_of=datetime.date(2014, 5, 13),
        note="Expert meeting held in Geneva,\n12-13 May 2014.")
    put(sheet, "mawp-2014-decent-work-o1-a1", status="Delivered", as_of="2014-11-30", note="Handbook published.")
    put(sheet, "mawp-2014-decent-work-o2-a1", status="in progress", cost="12,000", currency="chf",
        revised_time_frame="Q2 2015")
    book.save(os.path.join(out, "return-2014-ilo.xlsx"))
    # IOM: one delivery, then the file goes through LibreOffice as a focal point's office suite would.
    book = load("return-2014-iom.xlsx")
    sheet = book["Activities"]
    first = sheet.cell(row=4, column=1).value
    put(sheet, first, status="Delivered", as_of=datetime.date(2014, 10, 1), note="Done with UNDP.")
    book.save(os.path.join(out, "return-2014-iom.xlsx"))
    resave_with_libreoffice(os.path.join(out, "return-2014-iom.xlsx"))
    print(first)


def rewrite(source, target, replace=None, extra=()):
    """Copies a zip, replacing parts (name -> bytes) and adding entries."""
    replace = replace or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, replace.get(item.filename, old.read(item.filename)))
        for name, data in extra:
            new.writestr(name, data)


def activities_part(path):
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(r'<sheet name="Activities" sheetId="\d+" r:id="(\w+)"', workbook).group(1)
    return "xl/" + re.search(r'Id="%s" Type="[^"]+" Target="([^"]+)"' % rid, rels).group(1)


def spoil():
    ilo = os.path.join(made, "return-2014-ilo.xlsx")
    target = lambda name: os.path.join(out, name)

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Activities"
    for row in load("return-2014-ilo.xlsx")["Activities"].iter_rows(values_only=True):
        sheet.append(row)
    sheet["G4"] = "Delivered"
    book.save(target("foreign.xlsx"))

    book = load("return-2014-ilo.xlsx")
    sheet = book["Activities"]
    sheet["G4"], sheet["A4"] = "Delivered", "mawp-2014-decent-work-o1-a1"
    sheet["G5"], sheet["M5"], sheet["A5"] = "Delivered", "mawp-2014-made-up-a9", "mawp-2014-made-up-a9"
    sheet["G6"] = "Delivered"
    book.save(target("edited-ids.xlsx"))

    book = load("return-2014-ilo.xlsx")
    sheet = book["Activities"]
    sheet.delete_rows(5)
    sheet["G4"] = "Delivered"
    sheet.append(["", "my new activity", "", "", "", "", "Delivered", None, "added by us"])
    sheet.append([c.value for c in sheet[4]])
    book.save(target("deleted-and-extra-rows.xlsx"))

    book = load("return-2014-ilo.xlsx")
    sheet = book["Activities"]
    sheet["G4"], sheet["H4"] = "Delivered", "soon"
    sheet["G5"], sheet["H5"] = "Delivered", "31/12/2014"
    sheet["G6"], sheet["H6"] = "Delivered", "30 November 2014"
    book.save(target("text-in-dates.xlsx"))

    book = load("return-2014-ilo.xlsx")
    for prop in book.custom_doc_props.props:
        if prop.name == "GMG return recipient":
            prop.value = "iom"
    book["Template identity"]["B2"] = "iom"
    book["Activities"]["G4"] = "Delivered"
    book.save(target("wrong-agency.xlsx"))

    book = load("return-2014-ilo.xlsx")
    for prop in book.custom_doc_props.props:
        if prop.name == "GMG return recipient":
            prop.value = "iom"
    book.save(target("altered-identity.xlsx"))

    book = load("return-2014-ilo.xlsx")
    sheet = book["Activities"]
    sheet["G4"], sheet["H4"] = "Delivered", datetime.date(2099, 1, 1)
    sheet["G6"], sheet["H6"] = "Delivered", datetime.date(2013, 6, 1)
    book.save(target("warnings.xlsx"))

    book = load("return-2014-ilo.xlsx")
    put(book["Activities"], "mawp-2014-human-rights-gender-o2-a1", status="Planned", note="Postponed to 2015?")
    book.save(target("backwards.xlsx"))

    book = load("return-2014-ohchr.xlsx")
    put(book["Activities"], "mawp-2014-human-rights-gender-o2-a1", status="In progress", as_of=datetime.date(2014, 5, 13))
    book.save(target("same-date.xlsx"))

    part = activities_part(ilo)
    with zipfile.ZipFile(ilo) as archive:
        sheet_xml = archive.read(part).decode()
    head = sheet_xml[:sheet_xml.index("<sheetData>") + len("<sheetData>")]
    with zipfile.ZipFile(target("zip-bomb.xlsx"), "w", zipfile.ZIP_DEFLATED) as new, zipfile.ZipFile(ilo) as old:
        for item in old.infolist():
            if item.filename != part:
                new.writestr(item.filename, old.read(item.filename))
        with new.open(part, "w") as entry:
            entry.write(head.encode())
            for _ in range(40):
                entry.write(b" " * (1 << 20))
            entry.write(b"</sheetData></worksheet>")
    rows = "".join('<row r="%d"/>' % i for i in range(4, 1_000_004))  # a million rows, 15 MB of XML
    rewrite(ilo, target("huge-sheet.xlsx"), {part: (head + rows + "</sheetData></worksheet>").encode()})
    laughs = '<!DOCTYPE s [<!ENTITY a "aaaaaaaaaa">' + "".join(
        '<!ENTITY a%d "%s">' % (i, ("&a%d;" % (i - 1) if i > 1 else "&a;") * 10) for i in range(1, 9)) + "]>"
    with zipfile.ZipFile(ilo) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode()
    rewrite(ilo, target("entity-bomb.xlsx"), {"xl/sharedStrings.xml": strings.replace("<sst ", laughs + "<sst ", 1).encode()})
    rewrite(ilo, target("traversal.xlsx"), extra=[("../../evil.sh", "echo owned")])
    with open(target("not-a-workbook.xlsx"), "w") as f:
        f.write("activity,status\nmawp-2014-decent-work-o1-a1,delivered\n")


{"fill": fill, "spoil": spoil}[command]()
