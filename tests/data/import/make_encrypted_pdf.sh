#!/bin/sh
# Regenerates encrypted.pdf (one page, "Secret text", user password "user", AES-256) for the
# PDF importer test. Needs qpdf (Debian package); run once by hand, the output is committed:
#   sh tests/data/import/make_encrypted_pdf.sh tests/data/import/encrypted.pdf
set -eu
tmp=$(mktemp)
cat > "$tmp" <<'PDF'
%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R
  /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 43 >> stream
BT /F1 12 Tf 72 720 Td (Secret text) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Size 6 /Root 1 0 R >>
%%EOF
PDF
# qpdf first rebuilds the cross-reference table the hand-written file lacks (exit code 3 means
# "succeeded with warnings"), then encrypts the repaired file.
qpdf "$tmp" "$tmp.fixed" || [ $? -eq 3 ]
qpdf --encrypt user owner 256 -- "$tmp.fixed" "$1"
rm -f "$tmp" "$tmp.fixed"
