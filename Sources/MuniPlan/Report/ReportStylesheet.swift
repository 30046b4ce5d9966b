/// The report's CSS: a two-column overview (map | legend and district chart) that fits a
/// 1280×800 window above the fold, small maps and tables below; one column at phone width
/// with tables scrolling sideways; A4 portrait print with page numbers, table headings
/// repeated on each page, no row split across pages, and colours kept when printing.
/// Labels never break inside a word (`white-space: nowrap`, `word-break: keep-all`).
enum ReportStylesheet {
    static let css = HTMLTableRenderer.stylesheet + "\n" + """
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0; background: #f5f7fa; }
    .page { max-width: 1220px; margin: 0 auto; padding: 16px 24px 32px; }
    header.report-header { display: flex; align-items: baseline; flex-wrap: wrap; gap: 4px 16px; border-bottom: 3px solid #0c2c84; padding-bottom: 8px; margin-bottom: 12px; }
    header.report-header h1 { font-size: 1.5rem; margin: 0; word-break: keep-all; overflow-wrap: anywhere; }
    header.report-header .subtitle { margin: 0; color: #3e4c59; font-size: 1rem; }
    header.report-header .generated { margin: 0 0 0 auto; color: #616e7c; font-size: 0.8125rem; }
    dl.facts { flex-basis: 100%; display: flex; flex-wrap: wrap; gap: 2px 20px; margin: 2px 0 0; font-size: 0.8125rem; color: #3e4c59; }
    dl.facts div { display: flex; gap: 6px; white-space: nowrap; }
    dl.facts dt { color: #616e7c; }
    dl.facts dt::after { content: ":"; }
    :lang(ja) dl.facts dt::after { content: "："; }
    dl.facts dd { margin: 0; font-weight: bold; }
    h2 { font-size: 1.0625rem; margin: 0 0 6px; color: #102a43; word-break: keep-all; overflow-wrap: anywhere; }
    section { background: #ffffff; border: 1px solid #d9dee3; border-radius: 6px; padding: 12px 16px; margin-bottom: 14px; }
    section.overview { display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(0, 1fr); grid-template-rows: auto 1fr; grid-template-areas: "map legend" "map bars"; gap: 8px 24px; align-items: start; }
    figure.map-panel { margin: 0; grid-area: map; }
    .legend-block { grid-area: legend; }
    .bars-block { grid-area: bars; min-width: 0; }
    svg.geometry { position: absolute; width: 0; height: 0; overflow: hidden; }
    svg.map { display: block; width: 100%; height: auto; max-height: 560px; }
    svg.map use.muni { stroke: #ffffff; stroke-width: 0.7; stroke-linejoin: round; }
    svg.map use.muni:hover { stroke: #102a43; stroke-width: 1.6; }
    svg.map use.district { fill: none; stroke: #243b53; stroke-width: 1.8; stroke-linejoin: round; pointer-events: none; }
    svg.map text { paint-order: stroke; stroke: #ffffff; stroke-linejoin: round; pointer-events: none; white-space: pre; }
    svg.map .district-label { font-size: 13px; font-weight: bold; fill: #102a43; stroke-width: 3px; text-anchor: middle; }
    svg.map .body-label { font-size: 9.5px; fill: #1f2933; stroke-width: 2.4px; text-anchor: middle; }
    svg.map .scale-bar path { fill: none; stroke: #1f2933; stroke-width: 1.5; }
    svg.map .scale-bar text, svg.map .north-arrow text { font-size: 10px; fill: #1f2933; stroke-width: 2px; }
    svg.map .north-arrow path { fill: #1f2933; }
    svg.map .north-arrow text { text-anchor: middle; font-weight: bold; }
    ul.legend { list-style: none; margin: 0 0 10px; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 4px 12px; font-size: 0.8125rem; }
    ul.legend li { display: flex; align-items: center; gap: 6px; white-space: nowrap; }
    ul.legend svg.swatch { width: 14px; height: 14px; flex: none; border: 1px solid #9aa5b1; border-radius: 3px; }
    ul.legend .label, ul.legend .count { white-space: nowrap; word-break: keep-all; }
    ul.legend .count { margin-left: auto; color: #616e7c; font-variant-numeric: tabular-nums; }
    section.coverage table.data td { white-space: nowrap; }
    section table.data td, section table.data th { word-break: keep-all; }
    table.matrix { border-collapse: collapse; font-size: 0.75rem; }
    table.matrix th, table.matrix td { border: 1px solid #ffffff; padding: 2px 5px; white-space: nowrap; }
    table.matrix thead th { background: #eef2f6; font-weight: normal; }
    table.matrix tbody th { text-align: left; font-weight: normal; max-width: 12em; overflow: hidden; text-overflow: ellipsis; }
    table.matrix td { text-align: right; font-variant-numeric: tabular-nums; }
    table.matrix td.total { font-weight: bold; }
    section.small-maps .map-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 10px 14px; }
    section.small-maps.by-scenario .map-grid { grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); }
    section.small-maps ul.legend { grid-template-columns: repeat(auto-fill, minmax(110px, max-content)); }
    figure.small-map { margin: 0; break-inside: avoid; }
    figure.small-map figcaption { font-size: 0.8125rem; font-weight: bold; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    figure.small-map svg.map use.district { stroke-width: 1.4; }
    p.off-map { font-size: 0.75rem; color: #52606d; margin: 0 0 12px; }
    svg.bars { display: block; width: 100%; height: auto; font-size: 12px; }
    svg.bars .grid { stroke: #d9dee3; stroke-width: 1; }
    svg.bars .axis { fill: #7b8794; font-size: 10px; }
    svg.bars .track { fill: #eef2f6; }
    svg.bars .name { fill: #1f2933; }
    svg.bars .value { fill: #3e4c59; font-variant-numeric: tabular-nums; }
    svg.bars .total .name, svg.bars .total .value { font-weight: bold; fill: #102a43; }
    svg.trend { display: block; width: 100%; max-width: 900px; height: auto; font-size: 11px; }
    svg.trend .grid { stroke: #e4e7eb; stroke-width: 1; }
    svg.trend .axis, svg.trend line.tick { stroke: #7b8794; stroke-width: 1; }
    svg.trend text.tick { fill: #52606d; font-size: 10px; font-variant-numeric: tabular-nums; }
    svg.trend text.tick.rate { text-anchor: end; }
    svg.trend text.tick.date, svg.trend .axis-title { text-anchor: middle; }
    svg.trend .axis-title { fill: #3e4c59; font-size: 11px; }
    svg.trend .line path { fill: none; stroke-width: 1.6; stroke-linejoin: round; }
    svg.trend .line.total path { stroke-width: 3; }
    svg.trend text.end { font-size: 10.5px; white-space: pre; }
    svg.trend .line.total text.end { font-weight: bold; }
    section.trend p.note { font-size: 0.75rem; color: #52606d; margin: 4px 0 0; }
    .scroll { overflow-x: auto; }
    ul.sources { margin: 0; padding-left: 1.25rem; font-size: 0.8125rem; }
    ul.sources li { margin-bottom: 4px; }
    ul.sources .subject { font-weight: bold; }
    ul.sources .licence { color: #52606d; }
    pre.licence-text { max-width: 44rem; font-size: 0.625rem; color: #52606d; white-space: pre-wrap; background: #f8fafc; border: 1px solid #e4e7eb; padding: 6px 8px; margin: 4px 0 8px; }
    footer.report-footer { font-size: 0.75rem; color: #7b8794; text-align: right; }
    @media (max-width: 760px) {
      .page { padding: 8px 8px 24px; }
      header.report-header h1 { font-size: 1.2rem; }
      section { padding: 10px; }
      section.overview { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto; grid-template-areas: "map" "legend" "bars"; }
      svg.map { max-height: none; }
      section.small-maps .map-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
      section.small-maps.by-scenario .map-grid { grid-template-columns: minmax(0, 1fr); }
      svg.trend { min-width: 640px; }
    }
    @page { size: A4 portrait; margin: 12mm 10mm 14mm;
      @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #616e7c; } }
    @media print {
      body { background: #ffffff; font-size: 9pt; }
      .page { max-width: none; padding: 0; }
      section { border: none; padding: 0; margin-bottom: 6mm; border-radius: 0; }
      section.overview { grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr); grid-template-rows: auto auto; grid-template-areas: "map map" "legend bars"; gap: 2mm 8mm; break-inside: avoid; }
      svg.map { max-height: 100mm; margin: 0 auto; }
      ul.legend { grid-template-columns: 1fr; }
      section.small-maps ul.legend { grid-template-columns: repeat(3, max-content); }
      section.small-maps .map-grid { grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 2mm 3mm; }
      section.small-maps.by-scenario { break-inside: avoid; }
      /* Two scenarios side by side, three or more in rows of three; small enough that the
         maps, the KPIs and the sources share one A4 page. */
      section.small-maps.by-scenario .map-grid { grid-template-columns: repeat(auto-fit, minmax(55mm, 1fr)); }
      section.small-maps.by-scenario svg.map { max-height: 68mm; }
      section.small-maps.by-scenario ul.legend { grid-template-columns: repeat(6, max-content); }
      section.kpi.compare table.data { font-size: 7.5pt; }
      h2 { break-after: avoid; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; }
      /* A subtotal stays with the body above it, the closing rows (total, target, status) with it. */
      tr.subtotal, tr.total { break-before: avoid; }
      section.trend { break-inside: avoid; }
      /* The last section: little space under it, so the one-line footer stays on its page. */
      section.sources { break-inside: avoid; margin-bottom: 1mm; }
      .scroll { overflow: visible; }
      svg.map use.muni:hover { stroke: #ffffff; stroke-width: 0.7; }
    }
    """
}
