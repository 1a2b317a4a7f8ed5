#include "formats/rating/ratingkitassets.h"

namespace Cb::Formats {

// System fonts only: a kit never loads a font file.
QString RatingKitAssets::style()
{
    return QStringLiteral(R"CSS(
:root { color-scheme: light dark; --line: #8884; --accent: #2563eb; --muted: #6b7280; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
header { position: sticky; top: 0; z-index: 1; display: flex; gap: 1rem; align-items: baseline;
         flex-wrap: wrap; padding: .6rem 1.2rem; border-bottom: 1px solid var(--line);
         background: Canvas; }
header h1 { font-size: 1.05rem; margin: 0; }
#progress { font-weight: 600; }
#position, .hint { color: var(--muted); }
main { padding: 1rem 1.2rem 3rem; max-width: 110rem; margin: 0 auto; }
.task { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; margin-bottom: 1rem; }
.task h2, .answer h2 { font-size: .95rem; margin: .2rem 0 .4rem; text-transform: uppercase; letter-spacing: .04em; }
.task-text { white-space: pre-wrap; max-height: 14rem; overflow: auto; }
.answers { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
@media (max-width: 60rem) { .answers { grid-template-columns: 1fr; } }
.answer { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; min-width: 0; }
.markdown { overflow-wrap: anywhere; }
.markdown pre { overflow: auto; padding: .5rem; border-radius: 4px; background: #8881; }
.markdown code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .92em; }
.markdown table { border-collapse: collapse; }
.markdown th, .markdown td { border: 1px solid var(--line); padding: .2rem .5rem; }
.markdown .num { text-align: right; }
.markdown .center { text-align: center; }
.markdown blockquote { margin-left: 0; padding-left: .8rem; border-left: 3px solid var(--line); }
.link { text-decoration: underline dotted; }
.verdicts { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0 .6rem; }
button { font: inherit; padding: .45rem .9rem; border-radius: 6px; border: 1px solid var(--line);
         background: ButtonFace; color: ButtonText; cursor: pointer; }
button[aria-pressed="true"] { background: var(--accent); color: #fff; border-color: var(--accent); }
button:disabled { opacity: .45; cursor: default; }
kbd { font-family: ui-monospace, monospace; font-size: .8em; border: 1px solid var(--line);
      border-radius: 3px; padding: 0 .3em; margin-right: .3em; }
textarea { width: 100%; min-height: 4rem; font: inherit; padding: .4rem; border-radius: 6px;
           border: 1px solid var(--line); background: Field; color: FieldText; }
nav { display: flex; gap: .8rem; align-items: center; margin: .6rem 0 1.4rem; }
.warning { padding: .5rem .9rem; border-radius: 6px; background: #f59e0b33; }
#download-status { margin-left: .8rem; }
)CSS");
}

} // namespace Cb::Formats
