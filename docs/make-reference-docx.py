#!/usr/bin/env python3
"""Makes Reports/reference.docx, the page setup and styles of every Word (.docx) report.

pandoc takes styles, page size, margins, header and footer from this file. It starts from
pandoc's own reference document and sets: A4 pages with 18 mm margins, the document's title
as a running header (a TITLE field), "Page N of M" in the footer, the contents on the title
page, a "Page Break" paragraph style (the body starts on page 2), smaller table text (8 pt, cells 1 mm from their text), paragraphs 3 pt before / 6 pt after
(pandoc's 9 pt / 9 pt waste pages) and DejaVu Sans / Liberation Sans.

Run from the repository root (needs pandoc; Python's standard library only):
    python3 docs/make-reference-docx.py
You can also open Reports/reference.docx in Word or LibreOffice and change its styles (keep
their names), as pandoc's manual describes for --reference-doc.
"""
import io
import re
import subprocess
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
STAMP = (1980, 1, 1, 0, 0, 0)


def field(instruction, placeholder):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{placeholder}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


HEADER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
          + field('TITLE', 'Title') + '</w:p></w:hdr>')
FOOTER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr>'
          '<w:r><w:t xml:space="preserve">Page </w:t></w:r>' + field('PAGE', '1')
          + '<w:r><w:t xml:space="preserve"> of </w:t></w:r>' + field('NUMPAGES', '1') + '</w:p></w:ftr>')
SECTION = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdGmgHeader"/>'
           '<w:footerReference w:type="default" r:id="rIdGmgFooter"/>'
           '<w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1247" w:right="1021" w:bottom="1134" w:left="1021" w:header="567" w:footer="567" w:gutter="0"/>'
           '<w:titlePg/></w:sectPr>')
STYLES = (
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:color w:val="667380"/><w:sz w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:color w:val="667380"/><w:sz w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="PageBreak"><w:name w:val="Page Break"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:pageBreakBefore/><w:spacing w:before="0" w:after="0"/></w:pPr></w:style>'
)


def patch_styles(xml):
    xml = re.sub(r'<w:rFonts [^>]*/>', '<w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:cs="DejaVu Sans" w:eastAsia="DejaVu Sans"/>', xml, count=1)
    # The contents follow the title block on the first page (as in the PDF); the "Page Break" paragraph after them
    # starts the body on page 2.
    # Paragraphs 3 pt before and 6 pt after (pandoc's 9 pt and 9 pt leave half-empty pages), headings closer.
    xml = xml.replace('<w:spacing w:before="180" w:after="180" />', '<w:spacing w:before="60" w:after="120" />', 1)
    xml = xml.replace('<w:spacing w:before="480" w:after="0" />', '<w:spacing w:before="360" w:after="60" />', 1)
    # Body text 10 pt, tables 8 pt.
    # (pandoc's defaults say 12 pt: their size is replaced, not preceded by a second one that loses to it.)
    defaults = re.search(r'<w:docDefaults>.*?</w:docDefaults>', xml, flags=re.S)
    sized = re.sub(r'<w:sz w:val="\d+" ?/>', '<w:sz w:val="20"/>', defaults.group(0))
    sized = re.sub(r'<w:szCs w:val="\d+" ?/>', '<w:szCs w:val="20"/>', sized)
    xml = xml[:defaults.start()] + sized + xml[defaults.end():]
    xml = xml.replace('<w:style w:type="table" w:default="1" w:styleId="Table">',
                      '<w:style w:type="table" w:default="1" w:styleId="Table"><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>', 1)
    # Cells 1 mm from their text left and right (Word's 1.9 mm leave a seven-column table too little room for its
    # longest words; GMGRender's ColumnShares plans Word tables for 8 pt text and these margins).
    table = re.search(r'<w:style w:type="table" w:default="1" w:styleId="Table">.*?</w:style>', xml, flags=re.S)
    margins = re.sub(r'<w:(left|right) w:w="108" w:type="dxa" ?/>', r'<w:\1 w:w="57" w:type="dxa"/>', table.group(0))
    xml = xml[:table.start()] + margins + xml[table.end():]
    return xml.replace('</w:styles>', STYLES + '</w:styles>')


def main():
    source = subprocess.run(['pandoc', '--print-default-data-file', 'reference.docx'], check=True, capture_output=True).stdout
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as original, zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as target:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == 'word/document.xml':
                text = re.sub(r'<w:sectPr\s*/>|<w:sectPr.*?</w:sectPr>', '', data.decode(), flags=re.S)
                data = text.replace('</w:body>', SECTION + '</w:body>').encode()
            elif item.filename == 'word/styles.xml':
                data = patch_styles(data.decode()).encode()
            elif item.filename == 'word/_rels/document.xml.rels':
                data = data.decode().replace('</Relationships>',
                    '<Relationship Id="rIdGmgHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
                    '<Relationship Id="rIdGmgFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
                    '</Relationships>').encode()
            elif item.filename == '[Content_Types].xml':
                data = data.decode().replace('</Types>',
                    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                    '</Types>').encode()
            target.writestr(zipfile.ZipInfo(item.filename, STAMP), data, zipfile.ZIP_DEFLATED)
        target.writestr(zipfile.ZipInfo('word/header1.xml', STAMP), HEADER, zipfile.ZIP_DEFLATED)
        target.writestr(zipfile.ZipInfo('word/footer1.xml', STAMP), FOOTER, zipfile.ZIP_DEFLATED)
    path = sys.argv[1] if len(sys.argv) > 1 else 'Reports/reference.docx'
    with open(path, 'wb') as handle:
        handle.write(out.getvalue())
    print(path)


if __name__ == '__main__':
    main()
