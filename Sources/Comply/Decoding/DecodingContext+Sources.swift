import YAML

extension DecodingContext {
    /// `sources:` — an ordered mapping of source ids to documents.
    mutating func sourceDocuments(_ node: Node) -> [SourceDocument] {
        guard let entries = node.mapping else {
            error(
                node.range,
                "expected sources as a mapping of ids to documents, found \(node.kindDescription)",
                hint: "write e.g. gacc-248: {title: \"GACC Decree No. 248 (2021)\", url: \"https://...\"}")
            return []
        }
        var result: [SourceDocument] = []
        for entry in entries {
            guard let id = itemID(entry.key, "source id") else { continue }
            guard
                let reader = MappingReader(
                    entry.value, what: "the source \"\(id)\"",
                    allowed: ["title", "url", "document", "date", "note"],
                    context: &self),
                let titleNode = reader.required("title", context: &self),
                let title = localizedText(titleNode, "the title of source \"\(id)\"")
            else { continue }
            let url = reader.value("url").flatMap { urlText($0, "the url of source \"\(id)\"") }
            let document = reader.value("document").flatMap {
                string($0, "the document number of source \"\(id)\"")
            }
            let issued = reader.value("date").flatMap { date($0, "the date of source \"\(id)\"") }
            let note = reader.value("note").flatMap { localizedText($0, "the note of source \"\(id)\"") }
            result.append(
                SourceDocument(
                    id: id, title: title, url: url, document: document, date: issued, note: note,
                    range: entry.key.range))
        }
        return result
    }

    mutating func urlText(_ node: Node, _ what: String) -> String? {
        guard let text = nonEmptyString(node, what) else { return nil }
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(" ") else {
            error(
                node.range, "\"\(text)\" is not a web address for \(what)",
                hint: "write the full https:// address")
            return nil
        }
        return text
    }

    /// `requires: {plugins: {hs: ">=1"}}`.
    mutating func pluginRequirements(_ node: Node) -> [PluginRequirement] {
        guard let reader = MappingReader(node, what: "requires", allowed: ["plugins"], context: &self),
            let plugins = reader.value("plugins")
        else { return [] }
        guard let entries = plugins.mapping else {
            error(
                plugins.range,
                "expected plugins as a mapping of plugin ids to versions, found \(plugins.kindDescription)",
                hint: "write e.g. plugins: {hs: \">=1\"}")
            return []
        }
        var result: [PluginRequirement] = []
        for entry in entries {
            guard let id = itemID(entry.key, "plugin id"),
                let text = string(entry.value, "the version of plugin \"\(id)\"")
            else { continue }
            guard let versions = VersionRequirement(text) else {
                error(
                    entry.value.range, "\"\(text)\" is not a version range for plugin \"\(id)\"",
                    hint: "write e.g. \">=1\", \">=1.2 <2\", \"^1.4\" or \"1.x\"")
                continue
            }
            result.append(PluginRequirement(id: id, versions: versions, range: entry.value.range))
        }
        return result
    }
}
