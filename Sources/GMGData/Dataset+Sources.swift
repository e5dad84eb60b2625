extension Dataset {
    /// The source of every record, in file order (duplicates included), for the citations table.
    public var allSources: [SourceRef] {
        var sources: [SourceRef] = []
        sources += agencies.map(\.source) + groups.map(\.source) + fundingSources.map(\.source) + aliases.map(\.source)
        sources += plans.map(\.source) + workStreams.map(\.source) + groupChairs.map(\.source) + chairTerms.map(\.source)
        sources += outputs.map(\.source) + activities.map(\.source) + progress.map(\.source)
        sources += keyOutputs.map(\.source) + foreseenOutputs.map(\.source)
        return sources + record.allSources
    }
}
