import GMGData
import GRDB

extension DatasetImporter {
    /// Writes the record beyond the plans' tables (``DocumentRecord``).
    func importRecord(_ db: Database) throws {
        let record = dataset.record
        try insert(db, "expected_results", Array(record.expectedResults.enumerated())) { seq, result in
            [result.id, seq + 1, result.workStream, result.printedNumber, result.text, result.source.description]
        }
        try insert(db, "tor_purposes", record.torPurposes) { [$0.number, $0.text, $0.source.description] }
        try insert(db, "work_stream_functions", record.workStreamFunctions) {
            [$0.workStream, $0.position, $0.text, $0.torPurpose, $0.note, $0.source.description]
        }
        try insert(db, "result_links", record.resultLinks) {
            [$0.expectedResult, $0.output, $0.keyOutput, $0.basis, $0.source.description]
        }
        try insert(db, "plan_axes", record.planAxes) {
            [$0.id, $0.plan, $0.kind.rawValue, $0.printedNumber, $0.text, $0.workStream, $0.source.description]
        }
        try insert(db, "output_purposes", record.outputPurposes) { [$0.output, $0.purpose, $0.source.description] }
        try insert(db, "group_facts", Array(record.groupFacts.enumerated())) { seq, fact in
            [fact.id, seq + 1, fact.topic.rawValue, fact.date.description, fact.date.readable, fact.text, fact.note,
             fact.source.description]
        }
        try insert(db, "agency_profiles", record.agencyProfiles) { [$0.agency, $0.paragraph, $0.text, $0.source.description] }
        try insert(db, "membership_counts", record.membershipCounts) {
            [$0.asOf.description, $0.asOf.readable, $0.members, $0.text, $0.note, $0.source.description]
        }
        try insert(db, "sg_agenda", record.agendaPoints) {
            [$0.point, $0.text, $0.gmgPositionPaper, $0.hldDeclaration, $0.civilSocietyPlan, $0.srsg, $0.source.description]
        }
        try insert(db, "recommendations", Array(record.recommendations.enumerated())) { seq, item in
            [item.id, seq + 1, item.level.rawValue, item.position, item.text, item.parent, item.source.description]
        }
        try insert(db, "chair_programmes", record.chairProgrammes) {
            [$0.id, $0.year, $0.chair, $0.kind.rawValue, $0.position, $0.text, $0.workStream, $0.source.description]
        }
    }
}
