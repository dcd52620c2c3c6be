package workbench.session;

/**
 * The report's stylesheet, carried inside the page so the file needs nothing else. Written for a
 * projector at the back of a room (large type, dark on white, thick rules, no thin grey text) and
 * for paper (figures never split across pages, no page-wide backgrounds to waste toner).
 */
final class ReportStyle {

    static final String CSS = """
            :root { color-scheme: light; }
            html { font-size: 18px; }
            body {
              margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 68rem;
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
              line-height: 1.45; color: #111; background: #fff;
            }
            header { border-bottom: 4px solid #0072B2; margin-bottom: 1.5rem; }
            h1 { font-size: 2.1rem; line-height: 1.15; margin: 0 0 .4rem; }
            h2 { font-size: 1.5rem; margin: 2.2rem 0 .8rem; border-bottom: 2px solid #ccc; padding-bottom: .2rem; }
            h3 { font-size: 1.15rem; margin: 1.4rem 0 .5rem; }
            .subtitle { font-size: 1.2rem; margin: 0 0 .8rem; }
            .architecture { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
              font-weight: 600; }
            .status { border-left: 6px solid #D55E00; background: #fff3ec; padding: .6rem 1rem; font-weight: 600; }
            table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: 1rem; }
            th, td { text-align: left; vertical-align: top; padding: .35rem .9rem .35rem 0;
              border-bottom: 1px solid #bbb; }
            thead th { border-bottom: 2px solid #111; }
            tbody th { font-weight: 600; white-space: nowrap; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; padding-left: 1rem; }
            .columns { display: flex; flex-wrap: wrap; gap: 0 3rem; align-items: flex-start; }
            figure { margin: .8rem 0 1.2rem; }
            figure svg, figure img { display: block; width: 100%; height: auto; border: 1px solid #ddd; }
            figure img.pixels { image-rendering: pixelated; image-rendering: crisp-edges; }
            figcaption { margin-top: .4rem; font-size: .95rem; }
            footer { margin-top: 3rem; border-top: 2px solid #ccc; padding-top: .6rem; font-size: .9rem; }
            @media print {
              html { font-size: 11pt; }
              body { max-width: none; padding: 0; }
              @page { margin: 15mm; }
              section, figure, table { break-inside: avoid; }
              h2 { break-after: avoid; }
              figure svg, figure img { border: none; }
            }
            """;

    private ReportStyle() {
    }
}
