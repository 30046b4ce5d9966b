/// The parts of a report page around its content: the document head, the header with its
/// facts, table sections and the sources.
extension HTMLReport {
    static func head(title: String, language: Language) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(ReportStylesheet.css)
        </style>
        </head>
        <body>
        <div class="page">

        """
    }

    static func foot() -> String {
        "</main>\n<footer class=\"report-footer\">muniplan</footer>\n</div>\n</body>\n</html>\n"
    }

    static func header(title: String, subtitle: String?, facts: [ReportInput.Fact], generated: String?) -> String {
        var out = "<header class=\"report-header\">\n<h1>\(HTMLText.escape(title))</h1>\n"
        if let subtitle, !subtitle.isEmpty {
            out += "<p class=\"subtitle\">\(HTMLText.escapeLines(subtitle))</p>\n"
        }
        if let generated, !generated.isEmpty {
            out += "<p class=\"generated\">\(HTMLText.escape(generated))</p>\n"
        }
        if !facts.isEmpty {
            out += "<dl class=\"facts\">"
            for fact in facts {
                out += "<div><dt>\(HTMLText.escape(fact.label))</dt><dd>\(HTMLText.escape(fact.value))</dd></div>"
            }
            out += "</dl>\n"
        }
        out += "</header>\n"
        return out
    }

    static func tableSection(_ table: Table, className: String, fallbackTitle: String) -> String {
        let title = table.title.flatMap { $0.isEmpty ? nil : $0 } ?? fallbackTitle
        var out = "<section class=\"\(className)\">\n<h2>\(HTMLText.escape(title))</h2>\n<div class=\"scroll\">\n"
        out += HTMLTableRenderer.fragment(table, caption: false)
        out += "</div>\n</section>\n"
        return out
    }

    /// A series over time: its line chart (scrolling sideways at phone width, where it
    /// would shrink past reading) and where the figures come from.
    static func trendSection(_ chart: SeriesLineChart) -> String {
        var out = "<section class=\"trend\">\n<h2>\(HTMLText.escape(chart.title))</h2>\n<div class=\"scroll\">\n" + chart.svg() + "</div>\n"
        for line in chart.source { out += "<p class=\"note\">\(HTMLText.escape(line))</p>\n" }
        return out + "</section>\n"
    }

    static func trimmingTrailingNewlines(_ text: String) -> String {
        var s = text[...]
        while let last = s.last, last == "\n" || last == "\r" || last == "\r\n" { s = s.dropLast() }
        return String(s)
    }

    static func sourcesSection(_ sources: [Attribution], language: Language) -> String {
        guard !sources.isEmpty else { return "" }
        var out = "<section class=\"sources\">\n<h2>\(HTMLText.escape(Message.Report.headingSources.text(in: language)))</h2>\n"
        out += "<ul class=\"sources\">\n"
        for source in sources {
            out += "<li><span class=\"subject\">\(HTMLText.escape(source.subject.text(in: language)))</span>: "
            out += "<span class=\"attribution\">\(HTMLText.escape(source.attribution))</span>"
            if let detail = source.detail, !detail.isEmpty {
                out += " <span class=\"licence\">（\(HTMLText.escape(detail))）</span>"
            }
            if let text = source.licenceText, !text.isEmpty {
                out += "\n<pre class=\"licence-text\">\(HTMLText.escape(trimmingTrailingNewlines(text)))</pre>"
            }
            out += "</li>\n"
        }
        out += "</ul>\n</section>\n"
        return out
    }
}
