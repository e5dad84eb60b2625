extension DatasetBuilder {
    /// Reads the record files (expected results, the GMG itself, chairs' programmes), once the plans are read.
    mutating func buildRecord(_ tables: [String: [Row]]) {
        for row in tables["expected_results.csv", default: []] { addExpectedResult(row) }
        for row in tables["tor_purposes.csv", default: []] { addTORPurpose(row) }
        var functions: Set<String> = []
        for row in tables["work_stream_functions.csv", default: []] { addWorkStreamFunction(row, seen: &functions) }
        var links: Set<String> = []
        for row in tables["result_links.csv", default: []] { addResultLink(row, seen: &links) }
        for row in tables["plan_axes.csv", default: []] { addPlanAxis(row) }
        var purposes: Set<String> = []
        for row in tables["output_purposes.csv", default: []] { addOutputPurpose(row, seen: &purposes) }
        buildGroupRecord(tables)
    }

    /// Reports an unknown reference (suggesting the closest known one; only counted when `file`,
    /// which defines the names, has unreadable rows); true when `value` is one of `known`.
    mutating func check(_ row: Row, _ column: String, _ value: String, in known: [String], what: String, file: String) -> Bool {
        if known.contains(value) { return true }
        reader.unknown(row, column, what, value, among: known, in: [file])
        return false
    }

    /// Reports a second row with the same key; true the first time.
    mutating func unique(_ row: Row, _ column: String, _ key: String, in seen: inout Set<String>, what: String) -> Bool {
        if seen.insert(key).inserted { return true }
        reader.error(row, column, "duplicate \(what)")
        return false
    }

    private mutating func addExpectedResult(_ row: Row) {
        guard let id = reader.id(row), let stream = reader.required(row, "work_stream"),
              let number = reader.required(row, "printed_number"), let text = reader.required(row, "text"),
              let source = reader.source(row),
              check(row, "work_stream", stream, in: dataset.workStreams.map(\.id),
                    what: "work stream", file: "work_streams.csv") else { return }
        dataset.record.expectedResults.append(
            ExpectedResult(id: id, workStream: stream, printedNumber: number, text: text, source: source))
    }

    private mutating func addTORPurpose(_ row: Row) {
        guard let number = reader.integer(row, "number", in: 1...99), let text = reader.required(row, "text"),
              let source = reader.source(row) else { return }
        if dataset.record.torPurposes.contains(where: { $0.number == number }) {
            reader.error(row, "number", "duplicate number \(number)")
            return
        }
        dataset.record.torPurposes.append(TORPurpose(number: number, text: text, source: source))
    }

    private mutating func addWorkStreamFunction(_ row: Row, seen: inout Set<String>) {
        guard let stream = reader.required(row, "work_stream"), let position = reader.integer(row, "position", in: 1...99),
              let text = reader.required(row, "text"), let purpose = reader.optionalInteger(row, "tor_purpose", in: 1...99),
              let source = reader.source(row),
              check(row, "work_stream", stream, in: dataset.workStreams.map(\.id), what: "work stream", file: "work_streams.csv"),
              unique(row, "position", "\(stream) \(position)", in: &seen, what: "position \(position) of work stream \(stream)")
        else { return }
        if let purpose, !dataset.record.torPurposes.contains(where: { $0.number == purpose }) {
            reader.error(row, "tor_purpose", "unknown Terms of Reference purpose \(purpose) (tor_purposes.csv)")
            return
        }
        dataset.record.workStreamFunctions.append(WorkStreamFunction(
            workStream: stream, position: position, text: text, torPurpose: purpose, note: row["note"], source: source))
    }

    private mutating func addResultLink(_ row: Row, seen: inout Set<String>) {
        guard let result = reader.required(row, "expected_result"), let basis = reader.required(row, "basis"),
              let source = reader.source(row),
              check(row, "expected_result", result, in: dataset.record.expectedResults.map(\.id),
                    what: "expected result", file: "expected_results.csv")
        else { return }
        let output = row["output"].nonEmpty, keyOutput = row["key_output"].nonEmpty
        guard (output == nil) != (keyOutput == nil) else {
            reader.error(row, "output", "give either an output or a key output, not \(output == nil ? "neither" : "both")")
            return
        }
        if let output, !check(row, "output", output, in: dataset.outputs.map(\.id), what: "output", file: "outputs.csv") { return }
        if let keyOutput, !check(row, "key_output", keyOutput, in: dataset.keyOutputs.map(\.id),
                                 what: "key output", file: "key_outputs.csv") { return }
        guard unique(row, "expected_result", "\(result) \(output ?? keyOutput ?? "")", in: &seen,
                     what: "link from \(output ?? keyOutput ?? "") to \(result)") else { return }
        dataset.record.resultLinks.append(
            ResultLink(expectedResult: result, output: output, keyOutput: keyOutput, basis: basis, source: source))
    }

    private mutating func addPlanAxis(_ row: Row) {
        guard let id = reader.id(row), let plan = reader.required(row, "plan"),
              let kind = reader.choice(row, "kind", as: AxisKind.self), let number = reader.required(row, "printed_number"),
              let text = reader.required(row, "text"), let source = reader.source(row),
              check(row, "plan", plan, in: dataset.plans.map(\.id), what: "plan", file: "plans.csv") else { return }
        let stream = row["work_stream"].nonEmpty
        if let stream {
            guard let workStream = dataset.workStreams.first(where: { $0.id == stream }) else {
                reader.error(row, "work_stream", "unknown work stream \"\(stream)\"")
                return
            }
            if workStream.plan != plan {
                reader.error(row, "work_stream", "work stream \"\(stream)\" belongs to plan \(workStream.plan), not \(plan)")
                return
            }
        }
        dataset.record.planAxes.append(
            PlanAxis(id: id, plan: plan, kind: kind, printedNumber: number, text: text, workStream: stream, source: source))
    }

    private mutating func addOutputPurpose(_ row: Row, seen: inout Set<String>) {
        guard let output = reader.required(row, "output"), let purpose = reader.required(row, "purpose"),
              let source = reader.source(row),
              check(row, "output", output, in: dataset.outputs.map(\.id), what: "output", file: "outputs.csv"),
              unique(row, "output", output, in: &seen, what: "purpose of output \(output)") else { return }
        dataset.record.outputPurposes.append(OutputPurpose(output: output, purpose: purpose, source: source))
    }
}
