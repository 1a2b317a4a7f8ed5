#!/usr/bin/python3
# Regenerates sample.docx, the real Word document the DOCX importer test reads.
# Needs python3-docx (Debian package); run once by hand, the output is committed:
#   /usr/bin/python3 tests/data/import/make_sample_docx.py tests/data/import/sample.docx
import sys
from docx import Document

doc = Document()
doc.add_heading("Quarterly Report", level=0)
doc.add_heading("Summary", level=1)
doc.add_paragraph("Revenue grew in every region this quarter.")
doc.add_heading("Highlights", level=2)
doc.add_paragraph("New office opened", style="List Bullet")
doc.add_paragraph("Hiring on track", style="List Bullet")
doc.add_paragraph("Ship version 2", style="List Number")
doc.add_paragraph("Close the audit", style="List Number")
table = doc.add_table(rows=3, cols=3)
for r, row in enumerate([("Region", "Q1", "Q2"), ("North", "10", "12"), ("South", "7", "9")]):
    for c, value in enumerate(row):
        table.cell(r, c).text = value
doc.add_paragraph("Prepared by the finance team.")
doc.save(sys.argv[1])
