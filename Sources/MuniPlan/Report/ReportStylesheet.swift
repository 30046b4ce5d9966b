/// The report's CSS: a two-column overview (map | legend and bars) that fits a 1280×800
/// window above the fold, tables below; A4 print with repeated table headers, the wide
/// coverage table on a landscape page, and colours kept when printing.
enum ReportStylesheet {
    static let css = HTMLTableRenderer.stylesheet + "\n" + """
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0; background: #f5f7fa; }
    .page { max-width: 1220px; margin: 0 auto; padding: 16px 24px 32px; }
    header.report-header { display: flex; align-items: baseline; flex-wrap: wrap; gap: 4px 16px; border-bottom: 3px solid #0c2c84; padding-bottom: 8px; margin-bottom: 12px; }
    header.report-header h1 { font-size: 1.5rem; margin: 0; }
    header.report-header .subtitle { margin: 0; color: #3e4c59; font-size: 1rem; }
    header.report-header .generated { margin: 0 0 0 auto; color: #616e7c; font-size: 0.8125rem; }
    h2 { font-size: 1.0625rem; margin: 0 0 6px; color: #102a43; }
    section { background: #ffffff; border: 1px solid #d9dee3; border-radius: 6px; padding: 12px 16px; margin-bottom: 14px; }
    section.overview { display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(0, 1fr); grid-template-rows: auto 1fr; grid-template-areas: "map legend" "map bars"; gap: 8px 24px; align-items: start; }
    figure.map-panel { margin: 0; grid-area: map; }
    .legend-block { grid-area: legend; }
    .bars-block { grid-area: bars; }
    svg.map { display: block; width: 100%; height: auto; max-height: 560px; }
    svg.map path.muni { stroke: #ffffff; stroke-width: 0.7; stroke-linejoin: round; }
    svg.map path.muni:hover { stroke: #102a43; stroke-width: 1.6; }
    ul.legend { list-style: none; margin: 0 0 10px; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 4px 12px; font-size: 0.8125rem; }
    ul.legend li { display: flex; align-items: center; gap: 6px; }
    ul.legend svg.swatch { width: 14px; height: 14px; flex: none; border: 1px solid #9aa5b1; border-radius: 3px; }
    ul.legend .count { margin-left: auto; color: #616e7c; font-variant-numeric: tabular-nums; }
    ul.legend .count::after { content: " 団体"; font-size: 0.6875rem; }
    section.coverage table.data td { white-space: nowrap; }
    p.off-map { font-size: 0.75rem; color: #52606d; margin: 0 0 12px; }
    svg.bars { display: block; width: 100%; height: auto; font-size: 12px; }
    svg.bars .grid { stroke: #d9dee3; stroke-width: 1; }
    svg.bars .axis { fill: #7b8794; font-size: 10px; }
    svg.bars .track { fill: #eef2f6; }
    svg.bars .name { fill: #1f2933; }
    svg.bars .value { fill: #3e4c59; font-variant-numeric: tabular-nums; }
    svg.bars .total .name, svg.bars .total .value { font-weight: bold; fill: #102a43; }
    .scroll { overflow-x: auto; }
    ul.sources { margin: 0; padding-left: 1.25rem; font-size: 0.8125rem; }
    ul.sources li { margin-bottom: 4px; }
    ul.sources .subject { font-weight: bold; }
    ul.sources .licence { color: #52606d; }
    pre.licence-text { max-width: 44rem; font-size: 0.625rem; color: #52606d; white-space: pre-wrap; background: #f8fafc; border: 1px solid #e4e7eb; padding: 6px 8px; margin: 4px 0 8px; }
    footer.report-footer { font-size: 0.75rem; color: #7b8794; text-align: right; }
    @page { size: A4; margin: 12mm 10mm; }
    @page wide { size: A4 landscape; margin: 10mm; }
    @media print {
      body { background: #ffffff; font-size: 9pt; }
      .page { max-width: none; padding: 0; }
      section { border: none; padding: 0; margin-bottom: 8mm; border-radius: 0; }
      section.overview { grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr); grid-template-rows: auto auto; grid-template-areas: "map map" "legend bars"; gap: 2mm 8mm; break-inside: avoid; }
      svg.map { max-height: 118mm; margin: 0 auto; }
      ul.legend { grid-template-columns: 1fr; }
      h2 { break-after: avoid; }
      section.wide { page: wide; }
      section.sources { break-inside: avoid; }
      .scroll { overflow: visible; }
      svg.map path.muni:hover { stroke: #ffffff; stroke-width: 0.7; }
    }
    """
}
