import Foundation

extension ChangeSummary {
    /// The summary as Markdown for `CHANGES.md`: counts, added, removed and changed records, key figures.
    ///
    /// Sections without entries are left out. Records are named by id and, when `labelField` is
    /// given and the record has it, that field's value. A missing value shows as `—`. Text is
    /// escaped so no value can start a heading, a link or a new table cell.
    ///
    /// - Parameters:
    ///   - title: The level-one heading.
    ///   - labelField: The field that names a record for people, such as its title.
    public func markdown(title: String = "Changes since the previous build", labelField: String? = nil) -> String {
        var lines = ["# \(Self.escape(title))", ""]
        guard !isFirstBuild else {
            lines += ["First build: there is no previous build to compare with.", ""]
            lines += ["\(countAfter) \(countAfter == 1 ? "record" : "records").", ""]
            if !figures.isEmpty {
                lines += ["## Key figures", "", "| Figure | Value |", "| --- | ---: |"]
                lines += figures.map { "| \(Self.escape($0.name)) | \(Self.cell($0.after)) |" }
                lines.append("")
            }
            return lines.joined(separator: "\n")
        }
        lines.append(
            "\(countBefore) \(countBefore == 1 ? "record" : "records") before, \(countAfter) after: "
                + "\(added.count) added, \(removed.count) removed, \(changed.count) changed, "
                + "\(unchangedCount) unchanged.")
        lines.append("")
        if !added.isEmpty {
            lines += ["## Added", ""] + added.map { "- \(name($0, labelField))" } + [""]
        }
        if !removed.isEmpty {
            lines += ["## Removed", ""] + removed.map { "- \(name($0, labelField))" } + [""]
        }
        if !changed.isEmpty {
            lines += ["## Changed", "", "| Record | Field | Before | After |", "| --- | --- | --- | --- |"]
            for change in changed {
                let record = name(change.record, labelField)
                for field in change.changes {
                    let values = "\(Self.cell(field.before)) | \(Self.cell(field.after))"
                    lines.append("| \(record) | \(Self.escape(field.field)) | \(values) |")
                }
            }
            lines.append("")
        }
        if !figures.isEmpty {
            lines += ["## Key figures", "", "| Figure | Before | After | Difference |", "| --- | ---: | ---: | ---: |"]
            for figure in figures {
                let values = "\(Self.cell(figure.before)) | \(Self.cell(figure.after))"
                lines.append("| \(Self.escape(figure.name)) | \(values) | \(Self.difference(figure)) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func name(_ record: Record, _ labelField: String?) -> String {
        guard let labelField, let label = record.fields[labelField], !label.isEmpty else {
            return Self.escape(record.id)
        }
        return "\(Self.escape(record.id)) \(Self.escape(label))"
    }

    /// `+12000.5`, `-3` or `0` between numbers; `changed` between texts that differ; `new`, `removed`.
    private static func difference(_ figure: FigureChange) -> String {
        switch (figure.before, figure.after) {
        case (nil, _): return "new"
        case (_, nil): return "removed"
        case (.number(let before)?, .number(let after)?):
            let difference = after - before
            return difference > 0 ? "+\(difference)" : "\(difference)"
        case (let before?, let after?):
            return before == after ? "" : "changed"
        }
    }

    private static func cell(_ value: String?) -> String {
        guard let value, !value.isEmpty else { return "—" }
        return escape(value)
    }

    private static func cell(_ value: FigureValue?) -> String {
        cell(value?.description)
    }

    /// Backslash-escapes Markdown punctuation and folds line breaks into spaces, so a value stays
    /// plain text in one line or table cell.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character.isNewline {
                escaped.append(" ")
            } else {
                if "\\`*_[]<>|#!&~".contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
        }
        return escaped
    }
}
