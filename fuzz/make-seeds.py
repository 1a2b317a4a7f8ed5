#!/usr/bin/env python3
"""Regenerates the seed corpora in fuzz/corpus/<target>/ from the repo's own test data plus a
few hand-written edge cases. Sources: tests/data/providers (provider transcripts written for the
tests), tests/data/import/sample.docx, resources/samples/welcome.ctxpack; everything else is
written here. Run from anywhere: python3 fuzz/make-seeds.py. It only (re)writes its own files, so inputs
merged in from fuzzing runs stay. Keep the total small (a few hundred KB)."""
import io
import json
import os
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")
PROVIDERS = os.path.join(ROOT, "tests", "data", "providers")
KEY = "sk-fuzz-K3Y-THAT-MUST-NOT-LEAK"  # matches fuzz/core/mapperfuzz.cpp


def put(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def transcripts(prefix):
    for n in sorted(os.listdir(PROVIDERS)):
        if n.startswith(prefix) and n.endswith(".sse"):
            with open(os.path.join(PROVIDERS, n), "rb") as f:
                yield n, f.read()


def sse_seeds():
    for n, b in transcripts(""):
        put("sse", n, b)
    put("sse", "cr_only.sse", b"event: a\rdata: 1\r\rdata: 2\rdata: 3\r\r")
    put("sse", "crlf_split.sse", b"data: x\r\n\r\n: keep-alive\r\n\r\ndata: y\r\n\r\n")
    put("sse", "bom_fields.sse", b"\xef\xbb\xbfid: 7\nretry: 1500\nevent: e\ndata\ndata:\n\n")
    put("sse", "utf8_split.sse", "data: caf\u00e9 \u2603 \U0001F600\n\n".encode())
    put("sse", "id_nul.sse", b"id: a\x00b\ndata: z\n\nretry: -1\nretry: +5\n\n")
    put("sse", "unterminated.sse", b"data: never dispatched")


def mapper_seeds():
    for prefix, target in (("responses", "responses"), ("chat", "chat"),
                           ("anthropic", "anthropic"), ("gemini", "gemini")):
        for n, b in transcripts(prefix):
            put(target, n, b)
    # Providers sometimes echo the key in error messages: it must come out redacted.
    echo = "Incorrect API key provided: %s. You can find your key at ..." % KEY
    put("responses", "key_echo.sse",
        "event: error\ndata: %s\n\n" % json.dumps({"type": "error", "code": "invalid_api_key",
                                                   "message": echo, "sequence_number": 1}))
    put("chat", "key_echo.sse",
        "data: %s\n\n" % json.dumps({"error": {"message": echo, "type": "invalid_request_error"}}))
    put("anthropic", "key_echo.sse",
        "event: error\ndata: %s\n\n" % json.dumps({"type": "error", "error": {
            "type": "authentication_error", "message": echo}}))
    put("gemini", "key_echo.sse",
        "data: %s\n\n" % json.dumps({"error": {"code": 400, "message": echo,
                                               "status": "INVALID_ARGUMENT"}}))
    put("chat", "done_only.sse", "data: [DONE]\n\n")
    put("chat", "finish_no_done.sse",
        'data: {"choices":[{"delta":{"content":"<think>a</think>b"},"finish_reason":"stop"}]}\n\n')
    put("gemini", "safety.sse",
        'data: {"candidates":[{"content":{"parts":[{"text":"x"}]},"finishReason":"SAFETY"}]}\n\n')


def pack_seeds():
    with open(os.path.join(ROOT, "resources", "samples", "welcome.ctxpack"), "rb") as f:
        put("pack", "welcome.ctxpack", f.read())
    base = {"format": "contextbench.pack", "schema_version": 1, "title": "T", "goal": "G",
            "created": "2026-01-02T03:04:05.678Z"}
    doc = {"id": "d1", "kind": "document", "title": "a.md", "text": "body", "tags": ["x"],
           "format": "markdown", "notes": ["n"],
           "source": {"path": "../docs/a.md", "modified": "2026-01-01T00:00:00.000+02:00",
                      "sha256": "00", "bytes": 12, "future": True},
           "future_item_field": {"k": [1, 2]}}
    note = {"kind": "note", "text": "", "enabled": False}
    put("pack", "document_and_note.ctxpack", json.dumps(dict(base, sections=[
        {"id": "s1", "name": "Docs", "items": [doc, note], "x": 1}], unknown_top=[None])))
    put("pack", "newer.ctxpack", json.dumps(dict(base, schema_version=2)))
    put("pack", "bad_kind.ctxpack", json.dumps(dict(base, sections=[{"items": [{"kind": "z"}]}])))
    put("pack", "huge_bytes.ctxpack", json.dumps(dict(base, sections=[{"items": [
        dict(doc, source={"path": "/abs/p", "bytes": 1e300})]}])))
    put("pack", "truncated.ctxpack", json.dumps(dict(base, sections=[{"items": [doc]}]))[:150])


def tokenizer_seeds():
    samples = {
        "ascii.txt": "Hello, world! The quick brown fox jumps over 1234567 lazy dogs.\n",
        "code.txt": "int main(int argc, char** argv) {\n    return argc > 1 ? 0 : 1; // done\n}\n",
        "cjk.txt": "\u4f60\u597d\uff0c\u4e16\u754c\u3002\u65e5\u672c\u8a9e\u306e\u6587\u7ae0\u3002",
        "emoji.txt": "\U0001F600\U0001F44D\U0001F3FD \U0001F468\u200d\U0001F469\u200d\U0001F467",
        "special.txt": "<|endoftext|> <|fim_prefix|> <|im_start|>user",
        "spaces.txt": " " * 300 + "\t\t\n\n\r\n" + "x" * 50,
        "contractions.txt": "I'm you're we'LL THEY'D it's 's 't",
        "accents.txt": "na\u00efve caf\u00e9 \u0643\u062a\u0627\u0628 \u0928\u092e\u0938\u094d\u0924\u0947",
    }
    for n, s in samples.items():
        put("tokenizer", n, s)
    put("tokenizer", "invalid_utf8.bin", b"ok \xff\xfe \xc3 \xe2\x82 \xed\xa0\x80 \xf4\x90\x80\x80 end")
    put("tokenizer", "digits.txt", b"0" * 40 + b" 3.14159265358979 1e-10")


def docx_bytes(document, extra=None, names=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr(names or "word/document.xml", document)
        for n, d in (extra or {}).items():
            z.writestr(n, d)
    return buf.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DOC = ('<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>'
       '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Title</w:t></w:r></w:p>'
       '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
       '<w:r><w:t>item</w:t></w:r></w:p>'
       '<w:p><w:hyperlink r:id="rId1"><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>'
       '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a|b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
       '<w:p><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:tab/><w:br/></w:r></w:p>'
       '</w:body></w:document>') % W
STYLES = ('<w:styles %s><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>') % W
NUMBERING = ('<w:numbering %s><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
             '<w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="1">'
             '<w:abstractNumId w:val="0"/></w:num></w:numbering>') % W
RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="hyperlink" Target="https://example.org" '
        'TargetMode="External"/></Relationships>')


def docx_seeds():
    with open(os.path.join(ROOT, "tests", "data", "import", "sample.docx"), "rb") as f:
        put("docx", "sample.docx", f.read())
    parts = {"word/styles.xml": STYLES, "word/numbering.xml": NUMBERING,
             "word/_rels/document.xml.rels": RELS}
    put("docx", "built.docx", docx_bytes(DOC, parts))
    put("docx", "traversal.docx", docx_bytes(DOC, {"../../evil.txt": "x"}))
    put("docx", "no_document.docx", docx_bytes(DOC, names="word/other.xml"))
    # 2 MiB of zeros deflates to ~2 KB: over the ratio limit for entries above 1 MiB.
    put("docx", "ratio_bomb.docx", docx_bytes(DOC, {"word/media/zeros.bin": b"\0" * (2 << 20)}))
    put("docx", "dtd.docx", docx_bytes('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>'
                                       '<w:document %s><w:body/></w:document>' % W))
    put("docxxml", "document.xml", DOC)
    put("docxxml", "styles.xml", STYLES)
    put("docxxml", "numbering.xml", NUMBERING)
    put("docxxml", "rels.xml", RELS)


# Footnotes, endnotes, a text box in mc:AlternateContent (Choice and Fallback), raised/lowered runs.
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
BOX = ('<w:r><mc:AlternateContent %s><mc:Choice Requires="wps"><w:drawing><wps:txbx '
       'xmlns:wps="urn:wps"><w:txbxContent><w:p><w:r><w:t>in a box</w:t></w:r></w:p>'
       '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox '
       'xmlns:v="urn:v"><w:txbxContent><w:p><w:r><w:t>in a box</w:t></w:r></w:p></w:txbxContent>'
       '</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>') % MC
FIDELITY_DOC = ('<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>'
                '<w:p><w:r><w:t>10</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                '<w:t>24</w:t></w:r><w:r><w:t> H</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Low"/>'
                '</w:rPr><w:t>2</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
                '<w:r><w:endnoteReference w:id="1"/></w:r><w:r><w:footnoteReference w:id="7"/>'
                '</w:r>%s</w:p></w:body></w:document>') % (W, BOX)
FOOTNOTES = ('<?xml version="1.0" encoding="UTF-8"?><w:footnotes %s>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>A note'
             '</w:t></w:r></w:p><w:p><w:r><w:t>more</w:t></w:r></w:p></w:footnote></w:footnotes>') % W
ENDNOTES = FOOTNOTES.replace("footnote", "endnote")
LOW_STYLE = ('<w:styles %s><w:style w:type="character" w:styleId="Low"><w:rPr><w:vertAlign '
             'w:val="subscript"/></w:rPr></w:style></w:styles>') % W


def docx_fidelity_seeds():
    put("docx", "notes_box_scripts.docx",
        docx_bytes(FIDELITY_DOC, {"word/footnotes.xml": FOOTNOTES, "word/endnotes.xml": ENDNOTES,
                                  "word/styles.xml": LOW_STYLE}))
    put("docxxml", "footnotes.xml", FOOTNOTES)
    put("docxxml", "notes_box_scripts.xml", FIDELITY_DOC)


def html_fidelity_seeds():
    put("html", "table_spans.html",
        '<table><thead><tr><th>G</th><th>N</th></tr></thead><tbody><tr><th rowspan="2">a</th>'
        '<td>b</td></tr><tr><td colspan="3">c<td rowspan=0>d</tr></tbody><tbody><tr>'
        '<td colspan="99999">e</td><td rowspan="-1">f</td></tr></tbody></table>')
    put("html", "list_blocks.html",
        '<ul><li><p>p1</p><p>p2</p></li><li><div><pre>code\n  x</pre></div></li>'
        '<li><blockquote><p>q</p></blockquote></li></ul><ol><li><p>o</p><ul><li>n</li></ul></li></ol>')
    put("html", "cjk_sup_code.html",
        '<p>\u65e5\u672c\u8a9e\n\u306e\u6587<b>\n\u7ae0</b>\n\ud55c\n\uad6d 10<sup>24</sup> '
        'H<sub>2</sub>O x<sup>a b</sup> <a href="https://e.org"><code>f()</code></a> '
        '<code>x <a href="https://e.org/y">y</a> `z`</code></p>')


def subtitle_fidelity_seeds():
    put("subtitles", "no_speakers.vtt",
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAre you coming?\n\n"
        "00:00:02.100 --> 00:00:03.000\nNo.\n\n00:00:03.100 --> 00:00:04.000\n<v Host>Why\n")
    put("subtitles", "no_speakers.srt",
        "1\n00:00:01,000 --> 00:00:02,000\nthe quick brown fox\n\n"
        "2\n00:00:02,000 --> 00:00:04,000\nthe quick brown fox jumps over\n")


def html_seeds():
    put("html", "page.html",
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>T &amp; t</title>'
        '<style>p{color:red}</style><script>var x="</div>";</script></head><body>'
        '<!-- c --><h1>Caf\u00e9 &lt;r&gt;</h1><p>p <b>b</b> <i>i</i> <code>c</code> '
        '<a href="https://e.org/?a=1&amp;b=2">l</a></p><img src="http://127.0.0.1:1/x.gif" alt="A">'
        '<ul><li>1<ol><li>a</li></ol></li></ul><table><tr><th>h</th></tr><tr><td>x|y</td></tr>'
        '</table><pre>  k</pre><blockquote>q</blockquote><noscript>n</noscript>'
        '<template>t</template><iframe src="file:///etc/passwd"></iframe></body></html>')
    put("html", "latin1.html", b'<meta charset="iso-8859-1"><p>caf\xe9</p>')
    put("html", "odd_charset.html", b'<meta charset="shift_jis"><p>\x82\xa0</p>')
    put("html", "unknown_charset.html", b'<meta http-equiv="Content-Type" content="text/html; '
                                        b'charset=x-nonsense"><p>z</p>')
    put("html", "entities.html", "<p>&#x1F600; &#0; &#xD800; &#1114112; &notin; &amp &lt</p>")
    put("html", "broken.html", "<p><b><i>unclosed <a href=x>link <table><td>cell</p></b>")
    put("html", "utf16.html", "\ufeff<p>wide</p>".encode("utf-16-le"))
    put("html", "nested_lists.html", "<ul><li>" * 50 + "deep" + "</li></ul>" * 50)


def subtitle_seeds():
    put("subtitles", "meeting.vtt",
        "WEBVTT - meeting\nKind: captions\n\nNOTE recorded\n\nSTYLE\n::cue { color: red }\n\n"
        "1\n00:00:01.000 --> 00:00:04.000 align:start\n<v Alice>Hello <b>all</b></v>\n\n"
        "00:01:23.500 --> 00:01:25.000\n<v.loud Bob Stone>A question <00:01:24.000><c>now</c>\n\n")
    put("subtitles", "movie.srt",
        "1\n00:00:01,000 --> 00:00:02,500\n{\\an8}<i>Hi</i>\nthere\n\n"
        "2\n00:00:03,000 --> 00:00:04,000\nALICE: Bye\n\n3\nbad timing\ntext\n")
    put("subtitles", "short.vtt", "00:05.000 --> 00:06.000\nShort form\n")
    put("subtitles", "overflow.srt", "1\n99999999999999:59:59,999 --> 1:2:3,4\nbig\n")
    put("subtitles", "crlf_bom.srt", "\ufeff1\r\n00:00:00,000 --> 00:00:01,000\r\nx\r\n\r\n")


if __name__ == "__main__":
    sse_seeds()
    mapper_seeds()
    pack_seeds()
    tokenizer_seeds()
    docx_seeds()
    html_seeds()
    subtitle_seeds()
    docx_fidelity_seeds()
    html_fidelity_seeds()
    subtitle_fidelity_seeds()
